// Speed of the desktop app (targets: an edit refreshes KPIs and charts in ≤ 50 ms; a shown main window with
// the sample project in ≤ 1.5 s from a cold start, measured separately with `suanpan --measure-startup`).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/BenchGui --benchmark_repetitions=5

#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

/// One edit typed into a field, through to repainted KPIs and charts.
void editRefreshesResults(benchmark::State& state)
{
    MainWindow window;
    window.session()->openSamples();
    window.show();
    QApplication::processEvents();
    auto* density = window.findChild<QDoubleSpinBox*>(QStringLiteral("racks.designKwPerRack"));
    double value = 30;
    for (auto _ : state) {
        value = value == 30 ? 31 : 30;
        density->setValue(value);
        window.repaint(); // the KPI strip and the visible chart draw now, not later
        QApplication::processEvents();
    }
    window.document()->undoStack()->setClean();
}
BENCHMARK(editRefreshesResults)->Unit(benchmark::kMillisecond);

/// Building and showing the main window with the sample project (in-process part of a cold start).
void showMainWindow(benchmark::State& state)
{
    for (auto _ : state) {
        MainWindow window;
        window.session()->openSamples();
        window.show();
        QApplication::processEvents();
        window.document()->undoStack()->setClean();
    }
}
BENCHMARK(showMainWindow)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
