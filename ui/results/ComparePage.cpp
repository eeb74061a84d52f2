#include "ComparePage.h"

#include "CopyableTableView.h"
#include "charts/ChartSupport.h"
#include "charts/ResultCharts.h"
#include "document/ScenarioDocument.h"
#include "models/CompareModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace suanpan {

ComparePage::ComparePage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_model(new CompareModel(document, this))
    , m_table(new CopyableTableView)
    , m_cashFlow(ChartSupport::makeView())
    , m_utilization(ChartSupport::makeView())
    , m_hint(new QLabel)
{
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->setMaximumWidth(240);
    auto* top = new QWidget;
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addWidget(m_hint);
    left->addWidget(m_list, 1);
    topLayout->addLayout(left);
    topLayout->addWidget(m_table, 1);
    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_cashFlow);
    charts->addWidget(m_utilization);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_hint->setWordWrap(true);

    auto drawWith = [this](void (*draw)(QChart*, const std::vector<const Results*>&, const QStringList&)) {
        return [this, draw](QChart* chart) {
            std::vector<const Results*> results;
            QStringList names;
            for (int index : m_model->scenarios()) {
                if (index < m_document->count() && m_document->evaluation(index).results) {
                    results.push_back(&*m_document->evaluation(index).results);
                    names << m_document->name(index);
                }
            }
            draw(chart, results, names);
        };
    };
    m_cashFlow->setDraw(drawWith(ResultCharts::compareCumulativeCashFlow));
    m_utilization->setDraw(drawWith(ResultCharts::compareUtilization));
    connect(m_list, &QListWidget::itemChanged, this, &ComparePage::selectionChanged);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &ComparePage::rebuildList);
    connect(document, &ScenarioDocument::evaluated, this, &ComparePage::redraw);
    rebuildList();
}

void ComparePage::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    std::vector<int> ticked = m_model->scenarios();
    if (ticked.empty()) {
        for (int i = 0; i < std::min(3, m_document->count()); ++i) {
            ticked.push_back(i); // start by comparing the first scenarios
        }
    }
    m_list->clear();
    std::vector<int> kept;
    for (int i = 0; i < m_document->count(); ++i) {
        auto* item = new QListWidgetItem(m_document->name(i), m_list);
        const bool on = std::find(ticked.begin(), ticked.end(), i) != ticked.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (on) {
            kept.push_back(i);
        }
    }
    m_model->setScenarios(kept);
    redraw();
}

void ComparePage::setCompared(const std::vector<int>& scenarios)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            const bool on = std::find(scenarios.begin(), scenarios.end(), i) != scenarios.end();
            m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    selectionChanged();
}

void ComparePage::selectionChanged()
{
    std::vector<int> ticked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ticked.push_back(i);
        }
    }
    m_model->setScenarios(ticked);
    redraw();
}

void ComparePage::redraw()
{
    m_cashFlow->requestRedraw();
    m_utilization->requestRedraw();
}

void ComparePage::retranslate()
{
    m_hint->setText(tr("Tick the scenarios to compare; differences are to the first ticked."));
    m_model->refresh();
    redraw();
}

} // namespace suanpan
