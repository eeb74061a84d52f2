// The main of the benchmarks without a GUI: a QCoreApplication first (the catalogs are Qt resources and the
// SQLite driver is a Qt plugin), then Google Benchmark with its own arguments.

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
