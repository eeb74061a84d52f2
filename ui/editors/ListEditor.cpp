#include "ListEditor.h"

#include "document/ScenarioDocument.h"
#include "models/ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace suanpan {

ListEditor::ListEditor(ScenarioDocument* document, const QString& arrayPath, std::vector<ColumnSpec> columns,
                       std::function<QJsonObject()> newEntry, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new JsonArrayTableModel(document, arrayPath, std::move(columns), this))
    , m_view(new QTableView)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_issues(new QLabel)
    , m_newEntry(std::move(newEntry))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setObjectName(arrayPath);
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_issues);

    connect(m_add, &QPushButton::clicked, this, [this] { append(m_newEntry()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            m_model->removeEntry(current.row(), tr("Remove row"));
        }
    });
    connect(document, &ScenarioDocument::evaluated, this, &ListEditor::refreshIssues);
    connect(document, &ScenarioDocument::currentChanged, this, &ListEditor::refreshIssues);
    retranslate();
}

void ListEditor::append(const QJsonObject& entry)
{
    const int row = m_model->appendEntry(entry, tr("Add row"));
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ListEditor::refreshIssues()
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return;
    }
    QStringList lines;
    for (const ValidationIssue& issue : m_document->evaluation(current).issues.issuesAt(m_model->arrayPath())) {
        lines << issue.toText();
    }
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void ListEditor::retranslate()
{
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_model->retranslate();
    refreshIssues();
}

} // namespace suanpan
