#include "SchemaFields.h"

#include <QCoreApplication>

// The network section: the places, demand, rival centers and links a proposed center competes among
// (methodology §14). A shipped network file (data/networks) holds the same lists and is read with these tables.

namespace suanpan {

namespace {

using namespace schema_detail;

/// network.nodes[].demand[]
const SchemaField<NodeDemand> kNodeDemand[] = {
    {"workload", enumField<&NodeDemand::workload, Workload::Inference>()},
    {"pflops",
     &NodeDemand::pflops,
     {"network.nodes[].demand[].pflops", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Average effective P of this workload demanded at the node in the given year.")}},
    {"year",
     &NodeDemand::year,
     {"network.nodes[].demand[].year", QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Calendar year of the demand figure.")}},
    {"growthPerYear",
     &NodeDemand::growthPerYear,
     {"network.nodes[].demand[].growthPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly growth of the demand, before and after the given year.")}},
};

/// network.nodes[]
const SchemaField<NetworkNode> kNetworkNode[] = {
    {"id", &NetworkNode::id},
    {"name", &NetworkNode::name, {}, FieldUse::OptionalText},
    {"nameZh", &NetworkNode::nameZh, {}, FieldUse::WhenSet},
    {"longitude",
     &NetworkNode::longitude,
     {"network.nodes[].longitude", QT_TRANSLATE_NOOP("Unit", "°"), -180, 180, false,
      QT_TRANSLATE_NOOP("FieldHelp", "East longitude of the place, for the map.")}},
    {"latitude",
     &NetworkNode::latitude,
     {"network.nodes[].latitude", QT_TRANSLATE_NOOP("Unit", "°"), -90, 90, false,
      QT_TRANSLATE_NOOP("FieldHelp", "North latitude of the place, for the map.")}},
    {"regionId", &NetworkNode::regionId, {}, FieldUse::WhenSet},
    {"demand", listField<&NetworkNode::demand, kNodeDemand>()},
};

/// network.centers[]
const SchemaField<NetworkCenter> kNetworkCenter[] = {
    {"id", &NetworkCenter::id},
    {"name", &NetworkCenter::name, {}, FieldUse::OptionalText},
    {"nameZh", &NetworkCenter::nameZh, {}, FieldUse::WhenSet},
    {"node", &NetworkCenter::node},
    {"pflops",
     &NetworkCenter::pflops,
     {"network.centers[].pflops", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Capacity of the center once it is open.")}},
    {"openingYear",
     &NetworkCenter::openingYear,
     {"network.centers[].openingYear", QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "First calendar year in which the center serves demand.")}},
    {"growthPerYear",
     &NetworkCenter::growthPerYear,
     {"network.centers[].growthPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly growth of the capacity after opening (0 for one center; the market's "
                                     "growth for an aggregate of many).")}},
    {"priceFactor",
     &NetworkCenter::priceFactor,
     {"network.centers[].priceFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The center's price relative to the network's reference price.")}},
};

/// network.links[]
const SchemaField<NetworkLink> kNetworkLink[] = {
    {"from", &NetworkLink::from},
    {"to", &NetworkLink::to},
    {"latencyMs",
     &NetworkLink::latencyMs,
     {"network.links[].latencyMs", QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Round-trip time over the link.")}},
    {"transferCnyPerPflopsHour",
     &NetworkLink::transferCnyPerPflopsHour,
     {"network.links[].transferCnyPerPflopsHour", QT_TRANSLATE_NOOP("Unit", "CNY/P·h"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Cost of moving the data of one P·h of work over the link.")}},
};

/// network
const SchemaField<NetworkInput> kNetwork[] = {
    {"base", &NetworkInput::base, {}, FieldUse::WhenSet},
    {"node", &NetworkInput::node},
    {"priceFactor",
     &NetworkInput::priceFactor,
     {"network.priceFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The proposed center's price relative to the network's reference price.")}},
    {"referencePriceCnyPerPflopsHour",
     &NetworkInput::referencePriceCnyPerPflopsHour,
     {"network.referencePriceCnyPerPflopsHour", QT_TRANSLATE_NOOP("Unit", "CNY/P·h"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Market price of one P·h of work, against which centers' price factors, "
                                     "transfer costs and latency penalties are weighed.")}},
    {"latencyPenaltyCnyPerPflopsHourPerMs",
     &NetworkInput::latencyPenaltyCnyPerPflopsHourPerMs,
     {"network.latencyPenaltyCnyPerPflopsHourPerMs", QT_TRANSLATE_NOOP("Unit", "CNY/P·h·ms"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "What a user gives up for each ms of round trip, within the latency limit.")}},
    {"congestionPenalty",
     &NetworkInput::congestionPenalty,
     {"network.congestionPenalty", QT_TRANSLATE_NOOP("Unit", "share"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "What waiting at a full center costs its users, as a share of the reference "
                                     "price; it rises from 0 at an empty center. Spreads demand over centers of "
                                     "equal cost.")}},
    {"demandGrowthAdjustment",
     &NetworkInput::demandGrowthAdjustment,
     {"network.demandGrowthAdjustment", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Added to the yearly demand growth of every place of the network, the shipped "
                                     "ones included: a market that grows slower (below 0) or faster than forecast. "
                                     "An uncertain input of the risk analysis like any other.")}},
    {"interactiveLatencyMs",
     &NetworkInput::interactiveLatencyMs,
     {"network.interactiveLatencyMs", QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Longest round trip that inference and general services accept.")}},
    {"batchLatencyMs",
     &NetworkInput::batchLatencyMs,
     {"network.batchLatencyMs", QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Longest round trip that training, fine-tuning and HPC jobs accept.")}},
    {"nodes", listField<&NetworkInput::nodes, kNetworkNode>()},
    {"centers", listField<&NetworkInput::centers, kNetworkCenter>()},
    {"links", listField<&NetworkInput::links, kNetworkLink>()},
};

} // namespace

namespace schema {

Section<NetworkInput> network()
{
    return kNetwork;
}
Section<NetworkNode> networkNode()
{
    return kNetworkNode;
}
Section<NodeDemand> nodeDemand()
{
    return kNodeDemand;
}
Section<NetworkCenter> networkCenter()
{
    return kNetworkCenter;
}
Section<NetworkLink> networkLink()
{
    return kNetworkLink;
}

} // namespace schema

} // namespace suanpan
