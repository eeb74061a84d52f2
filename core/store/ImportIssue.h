#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace suanpan {

/** \brief One rejected part of an imported file: where it is and why. */
struct ImportIssue {
    int line = 0;       ///< 1-based line where the row starts; 0 = the file as a whole
    int column = 0;     ///< 1-based column; 0 = the whole row
    QString columnName; ///< the header of that column, if any
    QString message;

    /// "line 7, column 3 (value): expected a number, found "12,5"".
    QString toText() const;
};

/**
 * \brief The outcome of an import: either everything was applied, or nothing was and `issues` says why, row
 * by row. `notes` say what was done or ignored (values outside the horizon, the encoding that was assumed).
 */
struct ImportResult {
    bool applied = false;
    std::vector<ImportIssue> issues;
    QStringList notes;
    int logEntries = 0; ///< entries added to the assumption log
};

} // namespace suanpan
