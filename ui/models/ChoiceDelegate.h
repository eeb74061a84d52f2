#pragma once

#include <QStyledItemDelegate>

namespace suanpan {

/**
 * \brief Edits cells of JsonArrayTableModel: a combo box for choice columns (values and labels from the
 * model's roles), spin boxes with a wide range for numbers (so that an out-of-range value can be typed and
 * shown with the engine's message, rather than silently clamped).
 */
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace suanpan
