#include "CopyableTableView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>

#include <set>

namespace suanpan {

QString CopyableTableView::selectionAsTsv() const
{
    const QAbstractItemModel* m = model();
    if (m == nullptr) {
        return {};
    }
    std::set<int> rows;
    std::set<int> columns;
    for (const QModelIndex& index :
         selectionModel() != nullptr ? selectionModel()->selectedIndexes() : QModelIndexList()) {
        rows.insert(index.row());
        columns.insert(index.column());
    }
    if (rows.empty()) {
        for (int r = 0; r < m->rowCount(); ++r) {
            rows.insert(r);
        }
        for (int c = 0; c < m->columnCount(); ++c) {
            columns.insert(c);
        }
    }
    auto clean = [](QString text) {
        return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int c : columns) {
        header << clean(m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns) {
            const QVariant raw = m->data(m->index(r, c), Qt::EditRole);
            cells << clean(raw.isValid() ? raw.toString() : m->data(m->index(r, c), Qt::DisplayRole).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CopyableTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void CopyableTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace suanpan
