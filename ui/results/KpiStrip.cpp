#include "KpiStrip.h"

#include "document/ScenarioDocument.h"
#include "report/Kpis.h"
#include "report/NumberFormat.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cstring>

namespace suanpan {

KpiStrip::KpiStrip(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_status(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(6);
    for (const Kpi& kpi : stripKpis()) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setObjectName(QLatin1String(kpi.id));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        auto* label = new QLabel;
        auto* value = new QLabel;
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
        label->setStyleSheet(QStringLiteral("color: #5f6368;"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->addWidget(label);
        box->addWidget(value);
        tiles->addWidget(frame, 1);
        m_tiles.push_back({label, value});
    }
    // The headline risks of the last Monte Carlo run, shown once there is one.
    m_riskFrame = new QFrame;
    static_cast<QFrame*>(m_riskFrame)->setFrameShape(QFrame::StyledPanel);
    m_riskFrame->setObjectName(QStringLiteral("risk"));
    auto* riskBox = new QVBoxLayout(m_riskFrame);
    riskBox->setContentsMargins(8, 4, 8, 4);
    riskBox->setSpacing(0);
    m_risk = {new QLabel, new QLabel};
    m_risk.label->setFont(m_tiles.front().label->font());
    m_risk.label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_risk.value->setFont(m_tiles.front().value->font());
    riskBox->addWidget(m_risk.label);
    riskBox->addWidget(m_risk.value);
    tiles->addWidget(m_riskFrame, 2);
    m_riskFrame->setVisible(false);
    layout->addLayout(tiles);
    m_status->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 3px 6px;"));
    layout->addWidget(m_status);
    connect(document, &ScenarioDocument::evaluated, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refresh();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, &KpiStrip::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &KpiStrip::refresh);
    retranslate();
}

void KpiStrip::refresh()
{
    const int current = m_document->currentIndex();
    const ScenarioDocument::Evaluation* evaluation = current >= 0 ? &m_document->evaluation(current) : nullptr;
    const bool has = evaluation != nullptr && evaluation->results && evaluation->analysis;
    const QLocale locale;
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        const Kpi& kpi = stripKpis()[i];
        Tile& tile = m_tiles[i];
        if (!has) {
            tile.value->setText(QStringLiteral("–"));
            continue;
        }
        tile.value->setText(kpi.formatted(*evaluation->results, *evaluation->analysis, locale));
        const std::optional<double> value = kpi.value(*evaluation->results, *evaluation->analysis);
        QString tip = kpi.translatedTooltip();
        if (!value && kpi.reason != nullptr) {
            tip += QLatin1Char('\n') + kpi.reason(*evaluation->results, *evaluation->analysis);
        }
        tile.value->setToolTip(tip);
        tile.label->setToolTip(tip);
        const bool bad = (std::strcmp(kpi.id, "npv") == 0 && value && *value < 0) ||
                         (std::strcmp(kpi.id, "utilization") == 0 && value && *value < 0.3);
        QString style = bad ? QStringLiteral("color: #b3261e;") : QString();
        if (evaluation->stale) {
            style = QStringLiteral("color: palette(mid);");
        }
        tile.value->setStyleSheet(style);
    }
    if (evaluation != nullptr && !evaluation->issues.isValid()) {
        const auto count = static_cast<int>(evaluation->issues.issues().size());
        m_status->setText(
            (has ? tr("The inputs have %n problem(s); the figures show the last valid state. ", nullptr, count)
                 : tr("The inputs have %n problem(s); there are no results yet. ", nullptr, count)) +
            evaluation->issues.issues().front().toText());
        m_status->setVisible(true);
    } else {
        m_status->setVisible(false);
    }
}

void KpiStrip::retranslate()
{
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i].label->setText(stripKpis()[i].translatedLabel());
    }
    refresh();
}

void KpiStrip::setRisk(const HeadlineRisks* risks, bool stale)
{
    m_riskFrame->setVisible(risks != nullptr);
    if (risks == nullptr) {
        return;
    }
    const QLocale locale;
    m_risk.label->setText(
        tr("Risk: P(util. < %1) · P(NPV < 0)").arg(NumberFormat::percent(risks->utilizationThreshold, locale, 0)) +
        (stale ? tr(" — stale") : QString()));
    m_risk.value->setText(
        QStringLiteral("%1 · %2").arg(NumberFormat::percent(risks->probabilityUtilizationBelow, locale, 0),
                                      NumberFormat::percent(risks->probabilityNpvNegative, locale, 0)));
    m_risk.value->setStyleSheet(stale ? QStringLiteral("color: #9aa0a6;") : QString());
    m_riskFrame->setToolTip(tr("From the last Monte Carlo run of this scenario (Risk tab)."));
}

QString KpiStrip::valueText(const char* id) const
{
    if (std::strcmp(id, "risk") == 0) {
        return m_riskFrame->isVisible() ? m_risk.value->text() : QString();
    }
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        if (std::strcmp(stripKpis()[i].id, id) == 0) {
            return m_tiles[i].value->text();
        }
    }
    return {};
}

} // namespace suanpan
