#include "ScenarioNavigator.h"

#include "document/ScenarioDocument.h"
#include "models/ScenarioListModel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace suanpan {

ScenarioNavigator::ScenarioNavigator(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScenarioListModel(document, this))
    , m_view(new QListView)
    , m_add(new QToolButton)
    , m_duplicate(new QToolButton)
    , m_rename(new QToolButton)
    , m_delete(new QToolButton)
{
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setObjectName(QStringLiteral("scenarioList"));
    m_view->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QToolButton* button : {m_add, m_duplicate, m_rename, m_delete}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ScenarioNavigator::addScenario);
    connect(m_duplicate, &QToolButton::clicked, this, &ScenarioNavigator::duplicateScenario);
    connect(m_rename, &QToolButton::clicked, this, &ScenarioNavigator::renameScenario);
    connect(m_delete, &QToolButton::clicked, this, &ScenarioNavigator::deleteScenario);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) {
            m_document->setCurrentIndex(current.row());
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, &ScenarioNavigator::syncSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenarioNavigator::syncSelection);
    retranslate();
    syncSelection();
}

void ScenarioNavigator::syncSelection()
{
    const int current = m_document->currentIndex();
    if (current >= 0 && m_view->currentIndex().row() != current) {
        m_view->setCurrentIndex(m_model->index(current));
    }
}

void ScenarioNavigator::addScenario()
{
    // A new scenario starts from the current one's site and design, so that it is valid from the start.
    const int current = m_document->currentIndex();
    if (current < 0) {
        return;
    }
    QJsonObject json = m_document->json(current);
    json.insert(QStringLiteral("name"), tr("New scenario"));
    json.insert(QStringLiteral("description"), QString());
    m_document->addScenario(json);
}

void ScenarioNavigator::duplicateScenario()
{
    if (m_document->currentIndex() >= 0) {
        m_document->duplicateScenario(m_document->currentIndex());
    }
}

void ScenarioNavigator::renameScenario()
{
    if (m_view->currentIndex().isValid()) {
        m_view->edit(m_view->currentIndex());
    }
}

void ScenarioNavigator::deleteScenario()
{
    if (m_document->currentIndex() >= 0) {
        m_document->removeScenario(m_document->currentIndex());
    }
}

void ScenarioNavigator::retranslate()
{
    m_add->setText(tr("New"));
    m_duplicate->setText(tr("Duplicate"));
    m_rename->setText(tr("Rename"));
    m_delete->setText(tr("Delete"));
    m_add->setToolTip(tr("Add a scenario based on the current one (Ctrl+Shift+N)"));
    m_duplicate->setToolTip(tr("Duplicate the current scenario (Ctrl+D)"));
    m_rename->setToolTip(tr("Rename the current scenario (F2)"));
    m_delete->setToolTip(tr("Delete the current scenario (undoable)"));
}

} // namespace suanpan
