#include "ChoiceDelegate.h"

#include "JsonArrayTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <limits>

namespace suanpan {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QStringList choices = index.data(JsonArrayTableModel::ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        const QStringList labels = index.data(JsonArrayTableModel::ChoiceLabelsRole).toStringList();
        for (qsizetype i = 0; i < choices.size(); ++i) {
            combo->addItem(i < labels.size() ? labels.at(i) : choices.at(i), choices.at(i));
        }
        return combo;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (value.typeId() == QMetaType::Double) {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e15, 1e15);
        spin->setDecimals(4);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    if (value.typeId() == QMetaType::Int) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace suanpan
