#include "CatalogHistory.h"

#include "ScenarioDiff.h"
#include "ScenarioHistory.h"

#include <QRegularExpression>

#include <algorithm>

namespace suanpan {

namespace {

/// `catalog.chips[h20].cardPriceCny` → `chips["h20"].cardPriceCny`, a path within the document below.
std::optional<QString> documentPath(const QString& fieldPath)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^catalog\.([a-z]+)\[([^\]]+)\](.*)$)"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1) + QLatin1Char('[') + ScenarioDiff::valueText(match.captured(2)) + QLatin1Char(']') +
           match.captured(3);
}

/// The catalog as a document: {"chips": {"h20": {…}, …}, "cooling": {…}, …}.
QJsonObject toDocument(const Catalog& catalog)
{
    QJsonObject document;
    for (int k = 0; k < kCatalogKindCount; ++k) {
        const auto kind = static_cast<CatalogKind>(k);
        QJsonObject entries;
        for (const QJsonObject& entry : catalog.entries(kind)) {
            entries.insert(entry.value(QStringLiteral("id")).toString(), entry);
        }
        document.insert(catalogName(kind), entries);
    }
    return document;
}

Catalog fromDocument(const QJsonObject& document)
{
    Catalog catalog = Catalog::builtIn();
    for (int k = 0; k < kCatalogKindCount; ++k) {
        const auto kind = static_cast<CatalogKind>(k);
        const QJsonObject entries = document.value(catalogName(kind)).toObject();
        for (const QString& id : catalog.ids(kind)) {
            if (!entries.contains(id)) {
                catalog.removeEntry(kind, id);
            }
        }
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            catalog.setEntry(kind, it.value().toObject());
        }
    }
    return catalog;
}

} // namespace

CatalogHistory::CatalogHistory(const Project& project)
{
    m_documents.push_back(toDocument(project.catalog()));
    std::vector<AssumptionLogEntry> changes;
    for (const AssumptionLogEntry& e : project.log()) {
        if (e.scenario.isEmpty() && e.fieldPath.startsWith(QLatin1String("catalog."))) {
            changes.push_back(e);
            m_changeIds.push_back(e.id);
        }
    }
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        AssumptionLogEntry undoable = *it;
        const std::optional<QString> path = documentPath(it->fieldPath);
        QJsonObject document = m_documents.back();
        if (!path) {
            m_complete = false;
            break;
        }
        undoable.fieldPath = *path;
        if (!ScenarioHistory::undo(document, undoable)) {
            m_complete = false;
            break;
        }
        m_documents.push_back(document);
    }
}

const Catalog& CatalogHistory::after(qint64 id)
{
    // Changes recorded after `id` are undone: their count is the index into m_documents.
    const auto later = m_changeIds.end() - std::upper_bound(m_changeIds.begin(), m_changeIds.end(), id);
    const qsizetype undone = std::min<qsizetype>(later, static_cast<qsizetype>(m_documents.size()) - 1);
    auto found = m_catalogs.find(undone);
    if (found == m_catalogs.end()) {
        found = m_catalogs.emplace(undone, fromDocument(m_documents[static_cast<std::size_t>(undone)])).first;
    }
    return found->second;
}

} // namespace suanpan
