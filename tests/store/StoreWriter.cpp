// Helper of TestAtomicSave: saves two large projects ("A" and "B") over one file, alternately, until killed.
//
//   StoreWriter PATH --once   save A once and exit (the starting file)
//   StoreWriter PATH --loop   print "ready", then save B, A, B, … printing "saved N" after each

#include "StoreTestSupport.h"
#include "store/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace suanpan;

namespace {

Project projectA()
{
    Project a = test::largeProject(20, 5000);
    a.metadata().title = QStringLiteral("A");
    return a;
}

/// B differs from A in every scenario (and so in the log, which records it).
Project projectB()
{
    Project b = projectA();
    b.metadata().title = QStringLiteral("B");
    QString error;
    for (const Scenario& scenario : std::vector<Scenario>(b.scenarios())) {
        Scenario changed = scenario;
        changed.chipMix[0].count += 1000;
        b.updateScenario(scenario.name, changed, QStringLiteral("B"), &error);
    }
    return b;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        return 2;
    }
    const QString path = arguments.at(1);
    QTextStream out(stdout);
    QString error;
    Project a = projectA();
    if (arguments.at(2) == QLatin1String("--once")) {
        return ProjectFile::save(a, path, &error) ? 0 : 1;
    }
    Project b = projectB();
    out << "ready" << Qt::endl;
    for (qint64 i = 1;; ++i) {
        if (!ProjectFile::save(i % 2 == 1 ? b : a, path, &error)) {
            out << "error " << error << Qt::endl;
            return 1;
        }
        out << "saved " << i << Qt::endl;
    }
}
