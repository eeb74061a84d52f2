#include "SchemaFields.h"

#include <QCoreApplication>

// The network section: the places, demand, rival centers and links a proposed center competes among
// (methodology §14). A shipped network file (data/networks) holds the same lists and is read with these tables.

namespace suanpan {

namespace {

using namespace schema_detail;

/// network.nodes[].demand[]
const SchemaField<NodeDemand> kNodeDemand[] = {
    {"workload", enumField<&NodeDemand::workload, Workload::Inference>(), QT_TRANSLATE_NOOP("Fields", "Workload")},
    {"pflops",
     &NodeDemand::pflops,
     QT_TRANSLATE_NOOP("Fields", "Demand"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Average effective P of this workload demanded at the node in the given year.")}},
    {"year",
     &NodeDemand::year,
     QT_TRANSLATE_NOOP("Fields", "Year"),
     {QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Calendar year of the demand figure.")}},
    {"growthPerYear",
     &NodeDemand::growthPerYear,
     QT_TRANSLATE_NOOP("Fields", "Growth/yr"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly growth of the demand, before and after the given year.")}},
};

/// network.nodes[]
const SchemaField<NetworkNode> kNetworkNode[] = {
    {"id", &NetworkNode::id, QT_TRANSLATE_NOOP("Fields", "Id")},
    {"name", &NetworkNode::name, QT_TRANSLATE_NOOP("Fields", "Place"), {}, FieldUse::OptionalText},
    {"nameZh", &NetworkNode::nameZh, QT_TRANSLATE_NOOP("Fields", "Chinese name"), {}, FieldUse::WhenSet},
    {"longitude",
     &NetworkNode::longitude,
     QT_TRANSLATE_NOOP("Fields", "Longitude"),
     {QT_TRANSLATE_NOOP("Unit", "°"), -180, 180, false,
      QT_TRANSLATE_NOOP("FieldHelp", "East longitude of the place, for the map.")}},
    {"latitude",
     &NetworkNode::latitude,
     QT_TRANSLATE_NOOP("Fields", "Latitude"),
     {QT_TRANSLATE_NOOP("Unit", "°"), -90, 90, false,
      QT_TRANSLATE_NOOP("FieldHelp", "North latitude of the place, for the map.")}},
    {"regionId", &NetworkNode::regionId, QT_TRANSLATE_NOOP("Fields", "Region id"), {}, FieldUse::WhenSet},
    {"demand", listField<&NetworkNode::demand, kNodeDemand>(), QT_TRANSLATE_NOOP("Fields", "Demand")},
};

/// network.centers[]
const SchemaField<NetworkCenter> kNetworkCenter[] = {
    {"id", &NetworkCenter::id, QT_TRANSLATE_NOOP("Fields", "Id")},
    {"name", &NetworkCenter::name, QT_TRANSLATE_NOOP("Fields", "Center"), {}, FieldUse::OptionalText},
    {"nameZh", &NetworkCenter::nameZh, QT_TRANSLATE_NOOP("Fields", "Chinese name"), {}, FieldUse::WhenSet},
    {"node", &NetworkCenter::node, QT_TRANSLATE_NOOP("Fields", "Node id")},
    {"pflops",
     &NetworkCenter::pflops,
     QT_TRANSLATE_NOOP("Fields", "Capacity"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Capacity of the center once it is open.")}},
    {"openingYear",
     &NetworkCenter::openingYear,
     QT_TRANSLATE_NOOP("Fields", "Opens"),
     {QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "First calendar year in which the center serves demand.")}},
    {"growthPerYear",
     &NetworkCenter::growthPerYear,
     QT_TRANSLATE_NOOP("Fields", "Growth/yr"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly growth of the capacity after opening (0 for one center; the market's "
                                     "growth for an aggregate of many).")}},
    {"priceFactor",
     &NetworkCenter::priceFactor,
     QT_TRANSLATE_NOOP("Fields", "Price factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The center's price relative to the network's reference price.")}},
};

/// network.links[]
const SchemaField<NetworkLink> kNetworkLink[] = {
    {"from", &NetworkLink::from, QT_TRANSLATE_NOOP("Fields", "From node")},
    {"to", &NetworkLink::to, QT_TRANSLATE_NOOP("Fields", "To node")},
    {"latencyMs",
     &NetworkLink::latencyMs,
     QT_TRANSLATE_NOOP("Fields", "Round trip"),
     {QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Round-trip time over the link.")}},
    {"transferCnyPerPflopsHour",
     &NetworkLink::transferCnyPerPflopsHour,
     QT_TRANSLATE_NOOP("Fields", "Transfer cost"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/P·h"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Cost of moving the data of one P·h of work over the link.")}},
};

/// network
const SchemaField<NetworkInput> kNetwork[] = {
    {"base", &NetworkInput::base, QT_TRANSLATE_NOOP("Fields", "Network"), {}, FieldUse::WhenSet},
    {"node", &NetworkInput::node, QT_TRANSLATE_NOOP("Fields", "The center's node")},
    {"priceFactor",
     &NetworkInput::priceFactor,
     QT_TRANSLATE_NOOP("Fields", "Our price factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The proposed center's price relative to the network's reference price.")}},
    {"referencePriceCnyPerPflopsHour",
     &NetworkInput::referencePriceCnyPerPflopsHour,
     QT_TRANSLATE_NOOP("Fields", "Reference price"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/P·h"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Market price of one P·h of work, against which centers' price factors, "
                                     "transfer costs and latency penalties are weighed.")}},
    {"latencyPenaltyCnyPerPflopsHourPerMs",
     &NetworkInput::latencyPenaltyCnyPerPflopsHourPerMs,
     QT_TRANSLATE_NOOP("Fields", "Latency penalty"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/P·h·ms"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "What a user gives up for each ms of round trip, within the latency limit.")}},
    {"congestionPenalty",
     &NetworkInput::congestionPenalty,
     QT_TRANSLATE_NOOP("Fields", "Congestion at a full center"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "What waiting at a full center costs its users, as a share of the reference "
                                     "price; it rises from 0 at an empty center. Spreads demand over centers of "
                                     "equal cost.")}},
    {"demandGrowthAdjustment",
     &NetworkInput::demandGrowthAdjustment,
     QT_TRANSLATE_NOOP("Fields", "Market growth adjustment"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Added to the yearly demand growth of every place of the network, the shipped "
                                     "ones included: a market that grows slower (below 0) or faster than forecast. "
                                     "An uncertain input of the risk analysis like any other.")}},
    {"interactiveLatencyMs",
     &NetworkInput::interactiveLatencyMs,
     QT_TRANSLATE_NOOP("Fields", "Interactive latency limit"),
     {QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Longest round trip that inference and general services accept.")}},
    {"batchLatencyMs",
     &NetworkInput::batchLatencyMs,
     QT_TRANSLATE_NOOP("Fields", "Batch latency limit"),
     {QT_TRANSLATE_NOOP("Unit", "ms"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Longest round trip that training, fine-tuning and HPC jobs accept.")}},
    {"nodes", listField<&NetworkInput::nodes, kNetworkNode>(), QT_TRANSLATE_NOOP("Fields", "Place")},
    {"centers", listField<&NetworkInput::centers, kNetworkCenter>(), QT_TRANSLATE_NOOP("Fields", "Center")},
    {"links", listField<&NetworkInput::links, kNetworkLink>(), QT_TRANSLATE_NOOP("Fields", "Link")},
};

} // namespace

namespace schema {

const Section<NetworkInput> network{kNetwork};
const Section<NetworkNode> networkNode{kNetworkNode};
const Section<NetworkCenter> networkCenter{kNetworkCenter};
const Section<NetworkLink> networkLink{kNetworkLink};

} // namespace schema

} // namespace suanpan
