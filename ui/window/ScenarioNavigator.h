#pragma once

#include <QWidget>

class QListView;
class QToolButton;

namespace suanpan {

class ScenarioDocument;
class ScenarioListModel;

/** \brief The list of scenarios with add, duplicate, rename and delete (all undoable). */
class ScenarioNavigator : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioNavigator(ScenarioDocument* document, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    void addScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();
    void retranslate();

private:
    void syncSelection();

    ScenarioDocument* m_document;
    ScenarioListModel* m_model;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_rename;
    QToolButton* m_delete;
};

} // namespace suanpan
