#pragma once

#include "model/ResolvedScenario.h"

#include <QWidget>

#include <optional>
#include <vector>

class QPainter;

namespace suanpan {

/**
 * \brief The hall as the planner sketched it: every rack position of every facility phase, filled ones
 * coloured by chip type and shaded by the power they draw, empty ones outlined, later phases dashed; a
 * gauge sets the design density against the cooling technology's limit.
 */
class HallSketch : public QWidget {
    Q_OBJECT

public:
    explicit HallSketch(QWidget* parent = nullptr);

    void setScenario(const std::optional<ResolvedScenario>& scenario, bool stale);
    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void drawTitle(QPainter& painter, int built, int filled, int margin) const;
    int drawChipLegend(QPainter& painter, const std::vector<int>& racksPerChip, const QRect& area) const;
    void drawDensityGauge(QPainter& painter, const QRect& area) const;
    QFont boldFont() const;

    std::optional<ResolvedScenario> m_scenario;
    bool m_stale = false;
};

} // namespace suanpan
