#pragma once

#include "risk/RiskResults.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace suanpan {

class ScenarioDocument;

/**
 * \brief The headline figures of the current scenario in a row of tiles, always visible while editing.
 * When the inputs are invalid the tiles keep the last valid figures and say that they are stale.
 */
class KpiStrip : public QWidget {
    Q_OBJECT

public:
    explicit KpiStrip(ScenarioDocument* document, QWidget* parent = nullptr);
    void refresh();
    void retranslate();
    /// The shown value of a tile by KPI id (for tests and screenshots); "risk" for the risk tile.
    QString valueText(const char* id) const;
    /// Shows the headline risks of the last Monte Carlo run (nothing: the tile hides), marked when stale.
    void setRisk(const HeadlineRisks* risks, bool stale);

private:
    struct Tile {
        QLabel* label;
        QLabel* value;
    };
    ScenarioDocument* m_document;
    std::vector<Tile> m_tiles;
    Tile m_risk{};
    QWidget* m_riskFrame = nullptr;
    QLabel* m_status;
};

} // namespace suanpan
