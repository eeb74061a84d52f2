#include "GoalSeekDialog.h"

#include "GoalSeekLevers.h"

#include "document/ScenarioDocument.h"
#include "model/NumberTargets.h"
#include "risk/RiskText.h"
#include "risk/UncertaintyPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace suanpan {

namespace {

constexpr int kFactorRole = Qt::UserRole + 1; ///< a lever sought as a factor

} // namespace

GoalSeekDialog::GoalSeekDialog(ScenarioDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_field(new QComboBox)
    , m_how(new QComboBox)
    , m_metric(new QComboBox)
    , m_target(new QDoubleSpinBox)
    , m_limit(new QCheckBox)
    , m_min(new QDoubleSpinBox)
    , m_max(new QDoubleSpinBox)
    , m_median(new QCheckBox)
    , m_trials(new QSpinBox)
    , m_presets(new QCheckBox)
    , m_progress(new QProgressBar)
    , m_answer(new QLabel)
    , m_seek(new QPushButton)
    , m_stop(new QPushButton)
    , m_apply(new QPushButton)
    , m_close(new QPushButton)
{
    configureControls();
    layOut();
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this,
            [this] { m_progress->setValue(static_cast<int>(m_fraction.load() * 1000.0)); });
    connect(&m_watcher, &QFutureWatcher<GoalSeekResult>::finished, this, &GoalSeekDialog::finished);
    connect(m_seek, &QPushButton::clicked, this, &GoalSeekDialog::seek);
    connect(m_stop, &QPushButton::clicked, this, &GoalSeekDialog::stop);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &GoalSeekDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::fieldChanged);
    connect(m_field->lineEdit(), &QLineEdit::editingFinished, this, &GoalSeekDialog::updateRangeUnit);
    connect(m_how, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::updateRangeUnit);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::metricChanged);
    connect(m_limit, &QCheckBox::toggled, this, &GoalSeekDialog::updateEnabled);
    connect(m_median, &QCheckBox::toggled, this, &GoalSeekDialog::updateEnabled);
    connect(m_document, &ScenarioDocument::scenarioEdited, this, [this](int index) {
        if (index == m_document->currentIndex() && !isRunning()) {
            fillFields(); // e.g. a capex subsidy added or renamed
        }
        updateEnabled();
    });
    connect(m_document, &ScenarioDocument::currentChanged, this, [this] {
        fillFields();
        updateEnabled();
    });
    retranslate();
    fillFields();
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this](double typed) {
        m_targetValue = typed * goalTargetUnit(static_cast<RiskMetric>(m_metric->currentData().toInt())).scale;
    });
    m_metric->setCurrentIndex(static_cast<int>(RiskMetric::NpvAfterTax));
    metricChanged();
    updateEnabled();
}

/// The editors' ranges and defaults.
void GoalSeekDialog::configureControls()
{
    setObjectName(QStringLiteral("goalSeek"));
    resize(760, 520);
    m_field->setEditable(true); // any numeric path may be typed; the list holds the usual levers
    m_field->setInsertPolicy(QComboBox::NoInsert);
    m_field->setMinimumContentsLength(48);
    m_how->addItems({QString(), QString()});
    for (int m = 0; m < kRiskMetricCount; ++m) {
        m_metric->addItem(QString(), m);
    }
    m_target->setDecimals(2);
    m_target->setAccelerated(true);
    for (QDoubleSpinBox* bound : {m_min, m_max}) {
        bound->setRange(-1e15, 1e15);
        bound->setDecimals(4);
        bound->setEnabled(false);
    }
    m_trials->setRange(100, 100000);
    m_trials->setSingleStep(500);
    m_trials->setValue(1000);
    m_presets->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setMinimumHeight(110);
    m_answer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_seek->setDefault(true);
}

/// The question as a form (what to vary, how, which result, to what, in which range, on the plan or its P50), the
/// progress, the answer (it scrolls) and the buttons.
void GoalSeekDialog::layOut()
{
    auto* range = new QHBoxLayout;
    range->addWidget(m_limit);
    range->addWidget(m_min, 1);
    range->addWidget(new QLabel(QStringLiteral("…")));
    range->addWidget(m_max, 1);
    auto* median = new QHBoxLayout;
    median->addWidget(m_median);
    median->addWidget(m_trials);
    median->addWidget(m_presets);
    median->addStretch(1);
    m_form->addRow(new QLabel, m_field);
    m_form->addRow(new QLabel, m_how);
    m_form->addRow(new QLabel, m_metric);
    m_form->addRow(new QLabel, m_target);
    m_form->addRow(new QLabel, range);
    m_form->addRow(new QLabel, median);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_seek, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_progress);
    // The answer may run long (the problems it leaves, one per line): it scrolls rather than being cut off.
    auto* answerArea = new QScrollArea;
    answerArea->setWidget(m_answer);
    answerArea->setWidgetResizable(true);
    answerArea->setFrameShape(QFrame::NoFrame);
    layout->addWidget(answerArea, 1);
    layout->addWidget(buttons);
}

GoalSeekDialog::~GoalSeekDialog()
{
    m_stopRequested = true;
    m_watcher.waitForFinished();
}

void GoalSeekDialog::fillFields()
{
    // The levers follow the scenario (its capex subsidies) and the language; the chosen or typed field and
    // the way it is sought stay as they were.
    const QString path = fieldPath();
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    const int index = m_document->currentIndex();
    for (const GoalSeekLever& lever : goalSeekLevers(index >= 0 ? m_document->json(index) : QJsonObject())) {
        m_field->addItem(QStringLiteral("%1 — %2").arg(lever.label, lever.path), lever.path);
        m_field->setItemData(m_field->count() - 1, lever.factor, kFactorRole);
    }
    const int kept = m_field->findData(path);
    m_field->setCurrentIndex(kept >= 0 ? kept : 0);
    if (kept < 0 && !path.isEmpty()) {
        m_field->setEditText(path);
    }
    updateRangeUnit();
}

QString GoalSeekDialog::fieldPath() const
{
    // A listed entry reads "label — path"; a typed one is the path itself.
    return m_field->currentText().section(QStringLiteral(" — "), -1).trimmed();
}

const FieldSpec* GoalSeekDialog::fieldSpec() const
{
    // From the targets the path selects in the scenario: overrides of catalog figures (site.override.*) have
    // their catalog's spec, which only the resolved scenario knows.
    const int index = m_document->currentIndex();
    if (index < 0 || !m_document->evaluation(index).scenario) {
        return nullptr;
    }
    ResolvedScenario scratch = *m_document->evaluation(index).scenario;
    const std::vector<NumberTarget> targets = NumberTargets::find(scratch, fieldPath());
    return targets.empty() ? nullptr : targets.front().spec; // specs live in a static table
}

void GoalSeekDialog::setRequest(const QString& path, RiskMetric metric, double target, bool factor)
{
    const int listed = m_field->findData(path);
    if (listed >= 0) {
        m_field->setCurrentIndex(listed);
    } else {
        m_field->setEditText(path);
    }
    m_how->setCurrentIndex(factor ? 1 : 0);
    m_metric->setCurrentIndex(static_cast<int>(metric));
    m_targetValue = target;
    updateTargetUnit();
    updateRangeUnit();
}

void GoalSeekDialog::fieldChanged()
{
    if (m_field->currentIndex() >= 0) {
        m_how->setCurrentIndex(m_field->currentData(kFactorRole).toBool() ? 1 : 0);
    }
    updateRangeUnit();
}

void GoalSeekDialog::metricChanged()
{
    m_targetValue = defaultGoalTarget(static_cast<RiskMetric>(m_metric->currentData().toInt()));
    updateTargetUnit();
}

void GoalSeekDialog::updateTargetUnit()
{
    // Shown in the unit of the metric and the language (M CNY or 万元): the target itself stays as it was.
    const GoalTargetUnit unit = goalTargetUnit(static_cast<RiskMetric>(m_metric->currentData().toInt()));
    const double target = m_targetValue;
    const QSignalBlocker blocker(m_target);
    m_target->setRange(unit.min, unit.max);
    m_target->setSuffix(unit.suffix);
    m_target->setValue(target / unit.scale);
}

void GoalSeekDialog::updateRangeUnit()
{
    // The range defaults to the field's allowed one (a factor: 0 … 3), as GoalSeek searches without limits.
    const bool factor = m_how->currentIndex() == 1;
    const FieldSpec* spec = fieldSpec();
    const QString unit = spec != nullptr ? QLatin1Char(' ') + unitText(*spec) : QString();
    for (QDoubleSpinBox* bound : {m_min, m_max}) {
        bound->setPrefix(factor ? QStringLiteral("×") : QString());
        bound->setSuffix(factor ? QString() : unit);
    }
    if (!m_limit->isChecked()) {
        m_min->setValue(factor || spec == nullptr ? 0.0 : spec->min);
        m_max->setValue(factor || spec == nullptr ? 3.0 : spec->max);
    }
}

void GoalSeekDialog::updateEnabled()
{
    const bool running = isRunning();
    for (QWidget* input :
         {static_cast<QWidget*>(m_field), static_cast<QWidget*>(m_how), static_cast<QWidget*>(m_metric),
          static_cast<QWidget*>(m_target), static_cast<QWidget*>(m_limit), static_cast<QWidget*>(m_median)}) {
        input->setEnabled(!running);
    }
    m_min->setEnabled(!running && m_limit->isChecked());
    m_max->setEnabled(!running && m_limit->isChecked());
    m_trials->setEnabled(!running && m_median->isChecked());
    m_presets->setEnabled(!running && m_median->isChecked());
    m_seek->setEnabled(!running && m_document->currentIndex() >= 0);
    m_stop->setEnabled(running);
    const int index = scenarioIndexOf(m_ranKey);
    m_apply->setEnabled(!running && m_result && m_result->found && !m_result->cancelled && index >= 0 &&
                        m_document->json(index) == m_ranInputs);
}

int GoalSeekDialog::scenarioIndexOf(const QString& key) const
{
    for (int i = 0; i < m_document->count(); ++i) {
        if (!key.isEmpty() && m_document->key(i) == key) {
            return i;
        }
    }
    return -1;
}

GoalSeekRequest GoalSeekDialog::request() const
{
    GoalSeekRequest r;
    r.path = fieldPath();
    r.apply = m_how->currentIndex() == 1 ? UncertainApply::Factor : UncertainApply::Value;
    r.metric = static_cast<RiskMetric>(m_metric->currentData().toInt());
    r.target = m_targetValue;
    if (m_limit->isChecked()) {
        r.min = m_min->value();
        r.max = m_max->value();
    }
    r.onMedian = m_median->isChecked();
    r.settings.trials = static_cast<std::size_t>(m_trials->value());
    r.settings.sensitivity = false;
    return r;
}

void GoalSeekDialog::seek()
{
    const int index = m_document->currentIndex();
    if (isRunning() || index < 0) {
        return;
    }
    // A new search replaces the last answer, also when it cannot start: Apply must not write an older one.
    m_result.reset();
    updateEnabled();
    const ScenarioDocument::Evaluation& evaluation = m_document->evaluation(index);
    if (!evaluation.issues.isValid() || !evaluation.scenario) {
        m_answer->setText(tr("The inputs have problems; fix them before a goal seek."));
        return;
    }
    const GoalSeekRequest r = request();
    ResolvedScenario scenario = *evaluation.scenario;
    if (r.onMedian && m_presets->isChecked()) {
        ValidationReport report;
        std::optional<ResolvedScenario> resolved =
            UncertaintyPresets::withPresets(scenario, m_document->catalog(), report);
        if (!resolved) {
            m_answer->setText(report.toTextLines().join(QLatin1Char('\n')));
            return;
        }
        scenario = std::move(*resolved);
    }
    const ValidationReport problems = GoalSeek::check(scenario, r);
    if (!problems.isValid()) {
        m_answer->setText(problems.toTextLines().join(QLatin1Char('\n')));
        return;
    }
    m_ran = r;
    m_ranKey = m_document->key(index);
    m_ranInputs = m_document->json(index);
    m_result.reset();
    m_running = true;
    m_stopRequested = false;
    m_fraction = 0.0;
    m_progress->setValue(0);
    m_answer->setText(tr("Searching…"));
    m_poll.start();
    m_watcher.setFuture(
        QtConcurrent::run([this, scenario = std::move(scenario), request = r, catalog = m_document->catalog()] {
            GoalSeekResult result = GoalSeek::run(scenario, request, [this](const RiskProgress& progress) {
                m_fraction = progress.fraction;
                return !m_stopRequested.load();
            });
            GoalSeek::checkAnswer(scenario, request, catalog, result);
            return result;
        }));
    updateEnabled();
}

void GoalSeekDialog::stop()
{
    m_stopRequested = true;
}

void GoalSeekDialog::finished()
{
    m_poll.stop();
    m_running = false;
    m_result = m_watcher.result();
    m_progress->setValue(m_result->cancelled ? 0 : 1000);
    m_answer->setText(goalSeekSummary(m_ran, *m_result, QLocale()));
    updateEnabled();
}

bool GoalSeekDialog::apply()
{
    const int index = scenarioIndexOf(m_ranKey);
    if (isRunning() || !m_result || !m_result->found || m_result->cancelled || index < 0 ||
        m_document->json(index) != m_ranInputs || !m_document->evaluation(index).scenario) {
        return false;
    }
    ResolvedScenario scratch = *m_document->evaluation(index).scenario;
    const std::vector<NumberTarget> targets = GoalSeek::setAnswer(scratch, m_ran, m_result->value);
    if (targets.empty()) {
        return false;
    }
    m_document->setNumbers(index, targets, scratch, tr("Goal seek: %1").arg(m_ran.path));
    QString note =
        tr("Applied to the scenario (%n field(s)); Undo takes it back.", nullptr, static_cast<int>(targets.size()));
    // The search moves one input; others may now be out of line (more cards than rack positions, say).
    const ValidationReport& issues = m_document->evaluation(index).issues;
    if (!issues.isValid()) {
        note += QLatin1Char('\n') + tr("The scenario now has problems, shown at their fields: %1")
                                        .arg(issues.toTextLines().join(QStringLiteral("; ")));
    }
    m_answer->setText(m_answer->text() + QLatin1Char('\n') + note);
    updateEnabled();
    return true;
}

void GoalSeekDialog::reject()
{
    stop();
    m_watcher.waitForFinished();
    QDialog::reject();
}

void GoalSeekDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void GoalSeekDialog::retranslate()
{
    setWindowTitle(tr("Goal seek"));
    const QStringList labels{tr("Change"), tr("As"), tr("So that"), tr("Reaches"), tr("Range"), tr("Aim at")};
    for (int row = 0; row < labels.size(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole);
        if (auto* label = item != nullptr ? qobject_cast<QLabel*>(item->widget()) : nullptr) {
            label->setText(labels.at(row));
        }
    }
    m_field->setToolTip(tr("The input to change: choose a usual lever, or type the path of any numeric field "
                           "(docs/scenario-format.md); [*] changes that field of every entry of a list."));
    m_how->setItemText(0, tr("its value (every selected entry gets it)"));
    m_how->setItemText(1, tr("a factor on the scenario's values (each entry keeps its proportions)"));
    for (int m = 0; m < kRiskMetricCount; ++m) {
        m_metric->setItemText(m, displayName(static_cast<RiskMetric>(m)));
    }
    m_limit->setText(tr("Search only in"));
    m_limit->setToolTip(tr("Without a limit the whole allowed range of the field is searched (a factor: 0 … 3)."));
    m_median->setText(tr("The P50 of a Monte Carlo run"));
    m_median->setToolTip(tr("Aims at the median over the uncertain inputs instead of the scenario as it stands; "
                            "every value is tried with the same draws."));
    m_trials->setPrefix(tr("Trials: "));
    m_presets->setText(tr("Add the shipped presets"));
    m_seek->setText(tr("&Seek"));
    m_stop->setText(tr("S&top"));
    m_apply->setText(tr("&Apply to the scenario"));
    m_close->setText(tr("Close"));
    updateTargetUnit();
    fillFields();
    if (m_result) {
        m_answer->setText(goalSeekSummary(m_ran, *m_result, QLocale()));
    }
}

} // namespace suanpan
