#pragma once

#include "Project.h"

#include <QJsonObject>

#include <map>
#include <vector>

namespace suanpan {

/**
 * \brief The project's catalog as it was at any point of the assumption log.
 *
 * Catalog changes are logged project-wide (`catalog.chips[h20].cardPriceCny`, or a whole entry at
 * `catalog.chips[h20-grey]`); undoing them newest-first from today's catalog gives the catalog after any
 * log entry. Earlier versions of a scenario are evaluated with the catalog of their time, so that a price
 * change shows as the change that moved the NPV, not as a rewrite of history.
 */
class CatalogHistory {
public:
    explicit CatalogHistory(const Project& project);

    /// The catalog right after log entry `id` (0 = before the first entry). If the log's catalog changes
    /// cannot all be undone (edited by hand), the oldest catalog that could be rebuilt is used for earlier times.
    const Catalog& after(qint64 id);

    /// False when some catalog change could not be undone.
    bool isComplete() const { return m_complete; }

private:
    std::vector<qint64> m_changeIds;         ///< ids of catalog changes, oldest first
    std::vector<QJsonObject> m_documents;    ///< [k] = the catalog with the k newest changes undone
    std::map<qsizetype, Catalog> m_catalogs; ///< built when first asked for (node-based: references stay valid)
    bool m_complete = true;
};

} // namespace suanpan
