#include "SchemaFields.h"

#include <QCoreApplication>

// The uncertainty section: the inputs the risk analysis draws, the events it may let happen and the correlations
// between inputs (methodology §12). A distribution's parameters and an event's fields depend on its type and are
// read by hand, as its writer writes only those.

namespace suanpan {

namespace {

using namespace schema_detail;

DistributionSpec readDistribution(JsonReader r)
{
    DistributionSpec d;
    d.type = r.enumValue("type", DistributionType::Triangular);
    switch (d.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        r.rejectUnknown({"type", "mean", "sd"});
        d.mean = r.number("mean");
        d.sd = r.number("sd");
        break;
    case DistributionType::Triangular:
    case DistributionType::Pert:
        r.rejectUnknown({"type", "min", "mode", "max"});
        d.min = r.number("min");
        d.mode = r.number("mode");
        d.max = r.number("max");
        break;
    case DistributionType::Uniform:
        r.rejectUnknown({"type", "min", "max"});
        d.min = r.number("min");
        d.max = r.number("max");
        break;
    }
    return d;
}

QJsonValue writeDistribution(const UncertainInput& from)
{
    const DistributionSpec& d = from.distribution;
    QJsonObject object{{QStringLiteral("type"), toKey(d.type)}};
    switch (d.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        object.insert(QStringLiteral("mean"), d.mean);
        object.insert(QStringLiteral("sd"), d.sd);
        break;
    case DistributionType::Triangular:
    case DistributionType::Pert:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("mode"), d.mode);
        object.insert(QStringLiteral("max"), d.max);
        break;
    case DistributionType::Uniform:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("max"), d.max);
        break;
    }
    return object;
}

/// A distribution has no default: it is the range the analyst gives.
void readInputDistribution(JsonReader& r, const char* key, UncertainInput& into)
{
    if (r.has(key)) {
        into.distribution = readDistribution(r.object(key));
    } else {
        r.report().add(r.childPath(QLatin1String(key)),
                       QCoreApplication::translate("Validation", "required field is missing"));
    }
}

/// Left out, an input is drawn as its value.
void readApply(JsonReader& r, const char* key, UncertainInput& into)
{
    if (r.has(key)) {
        into.apply = r.enumValue(key, UncertainApply::Value);
    }
}

QJsonValue writeApply(const UncertainInput& from)
{
    return toKey(from.apply);
}

/// uncertainty.inputs[]
const SchemaField<UncertainInput> kUncertainInput[] = {
    {"path", &UncertainInput::path, QT_TRANSLATE_NOOP("Fields", "Input (field path)")},
    {"apply", CustomField<UncertainInput>{readApply, writeApply, nullptr, EnumTraits<UncertainApply>::values},
     QT_TRANSLATE_NOOP("Fields", "Drawn as")},
    {"distribution", CustomField<UncertainInput>{readInputDistribution, writeDistribution}},
    {"note", &UncertainInput::note, QT_TRANSLATE_NOOP("Fields", "Why this range"), {}, FieldUse::OptionalText},
};

/// An event holds the fields of its type only (methodology §12.3).
void readEvents(JsonReader& r, const char* key, Uncertainty& into)
{
    forEachObject(r, key, false, [&into](JsonReader& item) {
        RiskEvent event;
        event.type = item.enumValue("type", RiskEventType::ConstructionDelay);
        if (event.type == RiskEventType::ChipSupplyCut) {
            item.rejectUnknown({"type", "probability", "affectedShare", "delayMonths", "chipId", "note"});
            event.affectedShare = item.number("affectedShare");
            event.chipId = item.optionalString("chipId");
        } else if (event.type == RiskEventType::ContractLoss) {
            item.rejectUnknown({"type", "probability", "contract", "note"});
            event.contract = item.has("contract") ? item.integer("contract") : -1;
        } else if (event.type == RiskEventType::RivalEntry) {
            item.rejectUnknown({"type", "probability", "pflops", "year", "node", "note"});
            event.pflops = item.number("pflops");
            event.year = item.integer("year");
            event.node = item.optionalString("node");
        } else {
            item.rejectUnknown({"type", "probability", "delayMonths", "note"});
        }
        event.probability = item.number("probability");
        if (event.type != RiskEventType::ContractLoss && event.type != RiskEventType::RivalEntry) {
            event.delayMonths = item.integer("delayMonths");
        }
        event.note = item.optionalString("note");
        into.events.push_back(event);
    });
}

QJsonObject eventToJson(const RiskEvent& event)
{
    QJsonObject object{{QStringLiteral("type"), toKey(event.type)},
                       {QStringLiteral("probability"), event.probability},
                       {QStringLiteral("note"), event.note}};
    if (event.type == RiskEventType::ContractLoss) {
        if (event.contract >= 0) {
            object.insert(QStringLiteral("contract"), event.contract);
        }
    } else if (event.type == RiskEventType::RivalEntry) {
        object.insert(QStringLiteral("pflops"), event.pflops);
        object.insert(QStringLiteral("year"), event.year);
        if (!event.node.isEmpty()) {
            object.insert(QStringLiteral("node"), event.node);
        }
    } else {
        object.insert(QStringLiteral("delayMonths"), event.delayMonths);
    }
    if (event.type == RiskEventType::ChipSupplyCut) {
        object.insert(QStringLiteral("affectedShare"), event.affectedShare);
        object.insert(QStringLiteral("chipId"), event.chipId);
    }
    return object;
}

QJsonValue writeEvents(const Uncertainty& from)
{
    QJsonArray events;
    for (const RiskEvent& event : from.events) {
        events.append(eventToJson(event));
    }
    return events;
}

/// uncertainty.correlations[]
const SchemaField<InputCorrelation> kCorrelation[] = {
    {"a", &InputCorrelation::a, QT_TRANSLATE_NOOP("Fields", "Input A (path)")},
    {"b", &InputCorrelation::b, QT_TRANSLATE_NOOP("Fields", "Input B (path)")},
    {"rho",
     &InputCorrelation::rho,
     QT_TRANSLATE_NOOP("Fields", "Rank correlation"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), -1, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Rank (Spearman) correlation between two uncertain inputs.")}},
};

/// uncertainty
const SchemaField<Uncertainty> kUncertainty[] = {
    {"inputs", listField<&Uncertainty::inputs, kUncertainInput>()},
    {"events", CustomField<Uncertainty>{readEvents, writeEvents}},
    {"correlations", listField<&Uncertainty::correlations, kCorrelation>()},
};

} // namespace

namespace schema {

const Section<Uncertainty> uncertainty{kUncertainty};
const Section<UncertainInput> uncertainInput{kUncertainInput};
const Section<InputCorrelation> correlation{kCorrelation};

} // namespace schema

} // namespace suanpan
