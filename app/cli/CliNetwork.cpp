// suanpan-cli network: what a scenario's compute network says about the proposed center (methodology §14).

#include "CliCommands.h"
#include "CliProject.h"
#include "CliRisk.h"

#include "model/Catalog.h"
#include "network/NetworkStudy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace suanpan::cli {

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

/// The year the tables of rivals and links show: the one asked for, else the first with the center at full size.
int shownYear(const NetworkStudy& study, int asked)
{
    if (asked > 0) {
        return std::clamp(asked - study.with.firstYear, 0, study.with.years - 1);
    }
    double full = 0;
    for (int y = 0; y < study.with.years; ++y) {
        full = std::max(full, study.capacity(y));
    }
    for (int y = 0; y < study.with.years; ++y) {
        if (study.capacity(y) >= full) {
            return y;
        }
    }
    return 0;
}

QString centerName(const NetworkStudy& study, int center)
{
    if (center == study.proposed()) {
        return QCoreApplication::translate("Cli", "The proposed center");
    }
    const NetworkCenter& c = study.network.centers[static_cast<std::size_t>(center)];
    return placeName(c);
}

void printYears(const NetworkStudy& study, QTextStream& out)
{
    out << QCoreApplication::translate("Cli", "Year  Capacity P  Won P  Filled  Within reach P  Captured  Unserved P")
        << Qt::endl;
    for (int y = 0; y < study.with.years; ++y) {
        const double capacity = study.capacity(y);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(study.with.firstYear + y)
                   .arg(number(capacity), 10)
                   .arg(number(study.won(y)), 5)
                   .arg(capacity > 0 ? percent(study.won(y) / capacity) : QStringLiteral("–"), 6)
                   .arg(number(study.reachable(y)), 14)
                   .arg(percent(study.captureShare(y)), 8)
                   .arg(number(study.unserved(study.with, y)), 10)
            << Qt::endl;
    }
}

/// Rivals ranked by the load the proposed center takes from them in the shown year.
void printRivals(const NetworkStudy& study, int y, QTextStream& out)
{
    std::vector<int> order(static_cast<std::size_t>(study.with.rivals));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return study.lost(y, a) > study.lost(y, b); });
    out << Qt::endl
        << QCoreApplication::translate("Cli", "Centers in %1 (who loses when the proposed center opens):")
               .arg(study.with.firstYear + y)
        << Qt::endl;
    out << QCoreApplication::translate("Cli", "Utilization without → with   Lost P   Center") << Qt::endl;
    for (int center : order) {
        out << QStringLiteral("%1 → %2   %3   %4")
                   .arg(percent(study.utilization(study.without, y, center)), 6)
                   .arg(percent(study.utilization(study.with, y, center)), 6)
                   .arg(number(study.lost(y, center)), 6)
                   .arg(centerName(study, center))
            << Qt::endl;
    }
}

void printLinks(const NetworkStudy& study, int y, QTextStream& out)
{
    const std::vector<double> flows = study.linkFlows(y);
    std::vector<std::size_t> order(flows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return flows[a] > flows[b]; });
    out << Qt::endl
        << QCoreApplication::translate("Cli", "Busiest links in %1 (P carried):").arg(study.with.firstYear + y)
        << Qt::endl;
    for (std::size_t i = 0; i < order.size() && i < 10 && flows[order[i]] > 0; ++i) {
        const NetworkLink& link = study.network.links[order[i]];
        out << QStringLiteral("%1  %2 – %3 (%4 ms)")
                   .arg(number(flows[order[i]]), 9)
                   .arg(link.from, link.to, number(link.latencyMs, 1))
            << Qt::endl;
    }
}

void printSites(const std::vector<SiteOutcome>& sites, QTextStream& out)
{
    out << Qt::endl
        << QCoreApplication::translate("Cli", "Site comparison (the same center at each node):") << Qt::endl;
    out << QCoreApplication::translate("Cli", "NPV after tax M CNY  Utilization  Won P  Node") << Qt::endl;
    for (const SiteOutcome& site : sites) {
        const QString name = site.name.isEmpty() ? site.node : site.name;
        if (!site.npvAfterTaxCny) {
            out << QCoreApplication::translate("Cli", "not evaluated: %1 (%2)").arg(name, site.problem) << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(number(*site.npvAfterTaxCny / 1e6, 1), 19)
                   .arg(percent(site.averageUtilization), 11)
                   .arg(number(site.wonPflops), 5)
                   .arg(name)
            << Qt::endl;
    }
}

QJsonObject studyJson(const NetworkStudy& study, const std::vector<SiteOutcome>& sites)
{
    QJsonArray years;
    for (int y = 0; y < study.with.years; ++y) {
        QJsonArray centers;
        for (int c = 0; c < study.with.centers(); ++c) {
            centers.append(QJsonObject{
                {QStringLiteral("id"), c == study.proposed() ? QStringLiteral("proposed")
                                                             : study.network.centers[static_cast<std::size_t>(c)].id},
                {QStringLiteral("capacityPflops"), study.with.capacityAt(y, c)},
                {QStringLiteral("loadPflops"), study.with.loadAt(y, c)},
                {QStringLiteral("loadWithoutProposedPflops"), study.without.loadAt(y, c)}});
        }
        QJsonArray links;
        for (double flow : study.linkFlows(y)) {
            links.append(flow);
        }
        years.append(QJsonObject{{QStringLiteral("year"), study.with.firstYear + y},
                                 {QStringLiteral("capacityPflops"), study.capacity(y)},
                                 {QStringLiteral("wonPflops"), study.won(y)},
                                 {QStringLiteral("reachablePflops"), study.reachable(y)},
                                 {QStringLiteral("captureShare"), study.captureShare(y)},
                                 {QStringLiteral("unservedPflops"), study.unserved(study.with, y)},
                                 {QStringLiteral("centers"), centers},
                                 {QStringLiteral("linkFlowsPflops"), links}});
    }
    QJsonArray siteList;
    for (const SiteOutcome& site : sites) {
        QJsonObject entry{{QStringLiteral("node"), site.node},
                          {QStringLiteral("regionId"), site.regionId},
                          {QStringLiteral("averageUtilization"), site.averageUtilization},
                          {QStringLiteral("wonPflops"), site.wonPflops}};
        entry.insert(QStringLiteral("npvAfterTaxCny"),
                     site.npvAfterTaxCny ? QJsonValue(*site.npvAfterTaxCny) : QJsonValue(QJsonValue::Null));
        if (!site.problem.isEmpty()) {
            entry.insert(QStringLiteral("problem"), site.problem);
        }
        siteList.append(entry);
    }
    return {{QStringLiteral("years"), years}, {QStringLiteral("sites"), siteList}};
}

} // namespace

int network(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "What the compute network says about the proposed center: the demand it wins year by year, the rivals it "
        "takes it from, the links it travels and, with --sites, the same center at other nodes."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Scenario JSON file or project (.suanpan)."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("Cli", "Scenario of a project: its name or number."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("Cli", "Calendar year of the rivals and links tables."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption sites(
        QStringLiteral("sites"),
        QCoreApplication::translate("Cli", "Compare sites: \"all\" (every node with a region) or node ids separated by "
                                           "commas."),
        QStringLiteral("NODES"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the results as JSON."));
    parser.addOptions({scenario, year, sites, json});
    if (const int parsed = parseCommand(parser, arguments, 1, out, err); parsed != kContinue) {
        return parsed;
    }
    const QString path = parser.positionalArguments().constFirst();
    bool yearOk = true;
    const int askedYear = parser.isSet(year) ? parser.value(year).toInt(&yearOk) : 0;
    if (!yearOk) {
        err << QCoreApplication::translate("Cli", "%1: --year: expected a calendar year, found \"%2\"")
                   .arg(path, parser.value(year).left(40))
            << Qt::endl;
        return InvalidInput;
    }
    int exitCode = Ok;
    Catalog catalog;
    const std::optional<ResolvedScenario> resolved =
        loadWithPresets(path, parser.value(scenario), false, err, exitCode, &catalog);
    if (!resolved) {
        return exitCode;
    }
    if (!resolved->network) {
        err << QCoreApplication::translate(
                   "Cli", "%1: the scenario has no network; add a \"network\" section (docs/scenario-format.md).")
                   .arg(path)
            << Qt::endl;
        return InvalidInput;
    }
    const NetworkStudy study = studyNetwork(*resolved);
    std::vector<SiteOutcome> outcomes;
    if (parser.isSet(sites)) {
        const QString list = parser.value(sites);
        outcomes = compareSites(resolved->input, catalog,
                                list == QLatin1String("all") ? QStringList()
                                                             : list.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(studyJson(study, outcomes)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const int y = shownYear(study, askedYear);
    printYears(study, out);
    printRivals(study, y, out);
    printLinks(study, y, out);
    if (!outcomes.empty()) {
        printSites(outcomes, out);
    }
    return Ok;
}

} // namespace suanpan::cli
