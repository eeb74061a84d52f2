#include "NumberTargets.h"

#include "JsonPath.h"

#include "ResolvedFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace suanpan {

void NumberTarget::set(double value) const
{
    const double bounded = std::clamp(value, spec->min, spec->max);
    if (real != nullptr) {
        *real = spec->integer ? std::round(bounded) : bounded;
    } else {
        *whole = static_cast<int>(std::lround(bounded));
    }
}

namespace NumberTargets {

namespace {

/// Whether a path needs a pattern: `[*]` or an `[id]` selector instead of a plain index.
bool isPattern(const QString& path)
{
    static const QRegularExpression selector(QStringLiteral("\\[(?!\\d+\\])[^\\]]*\\]"));
    return selector.match(path).hasMatch();
}

/**
 * The pattern of a path: `[*]` matches every index; `[name]` after `chipMix` matches the entries of that chip
 * id and after `demand` the segment with that id; plain indices match themselves.
 */
QRegularExpression matcher(const QString& path, const Scenario& s)
{
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\]]*)\\]"));
    QString pattern;
    qsizetype from = 0;
    for (auto it = bracket.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before = path.mid(from, m.capturedStart() - from);
        const QString inside = m.captured(1);
        pattern += QRegularExpression::escape(before);
        from = m.capturedEnd();
        QStringList indices;
        bool isIndex = false;
        inside.toUInt(&isIndex);
        if (isIndex) {
            indices << inside;
        } else if (inside == QLatin1String("*")) {
            indices << QStringLiteral("\\d+");
        } else if (before.endsWith(QLatin1String("chipMix"))) {
            for (std::size_t c = 0; c < s.chipMix.size(); ++c) {
                if (s.chipMix[c].chipId == inside) {
                    indices << QString::number(c);
                }
            }
        } else if (before.endsWith(QLatin1String("demand"))) {
            for (std::size_t k = 0; k < s.demand.size(); ++k) {
                if (s.demand[k].id == inside) {
                    indices << QString::number(k);
                }
            }
        }
        // No entry with that id: a pattern that matches nothing, reported as an unknown path.
        pattern += indices.isEmpty() ? QStringLiteral("\\[(?!)\\]")
                                     : QStringLiteral("\\[(?:%1)\\]").arg(indices.join(QLatin1Char('|')));
    }
    pattern += QRegularExpression::escape(path.mid(from));
    return QRegularExpression(QStringLiteral("\\A") + pattern + QStringLiteral("\\z"));
}

template <typename T> NumberTarget targetOf(const QString& path, const QString& pattern, T& value)
{
    NumberTarget target;
    target.path = path;
    target.spec = findFieldSpec(pattern);
    if constexpr (std::is_same_v<T, int>) {
        target.whole = &value;
    } else {
        target.real = &value;
    }
    target.base = static_cast<double>(value);
    return target;
}

} // namespace

std::vector<std::vector<NumberTarget>> find(ResolvedScenario& scenario, const QStringList& paths)
{
    std::vector<std::vector<NumberTarget>> found(static_cast<std::size_t>(paths.size()));
    std::vector<QRegularExpression> wildcards(static_cast<std::size_t>(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (isPattern(paths.at(i))) {
            wildcards[static_cast<std::size_t>(i)] = matcher(paths.at(i), scenario.input);
        }
    }
    visitResolvedNumbers(scenario, [&](const QString& path, const QString& pattern, auto& value) {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            const bool wildcard = !wildcards[k].pattern().isEmpty();
            if (wildcard ? wildcards[k].match(path).hasMatch() : path == paths.at(i)) {
                found[k].push_back(targetOf(path, pattern, value));
            }
        }
    });
    // A number without a spec has no range to stay in; none exists today, but never hand one out.
    for (auto& targets : found) {
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [](const NumberTarget& target) { return target.spec == nullptr; }),
                      targets.end());
    }
    return found;
}

std::vector<NumberTarget> find(ResolvedScenario& scenario, const QString& path)
{
    return find(scenario, QStringList{path}).front();
}

std::vector<std::pair<QString, QJsonValue>>
jsonWrites(const QJsonObject& inputs, const std::vector<NumberTarget>& targets, ResolvedScenario& resolved)
{
    std::vector<std::pair<QString, QJsonValue>> writes;
    QStringList listsWritten;
    for (const NumberTarget& target : targets) {
        if (!JsonPath::value(inputs, target.path).isUndefined() || !target.path.endsWith(QLatin1Char(']'))) {
            writes.emplace_back(target.path,
                                target.whole != nullptr ? QJsonValue(*target.whole) : QJsonValue(*target.real));
            continue;
        }
        const QString list = target.path.left(target.path.lastIndexOf(QLatin1Char('[')));
        if (!listsWritten.contains(list)) {
            QJsonArray values;
            for (const NumberTarget& entry : find(resolved, list + QStringLiteral("[*]"))) {
                values.append(entry.value());
            }
            writes.emplace_back(list, values);
            listsWritten << list;
        }
    }
    return writes;
}

QString immovableReason(const QString& path)
{
    const QString pattern = fieldPattern(path);
    if (pattern == QLatin1String("startYear") || pattern == QLatin1String("horizonYears")) {
        return QCoreApplication::translate("Risk", "defines the evaluation itself; compare variants as scenarios");
    }
    if (pattern.startsWith(QLatin1String("uncertainty."))) {
        return QCoreApplication::translate("Risk", "belongs to the uncertainty section itself");
    }
    // Rack density, card power and cards per server decide whether a server fits in a rack, which only the
    // validator can check; a draw that broke it would evaluate nonsense.
    static const QStringList sizing{QStringLiteral("racks.designKwPerRack"), QStringLiteral("chipMix[].override.tdpW"),
                                    QStringLiteral("chipMix[].override.serverOverheadW"),
                                    QStringLiteral("chipMix[].override.cardsPerServer")};
    if (sizing.contains(pattern)) {
        return QCoreApplication::translate(
            "Risk", "decides how many servers fit in a rack, which is checked per scenario; compare variants as "
                    "scenarios");
    }
    if (pattern == QLatin1String("cooling.override.pue.freeCoolingBelowC") ||
        pattern == QLatin1String("cooling.override.pue.fullMechanicalAboveC")) {
        return QCoreApplication::translate(
            "Risk", "is one of the two cooling temperatures that must stay in order; compare variants as scenarios");
    }
    return {};
}

QString examplePaths()
{
    return QStringLiteral("demand[0].captureShare, demand[*].forecast.growthPerYear, "
                          "chipMix[h20].override.cardPriceCny, site.override.tariffCnyPerKwh");
}

} // namespace NumberTargets

} // namespace suanpan
