#pragma once

#include "PolicyLibrary.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace suanpan {

/// What a hub rule tests (data/policies/rules.json; methodology §8.3).
enum class HubRuleTest { RegionPueLimit, MaxMeasuredPue, MinGreenShare, MinRackingRate };

template <> struct EnumTraits<HubRuleTest> {
    static constexpr std::array<EnumValue, 4> values{{
        {"regionPueLimit", QT_TRANSLATE_NOOP("Choices", "Design PUE within the region's limit")},
        {"maxMeasuredPue", QT_TRANSLATE_NOOP("Choices", "Measured PUE at most")},
        {"minGreenShare", QT_TRANSLATE_NOOP("Choices", "Green power at least")},
        {"minRackingRate", QT_TRANSLATE_NOOP("Choices", "Racking rate at least")},
    }};
};

/** \brief A national or hub rule that applies where a center stands, with its source. */
struct HubRule {
    QString id;
    LibraryText name;
    LibraryText issuer;
    int year = 0;
    QStringList regionIds;       ///< empty = everywhere
    double minStandardRacks = 0; ///< applies only to centers of at least this many 2.5 kW racks
    HubRuleTest test = HubRuleTest::RegionPueLimit;
    double limit = 0;    ///< unused by RegionPueLimit, which reads the region catalog's pueLimit
    bool binding = true; ///< false: a national average target, shown for information
    QString source;
    QString sourceUrl;

    bool appliesIn(const QString& regionId) const { return regionIds.isEmpty() || regionIds.contains(regionId); }
};

/// The rules shipped with Suanpan (data/policies/rules.json), read once.
class HubRules {
public:
    static const HubRules& builtIn();
    /// Reads a rules file; problems are reported at their path and entries with problems left out.
    static HubRules fromBytes(const QByteArray& json, ValidationReport& report);

    const std::vector<HubRule>& rules() const { return m_rules; }
    const QStringList& loadErrors() const { return m_loadErrors; }

private:
    std::vector<HubRule> m_rules;
    QStringList m_loadErrors;
};

/// A standard rack of the size classes (MIIT 2013): 2.5 kW.
inline constexpr double kStandardRackKw = 2.5;

} // namespace suanpan
