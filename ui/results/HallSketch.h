#pragma once

#include "model/ResolvedScenario.h"

#include <QWidget>

#include <optional>

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
    std::optional<ResolvedScenario> m_scenario;
    bool m_stale = false;
};

} // namespace suanpan
