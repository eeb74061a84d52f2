#include "NetworkLibrary.h"

#include "model/JsonText.h"
#include "model/ScenarioSchema.h"
#include "model/ValidationReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace suanpan {

const NetworkLibrary& NetworkLibrary::builtIn()
{
    static const NetworkLibrary library = [] {
        NetworkLibrary loaded;
        const QDir dir(QStringLiteral(":/networks"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QString error;
            if (!file.open(QIODevice::ReadOnly) || !loaded.load(file.readAll(), &error)) {
                loaded.m_loadErrors.append(name + QStringLiteral(": ") + error);
            }
        }
        return loaded;
    }();
    return library;
}

bool NetworkLibrary::load(const QByteArray& json, QString* error)
{
    QString problem;
    const std::optional<QJsonObject> object = JsonText::parseObject(json, &problem);
    if (!object) {
        *error = problem;
        return false;
    }
    ValidationReport report;
    JsonReader r(*object, QString(), report);
    r.rejectUnknown(
        {"network", "formatVersion", "name", "nameZh", "description", "conventions", "nodes", "centers", "links"});
    ShippedNetwork shipped;
    shipped.id = r.string("network");
    shipped.name = r.string("name");
    shipped.nameZh = r.optionalString("nameZh");
    shipped.description = r.optionalString("description");
    readList(r, "nodes", true, schema::networkNode, shipped.network.nodes, {"source"});
    readList(r, "centers", false, schema::networkCenter, shipped.network.centers, {"source"});
    readList(r, "links", true, schema::networkLink, shipped.network.links, {"source"});
    if (!report.issues().empty()) {
        *error = report.issues().front().path + QStringLiteral(": ") + report.issues().front().message;
        return false;
    }
    if (find(shipped.id) != nullptr) {
        *error = QCoreApplication::translate("Validation", "network \"%1\" is shipped twice").arg(shipped.id);
        return false;
    }
    m_networks.push_back(std::move(shipped));
    return true;
}

const ShippedNetwork* NetworkLibrary::find(const QString& id) const
{
    for (const ShippedNetwork& shipped : m_networks) {
        if (shipped.id == id) {
            return &shipped;
        }
    }
    return nullptr;
}

QStringList NetworkLibrary::ids() const
{
    QStringList list;
    for (const ShippedNetwork& shipped : m_networks) {
        list.append(shipped.id);
    }
    return list;
}

} // namespace suanpan
