#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace suanpan {

enum class CatalogKind { Chips, Cooling, Regions, Redundancy };
inline constexpr int kCatalogKindCount = 4;

/// File-format name of a catalog ("chips", "cooling", "regions", "redundancy").
QString catalogName(CatalogKind kind);
/// The kind with that file-format name, if any.
std::optional<CatalogKind> catalogKindFromName(const QString& name);

/** \brief A default figure for a scenario field, with where it comes from. */
struct DefaultValue {
    QJsonValue value;
    QString unit;
    QString source;
    QString asOf;
    bool estimate = false;
};

/**
 * \brief The reference data a scenario refers to by id: chips, cooling technologies, regions, redundancy
 * levels, and the default figures of scenario fields.
 *
 * Entries are kept as JSON objects so that a scenario's `override` can replace any field; the typed specs
 * are made by CatalogParse after merging. The built-in catalog is read from the sourced files in
 * data/catalogs (embedded as resources); a project may add or replace entries (its own chip prices,
 * custom regions).
 */
class Catalog {
public:
    /// The catalogs shipped with Suanpan (loaded once; a broken built-in file is a build defect that the
    /// tests catch, and is reported through loadErrors()).
    static const Catalog& builtIn();

    /// Reads a catalog file ({"catalog": name, "entries": [...]}); returns false and sets error if it is not one.
    bool loadCatalog(CatalogKind kind, const QByteArray& json, QString* error);
    /// Reads data/catalogs/defaults.json.
    bool loadDefaults(const QByteArray& json, QString* error);

    /// Adds an entry or replaces the one with the same id.
    void setEntry(CatalogKind kind, const QJsonObject& entry);
    bool removeEntry(CatalogKind kind, const QString& id);

    const QJsonObject* entry(CatalogKind kind, const QString& id) const;
    const std::vector<QJsonObject>& entries(CatalogKind kind) const;
    QStringList ids(CatalogKind kind) const;

    const DefaultValue* defaultFor(const QString& pattern) const;
    const QHash<QString, DefaultValue>& defaults() const { return m_defaults; }

    const QStringList& loadErrors() const { return m_loadErrors; }

private:
    static Catalog loadBuiltIn();

    std::array<std::vector<QJsonObject>, kCatalogKindCount> m_entries;
    QHash<QString, DefaultValue> m_defaults;
    QStringList m_loadErrors;
};

} // namespace suanpan
