#include "SchemaFields.h"

#include <QCoreApplication>

// The uncertainty section: the inputs the risk analysis draws, the events it may let happen and the correlations
// between inputs (methodology §12). A distribution's parameters and an event's fields depend on its type.

namespace suanpan {

namespace {

using namespace schema_detail;

bool hasMeanAndSd(const DistributionSpec& d)
{
    return d.type == DistributionType::Normal || d.type == DistributionType::Lognormal;
}

bool hasRange(const DistributionSpec& d)
{
    return !hasMeanAndSd(d);
}

bool hasMode(const DistributionSpec& d)
{
    return d.type == DistributionType::Triangular || d.type == DistributionType::Pert;
}

/// uncertainty.inputs[].distribution: the parameters of its type, in the unit of the input it draws (and so
/// without a unit of their own, and not inputs themselves).
const SchemaField<DistributionSpec> kDistribution[] = {
    {"type", enumField<&DistributionSpec::type, DistributionType::Triangular>(),
     QT_TRANSLATE_NOOP("Fields", "Distribution")},
    {"mean", &DistributionSpec::mean, QT_TRANSLATE_NOOP("Fields", "Mean"), {}, FieldUse::Required, hasMeanAndSd},
    {"sd", &DistributionSpec::sd, QT_TRANSLATE_NOOP("Fields", "Std. dev."), {}, FieldUse::Required, hasMeanAndSd},
    {"min", &DistributionSpec::min, QT_TRANSLATE_NOOP("Fields", "Min"), {}, FieldUse::Required, hasRange},
    {"mode", &DistributionSpec::mode, QT_TRANSLATE_NOOP("Fields", "Most likely"), {}, FieldUse::Required, hasMode},
    {"max", &DistributionSpec::max, QT_TRANSLATE_NOOP("Fields", "Max"), {}, FieldUse::Required, hasRange},
};

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
    {"apply", CustomField<UncertainInput>{readApply, writeApply, nullptr, nullptr, EnumTraits<UncertainApply>::values},
     QT_TRANSLATE_NOOP("Fields", "Drawn as")},
    // a distribution has no default: it is the range the analyst gives
    {"distribution", nestedField<&UncertainInput::distribution, kDistribution, Nested::Required>()},
    {"note", &UncertainInput::note, QT_TRANSLATE_NOOP("Fields", "Why this range"), {}, FieldUse::OptionalText},
};

bool isSupplyCut(const RiskEvent& e)
{
    return e.type == RiskEventType::ChipSupplyCut;
}

bool isContractLoss(const RiskEvent& e)
{
    return e.type == RiskEventType::ContractLoss;
}

bool isRivalEntry(const RiskEvent& e)
{
    return e.type == RiskEventType::RivalEntry;
}

bool delays(const RiskEvent& e)
{
    return !isContractLoss(e) && !isRivalEntry(e);
}

/// Left out, a contract loss takes every contract (-1).
const CustomField<RiskEvent> kLostContract{
    [](JsonReader& r, const char* key, RiskEvent& into) { into.contract = r.has(key) ? r.integer(key) : -1; },
    [](const RiskEvent& from) {
        return from.contract >= 0 ? QJsonValue(from.contract) : QJsonValue(QJsonValue::Undefined);
    },
    [](RiskEvent& from, const QString& path, NumberVisitor& visit) {
        if (from.contract != -1) { // a contract given, checked against its range (-2 is out of it)
            visit(path, from.contract);
        }
    }};

/// uncertainty.events[]: an event holds the fields of its type only (methodology §12.3).
const SchemaField<RiskEvent> kEvent[] = {
    {"type", enumField<&RiskEvent::type, RiskEventType::ConstructionDelay>(), QT_TRANSLATE_NOOP("Fields", "Event")},
    {"probability",
     &RiskEvent::probability,
     QT_TRANSLATE_NOOP("Fields", "Probability"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Probability that the event happens in a trial (over the whole horizon).")}},
    {"affectedShare",
     &RiskEvent::affectedShare,
     QT_TRANSLATE_NOOP("Fields", "Cards affected"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the chip's cards whose delivery a supply cut delays.")},
     FieldUse::Required,
     isSupplyCut},
    {"delayMonths",
     &RiskEvent::delayMonths,
     QT_TRANSLATE_NOOP("Fields", "Delay (months)"),
     {QT_TRANSLATE_NOOP("Unit", "months"), 0, 360, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Delay the event causes; past the horizon the cards never arrive.")},
     FieldUse::Required,
     delays},
    {"chipId",
     &RiskEvent::chipId,
     QT_TRANSLATE_NOOP("Fields", "Chip (supply cut)"),
     {},
     FieldUse::OptionalText,
     isSupplyCut},
    {"contract",
     kLostContract,
     QT_TRANSLATE_NOOP("Fields", "Contract (loss; from 0)"),
     {QT_TRANSLATE_NOOP("Unit", "index"), 0, 99, true,
      QT_TRANSLATE_NOOP("FieldHelp", "The contract a contract loss takes away, counted from 0 in the contracts list; "
                                     "without it, every contract.")},
     FieldUse::Required,
     isContractLoss},
    {"pflops",
     &RiskEvent::pflops,
     QT_TRANSLATE_NOOP("Fields", "Rival P (entry)"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0.001, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Capacity of the rival that opens (rival entry).")},
     FieldUse::Required,
     isRivalEntry},
    {"year",
     &RiskEvent::year,
     QT_TRANSLATE_NOOP("Fields", "Rival opens (year)"),
     {QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Calendar year in which the rival opens (rival entry).")},
     FieldUse::Required,
     isRivalEntry},
    {"node",
     &RiskEvent::node,
     QT_TRANSLATE_NOOP("Fields", "Rival node (empty = ours)"),
     {},
     FieldUse::WhenSet,
     isRivalEntry},
    {"note", &RiskEvent::note, QT_TRANSLATE_NOOP("Fields", "Why"), {}, FieldUse::OptionalText},
};

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
    {"inputs", listField<&Uncertainty::inputs, kUncertainInput>(), QT_TRANSLATE_NOOP("Fields", "Uncertain input")},
    {"events", listField<&Uncertainty::events, kEvent>(), QT_TRANSLATE_NOOP("Fields", "Risk event")},
    {"correlations", listField<&Uncertainty::correlations, kCorrelation>(), QT_TRANSLATE_NOOP("Fields", "Correlation")},
};

} // namespace

namespace schema {

const Section<Uncertainty> uncertainty{kUncertainty};

} // namespace schema

} // namespace suanpan
