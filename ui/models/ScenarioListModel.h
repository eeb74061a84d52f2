#pragma once

#include <QAbstractListModel>

namespace suanpan {

class ScenarioDocument;

/** \brief The scenario navigator: one row per scenario, with its validity; renaming pushes an undo command. */
class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit ScenarioListModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    ScenarioDocument* m_document;
    int m_rows = 0;
};

} // namespace suanpan
