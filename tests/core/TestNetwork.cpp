// The compute network (methodology §14): least-latency paths, the min-cost-flow allocation against a hand-solved
// three-node case, the property that a new rival never adds to the proposed center's demand, the shipped network,
// the engine's network forecast and the messages for a bad network.

#include "TestScenarios.h"
#include "engine/Engine.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "network/NetworkLibrary.h"
#include "network/NetworkStudy.h"
#include "risk/RiskSimulation.h"

#include <QJsonArray>
#include <QTest>

#include <random>

using namespace suanpan;

namespace {

/// Three places: users at A, a rival R at B (100 P at the market price), the proposed center at C (87 % of it).
/// Links A–B 5 ms, B–C 8 ms and a slow direct A–C 20 ms, so A reaches C through B in 13 ms. Reference price 10 CNY
/// per P·h, latency penalty 0.1 CNY per ms (interactive work), congestion 0.2 of the price at a full center.
NetworkInput threeNodes()
{
    NetworkInput n;
    n.node = QStringLiteral("c");
    n.priceFactor = 0.87;
    n.referencePriceCnyPerPflopsHour = 10;
    n.latencyPenaltyCnyPerPflopsHourPerMs = 0.1;
    n.congestionPenalty = 0.2;
    n.interactiveLatencyMs = 20;
    n.batchLatencyMs = 200;
    n.nodes = {
        {QStringLiteral("a"), QStringLiteral("A"), QString(), 0, 0, QString(), {{Workload::Inference, 100, 2026, 0}}},
        {QStringLiteral("b"), QStringLiteral("B"), QString(), 1, 0, QString(), {}},
        {QStringLiteral("c"), QStringLiteral("C"), QString(), 2, 0, QString(), {}}};
    n.centers = {{QStringLiteral("r"), QStringLiteral("R"), QString(), QStringLiteral("b"), 100, 2020, 0, 1}};
    n.links = {{QStringLiteral("a"), QStringLiteral("b"), 5, 0},
               {QStringLiteral("b"), QStringLiteral("c"), 8, 0},
               {QStringLiteral("a"), QStringLiteral("c"), 20, 0}};
    return n;
}

std::shared_ptr<const NetworkPaths> resolved(NetworkInput& n, QString* problems = nullptr)
{
    ValidationReport report;
    auto paths = resolveNetwork(n, Catalog::builtIn(), report);
    if (problems != nullptr) {
        for (const ValidationIssue& issue : report.issues()) {
            problems->append(issue.path + QStringLiteral(": ") + issue.message + QLatin1Char('\n'));
        }
    }
    return paths;
}

/// The simple fixture (80 test-gpu cards = 80 P) selling the inference it wins in the three-node network at C.
QJsonObject simpleInNetwork()
{
    QJsonObject json =
        test::simpleWith({{"demand[0].forecast", QJsonObject{{QStringLiteral("type"), QStringLiteral("network")}}}});
    json.insert(QStringLiteral("network"), ScenarioJson::toJson([] {
                                               Scenario s;
                                               s.network = threeNodes();
                                               return s;
                                           }())
                                               .value(QStringLiteral("network")));
    return json;
}

} // namespace

class TestNetwork : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pathsTakeTheLeastLatency();
    void threeNodeCaseSolvedByHand();
    void latencyLimitKeepsUsersAway();
    void demandBeyondCapacityIsUnserved();
    void demandGrowthAdjustmentMovesEveryNode();
    void aNewRivalNeverRaisesTheProposedCentersDemand();
    void shippedNetworkLoadsAndResolves();
    void engineSellsWhatTheNetworkWins();
    void scenarioWithNetworkRoundTrips();
    void savedScenarioKeepsOnlyItsOwnEntries();
    void rivalEntryAsIfTypedByHand();
    void rivalEntryIsCheckedByName();
    void badNetworksAreRefusedByName_data();
    void badNetworksAreRefusedByName();
};

void TestNetwork::pathsTakeTheLeastLatency()
{
    NetworkInput n = threeNodes();
    const auto paths = resolved(n);
    QVERIFY(paths);
    const int a = paths->nodeIndex.value(QStringLiteral("a"));
    const int c = paths->nodeIndex.value(QStringLiteral("c"));
    QCOMPARE(paths->latency(a, c), 13.0); // 5 + 8 through B beats the direct 20 ms
    QCOMPARE(paths->latency(c, a), 13.0);
    QCOMPARE(paths->latency(a, a), 0.0);
    std::vector<int> links;
    paths->forEachLink(a, c, [&](int link) { links.push_back(link); });
    QCOMPARE(links, (std::vector<int>{1, 0})); // B–C, then A–B
}

void TestNetwork::threeNodeCaseSolvedByHand()
{
    // By hand. From A, a P·h at R costs 10 × 1.00 + 0.1 × 5 = 10.5 CNY, at C 10 × 0.87 + 0.1 × 13 = 10.0 CNY.
    // Each center's capacity comes in ten slices of 10 P; slice t adds 0.2 × 10 × (t + 0.5) / 10 = 0.1, 0.3, 0.5 …
    // So C's slices cost 10.1, 10.3, 10.5, 10.7, 10.9, 11.1, 11.3 … and R's 10.6, 10.8, 11.0, 11.2, 11.4 …
    // The 100 P of demand take the ten cheapest slices: C0 C1 C2 R0 C3 R1 C4 R2 C5 R3 → C serves 60 P, R 40 P.
    NetworkInput n = threeNodes();
    const auto paths = resolved(n);
    QVERIFY(paths);
    const NetworkAllocation a = allocateNetwork(n, *paths, {100.0}, 2026);
    QCOMPARE(a.wonAt(0, Workload::Inference), 60.0);
    QCOMPARE(a.loadAt(0, 0), 40.0);
    QCOMPARE(a.loadAt(0, 1), 60.0);
    QCOMPARE(a.unservedAt(0, 0, LatencyClass::Interactive), 0.0);

    // Over the links: A–B carries all 100 P (R's 40 and C's 60 on its way through B), B–C the 60, A–C nothing.
    ResolvedScenario r;
    r.input.network = n;
    r.network = paths;
    NetworkStudy study;
    study.network = n;
    study.paths = paths.get();
    study.with = a;
    QCOMPARE(study.linkFlows(0), (std::vector<double>{100.0, 60.0, 0.0}));
}

void TestNetwork::latencyLimitKeepsUsersAway()
{
    // With a 12 ms limit, C (13 ms from A) is out of reach: R serves all it can, the proposed center nothing.
    NetworkInput n = threeNodes();
    n.interactiveLatencyMs = 12;
    const auto paths = resolved(n);
    QVERIFY(paths);
    const NetworkAllocation a = allocateNetwork(n, *paths, {100.0}, 2026);
    QCOMPARE(a.wonAt(0, Workload::Inference), 0.0);
    QCOMPARE(a.loadAt(0, 0), 100.0);
    // Training is batch work: it reaches C, and without a latency penalty a P·h costs 8.7 there against 10.0 at R.
    // C's slices: 8.8, 9.0, 9.2, 9.4, 9.6, 9.8, 10.0, 10.2, 10.4 …; R's: 10.1, 10.3, 10.5 …
    // The ten cheapest: C0 … C6, R0 (10.1), C7 (10.2), R1 (10.3) → C serves 80 P, R 20 P.
    n.nodes[0].demand = {{Workload::Training, 100, 2026, 0}};
    const auto batchPaths = resolved(n);
    QVERIFY(batchPaths);
    const NetworkAllocation b = allocateNetwork(n, *batchPaths, {100.0}, 2026);
    QCOMPARE(b.wonAt(0, Workload::Training), 80.0);
    QCOMPARE(b.loadAt(0, 0), 20.0);
}

void TestNetwork::demandBeyondCapacityIsUnserved()
{
    NetworkInput n = threeNodes();
    n.nodes[0].demand[0].pflops = 250;
    const auto paths = resolved(n);
    QVERIFY(paths);
    const NetworkAllocation a = allocateNetwork(n, *paths, {100.0}, 2026);
    QCOMPARE(a.loadAt(0, 0) + a.loadAt(0, 1), 200.0);
    QCOMPARE(a.unservedAt(0, 0, LatencyClass::Interactive), 50.0);
}

void TestNetwork::demandGrowthAdjustmentMovesEveryNode()
{
    // A's 100 P of 2026 with 0 % growth, and the network's adjustment of −10 points: 90 P in 2027, 81 P in 2028.
    NetworkInput n = threeNodes();
    n.demandGrowthAdjustment = -0.1;
    const auto paths = resolved(n);
    QVERIFY(paths);
    const NetworkAllocation a = allocateNetwork(n, *paths, {100.0, 100.0, 100.0}, 2026);
    QCOMPARE(a.demand[a.demandAt(0, 0, LatencyClass::Interactive)], 100.0);
    QCOMPARE(a.demand[a.demandAt(1, 0, LatencyClass::Interactive)], 90.0);
    QVERIFY(std::abs(a.demand[a.demandAt(2, 0, LatencyClass::Interactive)] - 81.0) < 1e-9);
}

void TestNetwork::aNewRivalNeverRaisesTheProposedCentersDemand()
{
    // Random networks: 6 nodes with demand of both classes, 4 rivals, the proposed center at node 0. A rival added
    // at the proposed center's node, or next to it, can only take demand from it: min-cost flow with convex costs
    // treats centers as substitutes.
    std::mt19937 random(20261205);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int round = 0; round < 200; ++round) {
        NetworkInput n = threeNodes();
        n.nodes.clear();
        n.centers.clear();
        n.links.clear();
        n.priceFactor = 0.8 + 0.4 * unit(random);
        for (int i = 0; i < 6; ++i) {
            const QString id = QStringLiteral("n%1").arg(i);
            n.nodes.push_back({id,
                               id,
                               QString(),
                               0,
                               0,
                               QString(),
                               {{Workload::Inference, 200 * unit(random), 2026, 0},
                                {Workload::Training, 200 * unit(random), 2026, 0}}});
            for (int j = 0; j < i; ++j) {
                n.links.push_back({QStringLiteral("n%1").arg(j), id, 2 + 15 * unit(random), unit(random)});
            }
        }
        n.node = QStringLiteral("n0");
        for (int c = 0; c < 4; ++c) {
            n.centers.push_back({QStringLiteral("r%1").arg(c), QString(), QString(),
                                 QStringLiteral("n%1").arg(1 + c % 5), 300 * unit(random), 2020, 0,
                                 0.8 + 0.4 * unit(random)});
        }
        n.interactiveLatencyMs = 40; // every node reaches every center
        const auto paths = resolved(n);
        QVERIFY(paths);
        const double capacity = 50 + 300 * unit(random);
        const double before = allocateNetwork(n, *paths, {capacity}, 2026).loadAt(0, 4);

        n.centers.push_back({QStringLiteral("newcomer"), QString(), QString(),
                             QStringLiteral("n%1").arg(round % 2), // at or near
                             50 + 300 * unit(random), 2020, 0, 0.7 + 0.6 * unit(random)});
        const auto morePaths = resolved(n);
        const double after = allocateNetwork(n, *morePaths, {capacity}, 2026).loadAt(0, 5);
        QVERIFY2(after <= before + 1e-3,
                 qPrintable(
                     QStringLiteral("round %1: %2 P before the rival, %3 P after").arg(round).arg(before).arg(after)));
    }
}

void TestNetwork::shippedNetworkLoadsAndResolves()
{
    const NetworkLibrary& library = NetworkLibrary::builtIn();
    QVERIFY2(library.loadErrors().isEmpty(), qPrintable(library.loadErrors().join(QLatin1Char('\n'))));
    const ShippedNetwork* shipped = library.find(QStringLiteral("china-east-west"));
    QVERIFY(shipped != nullptr);
    // 8 hubs' 10 clusters (the Yangtze Delta's demonstration zone shares Shanghai's node, Tianfu Chengdu's) and the
    // demand cities: 18 nodes, each pair linked.
    QCOMPARE(shipped->network.nodes.size(), std::size_t{18});
    QCOMPARE(shipped->network.links.size(), std::size_t{18 * 17 / 2});
    for (const NetworkNode& node : shipped->network.nodes) {
        if (!node.regionId.isEmpty()) {
            QVERIFY2(Catalog::builtIn().entry(CatalogKind::Regions, node.regionId) != nullptr, qPrintable(node.id));
        }
    }
    NetworkInput n = threeNodes();
    n = NetworkInput{
        QStringLiteral("china-east-west"), QStringLiteral("qingyang"), 1, 12.1, 0.024, 0.2, 0, 20, 200, {}, {}, {}};
    QString problems;
    const auto paths = resolved(n, &problems);
    QVERIFY2(paths, qPrintable(problems));
    // The published Gui'an – Beijing round trip (China Daily 2023-08-23) is kept, not the distance estimate.
    QCOMPARE(paths->latency(paths->nodeIndex.value(QStringLiteral("guian")),
                            paths->nodeIndex.value(QStringLiteral("beijing"))) <= 20.0,
             true);
    // Shipped demand is 30 % of shipped capacity in 2024 (Inspur's average utilization), less the north-east.
    const NetworkAllocation a = allocateNetwork(completeNetwork(n), *paths, std::vector<double>(1, 0.0), 2024);
    double capacity = 0;
    double load = 0;
    for (int c = 0; c < a.rivals; ++c) {
        capacity += a.capacityAt(0, c);
        load += a.loadAt(0, c);
    }
    QVERIFY(load / capacity > 0.28 && load / capacity < 0.30);
}

void TestNetwork::engineSellsWhatTheNetworkWins()
{
    // The simple fixture's 80 P at C: slices of 8 P at 10.1, 10.3 … against R's 10 P slices at 10.6, 10.8 …; the
    // cheapest 100 P are C0 C1 C2 R0 C3 R1 C4 R2 C5 R3 C6 and 4 P of R4 (11.4 against C7's 11.5): C wins 7 × 8 = 56 P.
    QString problems;
    const std::optional<ResolvedScenario> r = test::resolve(simpleInNetwork(), test::catalog(), &problems);
    QVERIFY2(r, qPrintable(problems));
    QCOMPARE(scenarioAllocation(*r).wonAt(0, Workload::Inference), 56.0);
    const Results results = evaluate(*r);
    // No ramp, capture share 1: the segment's demand is the 56 P won, every month.
    QCOMPARE(results.monthlyDemandPflops.front(), 56.0);
    QCOMPARE(results.monthlyDemandPflops.back(), 56.0);
}

void TestNetwork::scenarioWithNetworkRoundTrips()
{
    QString problems;
    const std::optional<ResolvedScenario> r = test::resolve(simpleInNetwork(), test::catalog(), &problems);
    QVERIFY2(r, qPrintable(problems));
    ValidationReport report;
    const QByteArray bytes = ScenarioJson::toBytes(test::resolve(simpleInNetwork(), test::catalog())->input);
    const Scenario back = ScenarioJson::fromBytes(bytes, test::catalog(), report);
    QVERIFY(report.isValid());
    QCOMPARE(ScenarioJson::toBytes(back), bytes);
    QCOMPARE(back.network.nodes.size(), std::size_t{3});
}

void TestNetwork::savedScenarioKeepsOnlyItsOwnEntries()
{
    // The sample names the shipped network as its base: resolving it must not copy the base's 18 nodes into the
    // scenario (a project would save them, and a later update of the shipped network would never reach it).
    const ResolvedScenario r = test::resolveFile(test::samplePath(QStringLiteral("network-qingyang-spot")));
    QVERIFY(r.input.network.nodes.empty());
    QVERIFY(r.input.network.centers.empty());
    QCOMPARE(r.network->nodeCount, 18);
    QCOMPARE(completeNetwork(r.input.network).centers.size(), std::size_t{18});
}

void TestNetwork::rivalEntryAsIfTypedByHand()
{
    // A rival of 100 P opening in 2026 among the users (at A), at the market price, as a risk event of probability 1,
    // is the scenario with that center typed into network.centers; with probability 0 it is the scenario as planned;
    // with 0.5 the trials are one or the other (each trial starts again from the plan).
    const auto npv = [](const QJsonObject& json) {
        return evaluate(*test::resolve(json, test::catalog())).summary.npvAfterTaxCny;
    };
    const QJsonObject planned = simpleInNetwork();
    QJsonObject byHand = planned;
    test::setPath(byHand, QStringLiteral("network.centers[1]"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("newcomer")},
                              {QStringLiteral("node"), QStringLiteral("a")},
                              {QStringLiteral("pflops"), 100},
                              {QStringLiteral("openingYear"), 2026}});
    QVERIFY(npv(byHand) < npv(planned)); // the newcomer takes demand, so it matters
    const auto withEvent = [&planned](double probability) {
        QJsonObject json = planned;
        json.insert(QStringLiteral("uncertainty"),
                    QJsonObject{{QStringLiteral("events"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("rivalEntry")},
                                                        {QStringLiteral("probability"), probability},
                                                        {QStringLiteral("pflops"), 100},
                                                        {QStringLiteral("year"), 2026},
                                                        {QStringLiteral("node"), QStringLiteral("a")}}}}});
        QString problems;
        const std::optional<ResolvedScenario> r = test::resolve(json, test::catalog(), &problems);
        if (!r) {
            qFatal("fixture invalid: %s", qPrintable(problems));
        }
        RiskSettings settings;
        settings.trials = 64;
        settings.threads = 2;
        settings.sensitivity = false;
        return *RiskSimulation(*r).run(settings).output(RiskMetric::NpvAfterTax);
    };
    const OutputDistribution always = withEvent(1);
    QCOMPARE(always.min, npv(byHand));
    QCOMPARE(always.max, npv(byHand));
    const OutputDistribution never = withEvent(0);
    QCOMPARE(never.min, npv(planned));
    const OutputDistribution sometimes = withEvent(0.5);
    QCOMPARE(sometimes.min, npv(byHand));
    QCOMPARE(sometimes.max, npv(planned));
}

void TestNetwork::rivalEntryIsCheckedByName()
{
    QJsonObject json = simpleInNetwork();
    json.insert(QStringLiteral("uncertainty"),
                QJsonObject{{QStringLiteral("events"),
                             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("rivalEntry")},
                                                    {QStringLiteral("probability"), 0.3},
                                                    {QStringLiteral("pflops"), 100},
                                                    {QStringLiteral("year"), 2031},
                                                    {QStringLiteral("node"), QStringLiteral("atlantis")}}}}});
    ValidationReport report;
    resolveScenario(ScenarioJson::fromJson(json, test::catalog(), report), test::catalog(), report);
    QString all;
    for (const ValidationIssue& issue : report.issues()) {
        all += issue.path + QStringLiteral(": ") + issue.message + QLatin1Char('\n');
    }
    QVERIFY2(all.contains(QLatin1String("uncertainty.events[0].node: \"atlantis\" is not a node of the network")),
             qPrintable(all));
    QVERIFY2(all.contains(QString::fromUtf8("uncertainty.events[0].year: 2031 is outside the horizon 2026 … 2027")),
             qPrintable(all));
}

void TestNetwork::badNetworksAreRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problemPath");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown base") << "network.base" << QJsonValue("atlantis") << "network.base"
                                  << "not a shipped network";
    QTest::newRow("link to an unknown node") << "network.links[0].to" << QJsonValue("z") << "network.links[0].to"
                                             << "not a node of the network";
    QTest::newRow("negative latency") << "network.links[0].latencyMs" << QJsonValue(-1) << "network.links[0].latencyMs"
                                      << "outside the allowed range 0";
    QTest::newRow("negative capacity") << "network.centers[0].pflops" << QJsonValue(-5) << "network.centers[0].pflops"
                                       << "outside the allowed range 0";
    QTest::newRow("proposed at an unknown node") << "network.node" << QJsonValue("nowhere") << "network.node"
                                                 << "not a node of the network";
    QTest::newRow("a node twice") << "network.nodes[1].id" << QJsonValue("a") << "network.nodes[1]"
                                  << "appears twice";
    QTest::newRow("unreachable users") << "network.interactiveLatencyMs" << QJsonValue(3) << "network.nodes[0]"
                                       << "no center can serve its Inference demand within the 3 ms limit";
    QTest::newRow("network forecast without a network") << "network.node" << QJsonValue("") << "demand[0].forecast.type"
                                                        << "needs a network";
}

void TestNetwork::badNetworksAreRefusedByName()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problemPath);
    QFETCH(QString, words);
    QJsonObject json = simpleInNetwork();
    if (path == QLatin1String("network.node") && value.toString().isEmpty()) {
        json.remove(QStringLiteral("network"));
    } else {
        test::setPath(json, path, value);
    }
    ValidationReport report;
    const Scenario s = ScenarioJson::fromJson(json, test::catalog(), report);
    resolveScenario(s, test::catalog(), report);
    QString all;
    bool found = false;
    for (const ValidationIssue& issue : report.issues()) {
        all += issue.path + QStringLiteral(": ") + issue.message + QLatin1Char('\n');
        found = found || (issue.path == problemPath && issue.message.contains(words));
    }
    QVERIFY2(found, qPrintable(all));
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "TestNetwork.moc"
