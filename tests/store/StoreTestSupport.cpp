#include "StoreTestSupport.h"

#include "TestScenarios.h"
#include "model/ScenarioJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace suanpan::test {

QStringList sampleNames()
{
    return {QStringLiteral("west-cautionary-1000-card"), QStringLiteral("east-500p-vouchers"),
            QStringLiteral("west-hub-training")};
}

Scenario sampleScenario(const QString& name)
{
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromBytes(readAll(samplePath(name)), Catalog::builtIn(), report);
    if (!report.isValid()) {
        qFatal("sample %s does not read: %s", qPrintable(name), qPrintable(report.toTextLines().join('\n')));
    }
    return scenario;
}

Project sampleProject()
{
    Project project;
    project.metadata().title = QStringLiteral("算盘 samples — three proposals");
    project.metadata().author = QStringLiteral("张伟");
    project.metadata().organization = QStringLiteral("Provincial Development and Reform Commission 发改委");
    QString error;
    for (const QString& name : sampleNames()) {
        if (!project.addScenario(sampleScenario(name), QStringLiteral("from %1.json").arg(name), &error)) {
            qFatal("%s", qPrintable(error));
        }
    }
    return project;
}

Project largeProject(int scenarios, int logEntries)
{
    Project project;
    project.metadata().title = QStringLiteral("Large project");
    ValidationReport report;
    Scenario base = ScenarioJson::fromJson(largeScenarioJson(), Catalog::builtIn(), report);
    QString error;
    for (int i = 0; i < scenarios; ++i) {
        Scenario copy = base;
        copy.name = QStringLiteral("Variant %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        copy.chipMix[0].count = 1024 + i;
        project.addScenario(copy, QString(), &error);
    }
    std::vector<AssumptionLogEntry> entries;
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = static_cast<int>(project.log().size()); i < logEntries; ++i) {
        AssumptionLogEntry e;
        e.time = start.addSecs(60LL * i);
        e.scenario = QStringLiteral("Variant %1").arg(i % scenarios + 1, 2, 10, QLatin1Char('0'));
        e.fieldPath = QStringLiteral("chipMix[0].count");
        e.oldValue = QString::number(1000 + i);
        e.newValue = QString::number(1001 + i);
        e.note = QStringLiteral("revision %1 of the consultant's chip count").arg(i);
        entries.push_back(e);
    }
    project.record(std::move(entries));
    return project;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace suanpan::test
