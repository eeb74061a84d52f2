#include "Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan {

QString catalogName(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Chips:
        return QStringLiteral("chips");
    case CatalogKind::Cooling:
        return QStringLiteral("cooling");
    case CatalogKind::Regions:
        return QStringLiteral("regions");
    case CatalogKind::Redundancy:
        return QStringLiteral("redundancy");
    }
    return {};
}

std::optional<CatalogKind> catalogKindFromName(const QString& name)
{
    for (int k = 0; k < kCatalogKindCount; ++k) {
        if (catalogName(static_cast<CatalogKind>(k)) == name) {
            return static_cast<CatalogKind>(k);
        }
    }
    return std::nullopt;
}

namespace {

QByteArray readResource(const QString& path, QStringList& errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << QCoreApplication::translate("Catalog", "Cannot read the built-in catalog %1.").arg(path);
        return {};
    }
    return file.readAll();
}

} // namespace

Catalog Catalog::loadBuiltIn()
{
    Catalog catalog;
    QStringList errors;
    for (int k = 0; k < kCatalogKindCount; ++k) {
        const auto kind = static_cast<CatalogKind>(k);
        const QString path = QStringLiteral(":/catalogs/%1.json").arg(catalogName(kind));
        QString error;
        if (!catalog.loadCatalog(kind, readResource(path, errors), &error)) {
            errors << error;
        }
    }
    QString error;
    if (!catalog.loadDefaults(readResource(QStringLiteral(":/catalogs/defaults.json"), errors), &error)) {
        errors << error;
    }
    // Kept on the catalog so that callers (CLI, tests) can report them.
    catalog.m_loadErrors = errors;
    return catalog;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = loadBuiltIn();
    return catalog;
}

bool Catalog::loadCatalog(CatalogKind kind, const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString name = catalogName(kind);
    if (document.isNull() || !document.isObject()) {
        *error = QCoreApplication::translate("Catalog", "The %1 catalog is not valid JSON: %2")
                     .arg(name, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("catalog")).toString() != name) {
        *error = QCoreApplication::translate("Catalog", "The file is not a %1 catalog.").arg(name);
        return false;
    }
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue& value : entries) {
        const QJsonObject entryObject = value.toObject();
        if (entryObject.value(QStringLiteral("id")).toString().isEmpty()) {
            *error = QCoreApplication::translate("Catalog", "An entry of the %1 catalog has no id.").arg(name);
            return false;
        }
        setEntry(kind, entryObject);
    }
    return true;
}

bool Catalog::loadDefaults(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = QCoreApplication::translate("Catalog", "The defaults file is not valid JSON: %1")
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject values = document.object().value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        DefaultValue value;
        value.value = item.value(QStringLiteral("value"));
        value.unit = item.value(QStringLiteral("unit")).toString();
        value.source = item.value(QStringLiteral("source")).toString();
        value.asOf = item.value(QStringLiteral("asOf")).toString();
        value.estimate = item.value(QStringLiteral("estimate")).toBool();
        if (value.value.isUndefined()) {
            *error = QCoreApplication::translate("Catalog", "The default for %1 has no value.").arg(it.key());
            return false;
        }
        m_defaults.insert(it.key(), value);
    }
    return true;
}

void Catalog::setEntry(CatalogKind kind, const QJsonObject& entryObject)
{
    auto& list = m_entries[static_cast<std::size_t>(kind)];
    const QString id = entryObject.value(QStringLiteral("id")).toString();
    for (QJsonObject& existing : list) {
        if (existing.value(QStringLiteral("id")).toString() == id) {
            existing = entryObject;
            return;
        }
    }
    list.push_back(entryObject);
}

bool Catalog::removeEntry(CatalogKind kind, const QString& id)
{
    auto& list = m_entries[static_cast<std::size_t>(kind)];
    const auto count = std::erase_if(
        list, [&id](const QJsonObject& entry) { return entry.value(QStringLiteral("id")).toString() == id; });
    return count > 0;
}

const QJsonObject* Catalog::entry(CatalogKind kind, const QString& id) const
{
    for (const QJsonObject& candidate : m_entries[static_cast<std::size_t>(kind)]) {
        if (candidate.value(QStringLiteral("id")).toString() == id) {
            return &candidate;
        }
    }
    return nullptr;
}

const std::vector<QJsonObject>& Catalog::entries(CatalogKind kind) const
{
    return m_entries[static_cast<std::size_t>(kind)];
}

QStringList Catalog::ids(CatalogKind kind) const
{
    QStringList list;
    for (const QJsonObject& candidate : entries(kind)) {
        list << candidate.value(QStringLiteral("id")).toString();
    }
    return list;
}

const DefaultValue* Catalog::defaultFor(const QString& pattern) const
{
    const auto it = m_defaults.constFind(pattern);
    return it == m_defaults.constEnd() ? nullptr : &it.value();
}

} // namespace suanpan
