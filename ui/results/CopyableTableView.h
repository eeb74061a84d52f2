#pragma once

#include <QTableView>

namespace suanpan {

/**
 * \brief A table view whose selection copies to the clipboard as tab-separated values with the column
 * headers, using the raw numbers (Qt::EditRole) so that a spreadsheet receives figures, not formatted text.
 */
class CopyableTableView : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;

    /// The selection (or the whole table if nothing is selected) as TSV.
    QString selectionAsTsv() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace suanpan
