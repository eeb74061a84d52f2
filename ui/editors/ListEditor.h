#pragma once

#include "models/JsonArrayTableModel.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace suanpan {

class ScenarioDocument;

/**
 * \brief A list of the current scenario (chip mix, phases, segments, subsidies) as an editable table with
 * Add and Remove buttons, and the engine's messages about the list (or its rows) under it.
 */
class ListEditor : public QWidget {
    Q_OBJECT

public:
    ListEditor(ScenarioDocument* document, const QString& arrayPath, std::vector<ColumnSpec> columns,
               std::function<QJsonObject()> newEntry, QWidget* parent = nullptr);

    JsonArrayTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Adds an entry and selects it.
    void append(const QJsonObject& entry);
    void retranslate();

private:
    void refreshIssues();

    ScenarioDocument* m_document;
    JsonArrayTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_issues;
    std::function<QJsonObject()> m_newEntry;
};

} // namespace suanpan
