#include "FuzzEntries.h"

#include "engine/Engine.h"
#include "model/Catalog.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "risk/RiskSimulation.h"
#include "store/CatalogImport.h"
#include "store/DemandImport.h"
#include "store/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace suanpan::fuzz {

namespace {

/// The sample every section and import is tried on: it has contracts, phases and several segments.
constexpr char kBaseSample[] = "/data/samples/commercial-h200-contracted.json";

struct State {
    QCoreApplication* app = nullptr; ///< never deleted: it must outlive every static that uses Qt
    std::unique_ptr<QTemporaryDir> folder;
    QJsonObject baseScenario;
    Project baseProject;
};

State& state()
{
    static State s;
    return s;
}

/// A broken promise: report it and abort, so that libFuzzer keeps the input and the test fails.
void require(bool promise, const char* what)
{
    if (!promise) {
        std::fprintf(stderr, "fuzz: promise broken: %s\n", what);
        std::abort();
    }
}

QJsonObject readBaseScenario()
{
    QFile file(QStringLiteral(SUANPAN_SOURCE_DIR) + QLatin1String(kBaseSample));
    require(file.open(QIODevice::ReadOnly), "the base sample opens");
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void initialize()
{
    State& s = state();
    if (s.app) {
        return;
    }
    static int argc = 1;
    static char name[] = "suanpan-fuzz";
    static char* argv[] = {name, nullptr};
    s.app = new QCoreApplication(argc, argv);
    s.folder = std::make_unique<QTemporaryDir>();
    require(s.folder->isValid(), "a temporary folder");
    s.baseScenario = readBaseScenario();
    ValidationReport report;
    const Scenario base = ScenarioJson::fromJson(s.baseScenario, Catalog::builtIn(), report);
    require(report.isValid(), "the base sample reads");
    QString error;
    require(s.baseProject.addScenario(base, QString(), &error), "the base project");
}

void scenarioJson(const QByteArray& bytes)
{
    const Catalog& catalog = Catalog::builtIn();
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromBytes(bytes, catalog, report);
    if (!report.isValid()) {
        return;
    }
    const QByteArray written = ScenarioJson::toBytes(scenario);
    ValidationReport again;
    const Scenario reread = ScenarioJson::fromBytes(written, catalog, again);
    require(again.isValid(), "a scenario read without problems writes a file that reads without problems");
    require(reread == scenario, "a written scenario reads back equal");
    require(ScenarioJson::toBytes(reread) == written, "the canonical writer is stable");
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    if (!resolved) {
        require(!report.isValid(), "a refused scenario says why");
        return;
    }
    const Results results = evaluate(*resolved);
    require(!std::isnan(results.summary.npvAfterTaxCny), "a valid scenario's NPV is a number");
}

void uncertaintySection(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return;
    }
    QJsonObject json = state().baseScenario;
    json.insert(QStringLiteral("uncertainty"),
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const Catalog& catalog = Catalog::builtIn();
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    if (!report.isValid()) {
        return;
    }
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    if (!resolved || resolved->input.uncertainty.isEmpty()) {
        return;
    }
    RiskSettings settings;
    settings.trials = 16;
    settings.threads = 1;
    settings.histogramBins = 4;
    const RiskResults results = RiskSimulation(*resolved).run(settings);
    require(!results.cancelled, "a run nobody cancels finishes");
}

void csvImport(const QByteArray& bytes)
{
    const Project& base = state().baseProject;
    Project project = base;
    const ImportResult demand =
        DemandImport::apply(project, base.scenarioNames().front(), bytes, QStringLiteral("fuzz.csv"));
    require(demand.applied || project == base, "a refused demand import changes nothing");
    for (int k = 0; k < kCatalogKindCount; ++k) {
        Project catalogProject = base;
        const ImportResult result =
            CatalogImport::apply(catalogProject, static_cast<CatalogKind>(k), bytes, QStringLiteral("fuzz.csv"));
        require(result.applied || catalogProject == base, "a refused catalog import changes nothing");
    }
}

void projectFile(const QByteArray& bytes)
{
    const QString path = state().folder->filePath(QStringLiteral("input.suanpan"));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input file is written");
        require(file.write(bytes) == bytes.size(), "the input file is written whole");
    }
    ProjectLoadResult loaded = ProjectFile::load(path);
    if (!loaded.ok()) {
        require(!loaded.error.isEmpty(), "a refused file says why");
        return;
    }
    QFile input(path);
    require(input.open(QIODevice::ReadOnly) && input.readAll() == bytes, "loading leaves the file untouched");
    const QString copy = state().folder->filePath(QStringLiteral("saved.suanpan"));
    QString error;
    require(ProjectFile::save(*loaded.project, copy, &error), "a loaded project saves");
    const ProjectLoadResult reloaded = ProjectFile::load(copy);
    require(reloaded.ok() && *reloaded.project == *loaded.project, "a saved project loads back equal");
}

} // namespace suanpan::fuzz
