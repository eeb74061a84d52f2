#include "EngineInternal.h"

#include "model/Sizing.h"

namespace suanpan::detail {

const ResolvedScenario& withGenerations(const ResolvedScenario& r, ResolvedScenario& storage)
{
    if (r.refreshChips.empty() || !r.input.operations.hardwareRefresh) {
        return r;
    }
    const int months = r.input.horizonMonths();
    const double density = r.input.racks.designKwPerRack;
    storage = r;
    storage.lives.assign(r.chips.size(), {months, -1});
    for (std::size_t i = 0; i < r.chips.size() && i < r.refreshChips.size(); ++i) {
        if (!r.refreshChips[i]) {
            continue;
        }
        const ChipDeployment& entry = r.input.chipMix[i];
        const ChipSpec& next = *r.refreshChips[i];
        const int retire = entry.deployMonth + r.chips[i].economicLifeMonths();
        if (retire >= months) {
            continue;
        }
        // Each server is replaced by one of the next chip's, as far as the racks the entry fills can hold them.
        const int servers = Sizing::servers(entry.count, r.chips[i].cardsPerServer);
        const int racks = Sizing::racks(servers, Sizing::serversPerRack(density, r.chips[i].serverMaxKw()));
        const int fitting = std::min(servers, racks * Sizing::serversPerRack(density, next.serverMaxKw()));
        storage.lives[i].retireMonth = retire;
        storage.input.chipMix.push_back({next.id, fitting * next.cardsPerServer, retire, QJsonObject(), QString()});
        storage.chips.push_back(next);
        storage.lives.push_back({months, static_cast<int>(i)});
    }
    storage.refreshChips.assign(storage.chips.size(), std::nullopt);
    return storage;
}

} // namespace suanpan::detail
