// Speed of the deliverables (targets: the full study PDF of one scenario without Monte Carlo in ≤ 2 s, the
// workbook in ≤ 0.5 s). The study (evaluation, break-evens, sensitivity) is timed on its own and inside the PDF.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/BenchReport --benchmark_repetitions=3

#include "Report.h"
#include "TestScenarios.h"
#include "Workbook.h"
#include "study/Study.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

const char* const kSample = "commercial-h200-contracted";

Study sampleStudy()
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QLatin1String(kSample)));
    return *StudyPipeline::studyScenarioFile(scenario.input.name, scenario, {}).study;
}

void study(benchmark::State& state)
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QLatin1String(kSample)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(StudyPipeline::studyScenarioFile(scenario.input.name, scenario, {}));
    }
}
BENCHMARK(study)->Unit(benchmark::kMillisecond);

/// The whole PDF: study, layout, painting, and the file written.
void reportPdf(benchmark::State& state)
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QLatin1String(kSample)));
    QTemporaryDir folder;
    QString error;
    int pages = 0;
    for (auto _ : state) {
        const Study s = *StudyPipeline::studyScenarioFile(scenario.input.name, scenario, {}).study;
        if (!Report::writePdf(s, {}, folder.filePath(QStringLiteral("report.pdf")), &error, &pages)) {
            state.SkipWithError(qPrintable(error));
        }
    }
    state.counters["pages"] = pages;
}
BENCHMARK(reportPdf)->Unit(benchmark::kMillisecond);

void workbook(benchmark::State& state)
{
    const Study s = sampleStudy();
    QTemporaryDir folder;
    QString error;
    for (auto _ : state) {
        const Study copy = s;
        if (!Workbook::write(copy, copy.scenarios.front(), folder.filePath(QStringLiteral("study.xlsx")), &error)) {
            state.SkipWithError(qPrintable(error));
        }
    }
}
BENCHMARK(workbook)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
