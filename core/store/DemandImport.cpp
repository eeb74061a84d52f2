#include "DemandImport.h"

#include "DemandCsv.h"
#include "model/FieldSpecs.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>
#include <QSet>

namespace suanpan::DemandImport {

namespace {

int segmentIndex(const Scenario& scenario, const QString& label)
{
    for (std::size_t i = 0; i < scenario.demand.size(); ++i) {
        if (scenario.demand[i].id == label) {
            return static_cast<int>(i);
        }
    }
    for (std::size_t i = 0; i < scenario.demand.size(); ++i) {
        if (scenario.demand[i].name.trimmed() == label) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList segmentIds(const Scenario& scenario)
{
    QStringList ids;
    for (const DemandSegment& segment : scenario.demand) {
        ids << segment.id;
    }
    return ids;
}

QSet<QString> problemTexts(const Scenario& scenario, const Catalog& catalog)
{
    ValidationReport report;
    resolveScenario(scenario, catalog, report);
    const QStringList lines = report.toTextLines();
    return {lines.begin(), lines.end()};
}

/// The horizon's slice of a series: one value per year or month from January of the start year.
std::optional<std::vector<double>> horizonSlice(const DemandCsv::ParsedSeries& parsed, const Scenario& scenario,
                                                const DemandCsv::Parsed& file, ImportResult& result)
{
    const DemandSeries& s = parsed.series;
    const bool monthly = s.period == DemandPeriod::Month;
    const int first = monthly ? s.firstYear * 12 + s.firstMonth - 1 : s.firstYear;
    const int start = monthly ? scenario.startYear * 12 : scenario.startYear;
    const int count = scenario.horizonYears * (monthly ? 12 : 1);
    const int last = first + static_cast<int>(s.valuesPflops.size()) - 1;
    if (first > start || last < start + count - 1) {
        const int missing = first > start ? start : last + 1;
        const QString period =
            monthly ? QStringLiteral("%1-%2").arg(missing / 12).arg(missing % 12 + 1, 2, 10, QLatin1Char('0'))
                    : QString::number(missing);
        result.issues.push_back({parsed.lines.front(), file.segmentColumn, file.header.value(file.segmentColumn - 1),
                                 QCoreApplication::translate("Import", "segment \"%1\" has no value for %2; the "
                                                                       "scenario's horizon is %3–%4")
                                     .arg(parsed.label, period)
                                     .arg(scenario.startYear)
                                     .arg(scenario.startYear + scenario.horizonYears - 1)});
        return std::nullopt;
    }
    const auto begin = s.valuesPflops.begin() + (start - first);
    if (static_cast<int>(s.valuesPflops.size()) > count) {
        result.notes << QCoreApplication::translate("Import", "Segment \"%1\": %2 values outside the horizon "
                                                              "(%3–%4) were kept with the import but not used.")
                            .arg(parsed.label)
                            .arg(static_cast<int>(s.valuesPflops.size()) - count)
                            .arg(scenario.startYear)
                            .arg(scenario.startYear + scenario.horizonYears - 1);
    }
    return std::vector<double>(begin, begin + count);
}

/// Each parsed series becomes the series forecast of the segment it names; the series kept with their origin.
/// A segment the scenario does not have, named twice, or a series that does not cover the horizon is reported.
std::vector<DemandSeries> feedSegments(Scenario& updated, const QString& scenarioName, const DemandCsv::Parsed& parsed,
                                       const QString& sourceFile, ImportResult& result)
{
    std::vector<DemandSeries> kept;
    QSet<int> fed;
    for (const DemandCsv::ParsedSeries& p : parsed.series) {
        const int index = segmentIndex(updated, p.label);
        if (index < 0) {
            for (int line : p.lines) {
                result.issues.push_back(
                    {line, parsed.segmentColumn, parsed.header.value(parsed.segmentColumn - 1),
                     QCoreApplication::translate("Import", "\"%1\" is not a segment of scenario "
                                                           "\"%2\" (its segments: %3)")
                         .arg(p.label, scenarioName, segmentIds(updated).join(QStringLiteral(", ")))});
            }
            continue;
        }
        if (fed.contains(index)) {
            result.issues.push_back({p.lines.front(), parsed.segmentColumn,
                                     parsed.header.value(parsed.segmentColumn - 1),
                                     QCoreApplication::translate("Import", "\"%1\" names segment \"%2\" again")
                                         .arg(p.label, updated.demand[static_cast<std::size_t>(index)].id)});
            continue;
        }
        fed.insert(index);
        const std::optional<std::vector<double>> values = horizonSlice(p, updated, parsed, result);
        if (!values) {
            continue;
        }
        DemandSegment& segment = updated.demand[static_cast<std::size_t>(index)];
        segment.forecast.type = ForecastType::Series;
        segment.forecast.seriesPflops = *values;
        DemandSeries series = p.series;
        series.scenario = scenarioName;
        series.segment = segment.id;
        series.sourceFile = sourceFile;
        series.imported = QDateTime::currentDateTimeUtc();
        kept.push_back(series);
    }
    return kept;
}

/// Saves the scenario (one log entry per changed figure) and keeps the imported series with the project.
void store(Project& project, const QString& scenarioName, const Scenario& updated,
           const std::vector<DemandSeries>& kept, const QString& logNote, ImportResult& result)
{
    QString error;
    const std::size_t logBefore = project.log().size();
    if (!project.updateScenario(scenarioName, updated, logNote, &error)) {
        result.issues.push_back({0, 0, QString(), error});
        return;
    }
    for (const DemandSeries& series : kept) {
        project.setDemandSeries(series);
        const QString kind = series.period == DemandPeriod::Year ? QCoreApplication::translate("Import", "yearly")
                                                                 : QCoreApplication::translate("Import", "monthly");
        const int count = static_cast<int>(series.valuesPflops.size());
        result.notes << QCoreApplication::translate("Import", "Segment \"%1\": %2 %3 values (%4).")
                            .arg(series.segment)
                            .arg(count)
                            .arg(kind, series.unit);
    }
    result.logEntries = static_cast<int>(project.log().size() - logBefore);
    result.applied = true;
}

} // namespace

ImportResult apply(Project& project, const QString& scenarioName, const QByteArray& csv, const QString& sourceFile,
                   const QString& note)
{
    ImportResult result;
    const Scenario* current = project.scenario(scenarioName);
    if (current == nullptr) {
        result.issues.push_back({0, 0, QString(),
                                 QCoreApplication::translate("Import", "the project has no scenario named \"%1\" (it "
                                                                       "has: %2)")
                                     .arg(scenarioName, project.scenarioNames().join(QStringLiteral(", ")))});
        return result;
    }
    DemandCsv::Parsed parsed = DemandCsv::parse(csv);
    result.issues = parsed.issues;
    result.notes = parsed.notes;
    if (parsed.series.empty() && parsed.issues.empty()) {
        result.issues.push_back({0, 0, QString(), QCoreApplication::translate("Import", "the file has no rows")});
    }
    Scenario updated = *current;
    const std::vector<DemandSeries> kept = feedSegments(updated, scenarioName, parsed, sourceFile, result);
    if (!result.issues.empty()) {
        return result;
    }
    // The imported series must leave a valid scenario: only problems it introduces are reported, so that a
    // scenario still being edited can take a forecast.
    const Catalog catalog = project.catalog();
    const QSet<QString> before = problemTexts(*current, catalog);
    ValidationReport report;
    resolveScenario(updated, catalog, report);
    for (const ValidationIssue& issue : report.issues()) {
        if (!before.contains(issue.toText())) {
            result.issues.push_back({0, 0, QString(), issue.toText()});
        }
    }
    if (!result.issues.empty()) {
        return result;
    }
    const QString logNote =
        note.isEmpty() ? QCoreApplication::translate("Import", "demand forecast imported from %1").arg(sourceFile)
                       : note;
    store(project, scenarioName, updated, kept, logNote, result);
    return result;
}

} // namespace suanpan::DemandImport
