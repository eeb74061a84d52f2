#include "ComparePage.h"

#include "CopyableTableView.h"
#include "charts/ChartSupport.h"
#include "charts/ResultCharts.h"
#include "document/ScenarioDocument.h"
#include "model/FieldInfo.h"
#include "models/CompareModel.h"
#include "store/ScenarioDiff.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace suanpan {

ComparePage::ComparePage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_model(new CompareModel(document, this))
    , m_table(new CopyableTableView)
    , m_tabs(new QTabWidget)
    , m_inputs(new QTableWidget)
    , m_inputsTitle(new QLabel)
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
    auto* inputs = new QWidget;
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_inputsTitle);
    inputsLayout->addWidget(m_inputs, 1);
    m_inputs->setColumnCount(4);
    m_inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inputs->verticalHeader()->hide();
    m_inputs->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_inputs->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->setWordWrap(false);
    m_inputsTitle->setWordWrap(true);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(inputs, QString());
    topLayout->addWidget(m_tabs, 1);
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
    fillInputDifferences();
}

void ComparePage::fillInputDifferences()
{
    const std::vector<int>& ticked = m_model->scenarios();
    m_inputs->setRowCount(0);
    if (ticked.size() < 2 || ticked[1] >= m_document->count()) {
        m_inputsTitle->setText(tr("Tick two scenarios to see the inputs in which they differ."));
        return;
    }
    const int a = ticked[0];
    const int b = ticked[1];
    std::vector<AssumptionLogEntry> changes;
    ScenarioDiff::jsonChanges(m_document->json(a), m_document->json(b), QString(), changes);
    int row = 0;
    for (const AssumptionLogEntry& change : changes) {
        if (change.fieldPath == QLatin1String("name") || change.fieldPath == QLatin1String("description")) {
            continue; // scenarios are told apart by these anyway
        }
        const FieldSpec* spec = findFieldSpec(fieldPattern(change.fieldPath));
        m_inputs->insertRow(row);
        const QStringList cells = {fieldPlace(change.fieldPath),
                                   change.oldValue.isEmpty() ? tr("(none)") : change.oldValue,
                                   change.newValue.isEmpty() ? tr("(none)") : change.newValue,
                                   spec != nullptr ? QCoreApplication::translate("Unit", spec->unit) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]); // a whole new entry is long: its full text on hover
            m_inputs->setItem(row, column, item);
        }
        // The input's path, as messages, uncertain inputs and goal seek name it, and its meaning.
        m_inputs->item(row, 0)->setToolTip(spec != nullptr ? change.fieldPath + QLatin1Char('\n') +
                                                                 QCoreApplication::translate("FieldHelp", spec->help)
                                                           : change.fieldPath);
        ++row;
    }
    // The input's name in full where there is room; the values keep at least half of the table.
    m_inputs->resizeColumnToContents(0);
    m_inputs->setColumnWidth(0, std::min(m_inputs->columnWidth(0), std::max(m_inputs->viewport()->width() / 2, 200)));
    m_inputsTitle->setText(
        tr("%n input(s) of \"%1\" differ from \"%2\" (the first two ticked scenarios).", nullptr, row)
            .arg(m_document->name(b), m_document->name(a)));
}

void ComparePage::retranslate()
{
    m_hint->setText(tr("Tick the scenarios to compare; differences are to the first ticked."));
    m_tabs->setTabText(0, tr("Results"));
    m_tabs->setTabText(1, tr("Inputs that differ"));
    m_inputs->setHorizontalHeaderLabels({tr("Input"), tr("First"), tr("Second"), tr("Unit")});
    m_model->refresh();
    redraw();
}

} // namespace suanpan
