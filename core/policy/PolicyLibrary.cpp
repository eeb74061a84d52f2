#include "PolicyLibrary.h"
#include "model/Catalog.h"
#include "model/JsonReader.h"
#include "model/JsonText.h"
#include "model/ScenarioFields.h"
#include "model/ScenarioSchema.h"
#include "report/NumberFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace suanpan {

namespace {

const QString kLibrary = QStringLiteral("library");

/// Where a policy of this kind lives in a scenario's `policies` (capex subsidies are a list).
QString sectionKey(PolicyKind kind)
{
    return kind == PolicyKind::CapexSubsidy ? QStringLiteral("capexSubsidies") : toKey(kind);
}

/// `over` laid on `base`: nested objects merge key by key, anything else in `over` replaces.
QJsonObject merged(QJsonObject base, const QJsonObject& over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        base.insert(it.key(),
                    old.isObject() && it->isObject() ? QJsonValue(merged(old.toObject(), it->toObject())) : it.value());
    }
    return base;
}

/// Reads one library policy's `policy` the way a scenario's policies section is read, and range-checks it, so
/// that the library holds nothing a scenario could not; problems are reported at `path`.
void checkPolicy(const LibraryPolicy& entry, const QString& path, ValidationReport& report)
{
    const QString key = sectionKey(entry.kind);
    const QJsonValue value =
        entry.kind == PolicyKind::CapexSubsidy ? QJsonValue(QJsonArray{entry.policy}) : QJsonValue(entry.policy);
    ValidationReport found;
    Scenario scenario;
    JsonReader root(QJsonObject{{QStringLiteral("policies"), QJsonObject{{key, value}}}}, QString(), found,
                    &Catalog::builtIn());
    readObject(root, "policies", schema::policies, scenario.policies);
    visitNumbers(scenario, [&found](const QString& at, const auto& number) {
        const FieldSpec* spec = findFieldSpec(fieldPattern(at));
        if (at.startsWith(QLatin1String("policies.")) && spec != nullptr &&
            (number < spec->min || number > spec->max)) {
            found.add(at, QCoreApplication::translate("Validation", "%1 is outside the allowed range %2")
                              .arg(numberText(static_cast<double>(number)), rangeText(*spec)));
        }
    });
    const QString prefix = QStringLiteral("policies.") + key + (entry.kind == PolicyKind::CapexSubsidy ? "[0]" : "");
    for (const ValidationIssue& issue : found.issues()) {
        if (issue.path.startsWith(prefix)) {
            report.add(path + issue.path.mid(prefix.size()), issue.message);
        } else if (issue.path.startsWith(QLatin1String("policies."))) {
            report.add(path, issue.message);
        }
    }
}

/// The paths below `at` where `now` differs from what `library` states (nested objects compared field by field).
void collectChanges(const QJsonObject& library, const QJsonObject& now, const QString& at, QStringList& changed)
{
    for (auto it = library.begin(); it != library.end(); ++it) {
        const QString path = at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key();
        const QJsonValue value = now.value(it.key());
        if (it->isObject() && value.isObject()) {
            collectChanges(it->toObject(), value.toObject(), path, changed);
        } else if (value != it.value()) {
            changed << path;
        }
    }
}

LibraryText readText(JsonReader& r, const char* en, const char* zh)
{
    return {r.string(en), r.string(zh)};
}

LibraryPolicy readEntry(JsonReader& r)
{
    r.rejectUnknown({"id", "name", "nameZh", "issuer", "issuerZh", "place", "placeZh", "regionIds", "year", "kind",
                     "policy", "toConfirm", "source", "sourceUrl", "asOf", "estimates"});
    LibraryPolicy p;
    p.id = r.string("id");
    p.name = readText(r, "name", "nameZh");
    p.issuer = readText(r, "issuer", "issuerZh");
    p.place = readText(r, "place", "placeZh");
    p.regionIds = r.stringList("regionIds");
    p.year = r.integer("year");
    p.kind = r.enumValue("kind", PolicyKind::CapexSubsidy);
    p.policy = r.rawObject("policy");
    forEachObject(r, "toConfirm", false, [&p](JsonReader& item) {
        item.rejectUnknown({"en", "zh"});
        p.toConfirm.push_back(readText(item, "en", "zh"));
    });
    p.source = r.string("source");
    p.sourceUrl = r.optionalString("sourceUrl");
    p.asOf = r.string("asOf");
    p.estimates = r.rawObject("estimates");
    return p;
}

} // namespace

void forEachShippedEntry(const QByteArray& json, const char* catalog, const QString& notThisFile,
                         ValidationReport& report, const std::function<void(JsonReader&)>& readEntry)
{
    QString problem;
    const std::optional<QJsonObject> object = JsonText::parseObject(json, &problem);
    if (!object) {
        report.add(QString(), problem);
        return;
    }
    JsonReader r(*object, QString(), report, nullptr);
    r.rejectUnknown({"catalog", "formatVersion", "conventions", "entries"});
    if (r.string("catalog") != QLatin1String(catalog)) {
        report.add(QStringLiteral("catalog"), notThisFile);
        return;
    }
    forEachObject(r, "entries", true, readEntry);
}

QString LibraryText::in(const QLocale& locale) const
{
    return locale.language() == QLocale::Chinese && !zh.isEmpty() ? zh : en;
}

const PolicyLibrary& PolicyLibrary::builtIn()
{
    static const PolicyLibrary library = [] {
        QStringList errors;
        PolicyLibrary loaded = readShipped<PolicyLibrary>(QStringLiteral(":/policies/library.json"), errors);
        loaded.m_loadErrors = errors;
        return loaded;
    }();
    return library;
}

PolicyLibrary PolicyLibrary::fromBytes(const QByteArray& json, ValidationReport& report)
{
    PolicyLibrary library;
    std::set<QString> ids;
    int index = 0;
    const QString notThisFile =
        QCoreApplication::translate("Validation", "not a policy library (expected \"policies\")");
    forEachShippedEntry(json, "policies", notThisFile, report, [&](JsonReader& item) {
        const QString path = QStringLiteral("entries[%1]").arg(index++);
        const std::size_t before = report.issues().size();
        LibraryPolicy entry = readEntry(item);
        if (report.issues().size() == before) {
            checkPolicy(entry, path + QStringLiteral(".policy"), report);
        }
        if (!ids.insert(entry.id).second) {
            report.add(path + QStringLiteral(".id"),
                       QCoreApplication::translate("Validation", "\"%1\" is used by an earlier entry").arg(entry.id));
        }
        if (report.issues().size() == before) {
            library.m_policies.push_back(std::move(entry));
        }
    });
    return library;
}

const LibraryPolicy* PolicyLibrary::find(const QString& id) const
{
    for (const LibraryPolicy& p : m_policies) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QJsonObject PolicyLibrary::expand(const QJsonObject& scenario, ValidationReport& report) const
{
    QJsonObject policies = scenario.value(QStringLiteral("policies")).toObject();
    auto fill = [&](const QJsonValue& value, PolicyKind kind, const QString& path) -> QJsonValue {
        const QJsonObject entry = value.toObject();
        if (!value.isObject() || !entry.contains(kLibrary)) {
            return value;
        }
        const QString id = entry.value(kLibrary).toString();
        const LibraryPolicy* policy = find(id);
        if (policy == nullptr || policy->kind != kind) {
            report.add(path + QStringLiteral(".library"),
                       QCoreApplication::translate("Validation", "\"%1\" is not a %2 of the policy library")
                           .arg(id.left(60), displayName(kind).toLower()));
            return value;
        }
        return merged(policy->policy, entry);
    };
    const QString capexKey = sectionKey(PolicyKind::CapexSubsidy);
    QJsonArray capex = policies.value(capexKey).toArray();
    for (qsizetype i = 0; i < capex.size(); ++i) {
        capex[i] = fill(capex.at(i), PolicyKind::CapexSubsidy, QStringLiteral("policies.%1[%2]").arg(capexKey).arg(i));
    }
    if (policies.contains(capexKey)) {
        policies.insert(capexKey, capex);
    }
    for (PolicyKind kind : {PolicyKind::Vouchers, PolicyKind::ElectricitySubsidy, PolicyKind::InterestSubsidy}) {
        const QString key = toKey(kind);
        if (policies.contains(key)) {
            policies.insert(key, fill(policies.value(key), kind, QStringLiteral("policies.") + key));
        }
    }
    QJsonObject out = scenario;
    if (scenario.contains(QStringLiteral("policies"))) {
        out.insert(QStringLiteral("policies"), policies);
    }
    return out;
}

QJsonObject PolicyLibrary::apply(const QJsonObject& scenario, const LibraryPolicy& policy) const
{
    QJsonObject policies = scenario.value(QStringLiteral("policies")).toObject();
    QJsonObject entry = policy.policy;
    entry.insert(kLibrary, policy.id);
    const QString key = sectionKey(policy.kind);
    if (policy.kind == PolicyKind::CapexSubsidy) {
        QJsonArray list = policies.value(key).toArray();
        list.append(entry);
        policies.insert(key, list);
    } else {
        policies.insert(key, merged(policies.value(key).toObject(), entry));
    }
    QJsonObject out = scenario;
    out.insert(QStringLiteral("policies"), policies);
    return out;
}

QStringList PolicyLibrary::changedFields(const QJsonObject& entry) const
{
    const LibraryPolicy* policy = find(entry.value(kLibrary).toString());
    if (policy == nullptr) {
        return {};
    }
    QStringList changed;
    collectChanges(policy->policy, entry, QString(), changed);
    return changed;
}

std::vector<const LibraryPolicy*> PolicyLibrary::search(const QString& regionId, std::optional<PolicyKind> kind,
                                                        const QString& text) const
{
    std::vector<const LibraryPolicy*> found;
    for (const LibraryPolicy& p : m_policies) {
        const QStringList words = {p.id, p.name.en, p.name.zh, p.issuer.en, p.issuer.zh, p.place.en, p.place.zh};
        const bool mentions = text.isEmpty() || std::any_of(words.begin(), words.end(), [&text](const QString& w) {
                                  return w.contains(text, Qt::CaseInsensitive);
                              });
        if ((regionId.isEmpty() || p.regionIds.contains(regionId)) && (!kind || p.kind == *kind) && mentions) {
            found.push_back(&p);
        }
    }
    return found;
}

QString PolicyLibrary::terms(const LibraryPolicy& policy)
{
    const QLocale locale;
    const QJsonObject& p = policy.policy;
    auto percent = [&](const char* key) {
        return locale.toString(p.value(QLatin1String(key)).toDouble() * 100, 'g', 3) + QLatin1Char('%');
    };
    auto money = [&](const char* key) { return NumberFormat::money(p.value(QLatin1String(key)).toDouble(), locale); };
    auto has = [&](const char* key) { return p.value(QLatin1String(key)).toDouble() > 0; };
    QStringList parts;
    switch (policy.kind) {
    case PolicyKind::CapexSubsidy: {
        QStringList items;
        for (const QJsonValue& item : p.value(QStringLiteral("eligibleItems")).toArray()) {
            if (const std::optional<CapexItem> known = enumFromKey<CapexItem>(item.toString())) {
                items << displayName(*known).toLower();
            }
        }
        parts << tr("%1 of %2")
                     .arg(percent("rate"), items.isEmpty() ? tr("all capex") : items.join(QStringLiteral(", ")));
        if (has("capCny")) {
            parts << tr("at most %1").arg(money("capCny"));
        }
        const QJsonObject k = p.value(QStringLiteral("conditions")).toObject();
        if (k.value(QStringLiteral("minScalePflopsFp16")).toDouble() > 0) {
            parts << tr("at least %1 P")
                         .arg(locale.toString(k.value(QStringLiteral("minScalePflopsFp16")).toDouble(), 'g', 6));
        }
        if (k.value(QStringLiteral("maxPue")).toDouble() > 0) {
            parts << tr("PUE at most %1").arg(locale.toString(k.value(QStringLiteral("maxPue")).toDouble(), 'f', 2));
        }
        if (k.value(QStringLiteral("minDomesticShare")).toDouble() > 0) {
            parts << tr("%1 on domestic chips")
                         .arg(locale.toString(k.value(QStringLiteral("minDomesticShare")).toDouble() * 100, 'g', 3) +
                              QLatin1Char('%'));
        }
        break;
    }
    case PolicyKind::Vouchers:
        parts << tr("%1 of users' bills").arg(percent("coverage"));
        parts << (has("annualBudgetCny") ? tr("programme budget %1 a year").arg(money("annualBudgetCny"))
                                         : tr("budget not stated"));
        if (has("capPerUserCny")) {
            parts << tr("at most %1 per user and year").arg(money("capPerUserCny"));
        }
        break;
    case PolicyKind::ElectricitySubsidy:
        parts << tr("%1 CNY per kWh").arg(locale.toString(p.value(QStringLiteral("cnyPerKwh")).toDouble(), 'f', 2));
        break;
    case PolicyKind::InterestSubsidy:
        parts << tr("%1 points off the loan rate")
                     .arg(locale.toString(p.value(QStringLiteral("ratePoints")).toDouble() * 100, 'g', 3));
        break;
    }
    if (p.contains(QStringLiteral("years"))) {
        parts << tr("%n year(s)", nullptr, p.value(QStringLiteral("years")).toInt());
    }
    return parts.join(tr("; ", "separator of the terms"));
}

} // namespace suanpan
