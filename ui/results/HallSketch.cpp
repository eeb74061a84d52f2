#include "HallSketch.h"

#include "model/Sizing.h"
#include "report/NumberFormat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

const QColor kChipColors[] = {QColor(0x4a, 0x7b, 0xb7), QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77),
                              QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e),
                              QColor(0xe6, 0xab, 0x02), QColor(0xa6, 0x76, 0x1d)};

struct Rack {
    int phase = 0;
    int chip = -1;     ///< chip-mix entry filling it, or -1
    double drawKw = 0; ///< servers in it × server max power
};

/// The rack positions of every phase (at most 5,000 drawn), filled in deployment order, and how many each chip fills.
struct Hall {
    std::vector<Rack> racks;
    std::vector<int> racksPerChip;
};

Hall placeRacks(const ResolvedScenario& scenario)
{
    const Scenario& s = scenario.input;
    Hall hall;
    for (std::size_t p = 0; p < s.facilityPhases.size(); ++p) {
        for (int i = 0; i < s.facilityPhases[p].rackPositions && hall.racks.size() < 5000; ++i) {
            hall.racks.push_back({static_cast<int>(p), -1, 0});
        }
    }
    std::vector<std::size_t> order(s.chipMix.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&s](std::size_t a, std::size_t b) {
        return s.chipMix[a].deployMonth < s.chipMix[b].deployMonth;
    });
    std::size_t next = 0;
    hall.racksPerChip.assign(s.chipMix.size(), 0);
    for (std::size_t c : order) {
        const ChipSpec& chip = scenario.chips[c];
        const int perRack = std::max(1, Sizing::serversPerRack(s.racks.designKwPerRack, chip.serverMaxKw()));
        int servers = Sizing::servers(s.chipMix[c].count, chip.cardsPerServer);
        while (servers > 0 && next < hall.racks.size()) {
            const int here = std::min(perRack, servers);
            hall.racks[next].chip = static_cast<int>(c);
            hall.racks[next].drawKw = here * chip.serverMaxKw();
            servers -= here;
            ++hall.racksPerChip[c];
            ++next;
        }
    }
    return hall;
}

/// The number of racks per row that gives the largest racks on screen (each row takes 1.6 cells: the rack and
/// its aisle), and that cell size.
std::pair<int, double> rackGrid(int count, const QRect& area)
{
    int perRow = 1;
    double cell = 0;
    for (int candidate = 1; candidate <= std::min(count, 120); ++candidate) {
        const int candidateRows = (count + candidate - 1) / candidate;
        const double size = std::min(area.width() / double(candidate), area.height() / (candidateRows * 1.6));
        if (size > cell) {
            cell = size;
            perRow = candidate;
        }
    }
    return {perRow, std::min(cell, 60.0)};
}

/// Every rack: filled ones in their chip's colour, shaded by the share of the design density they draw (a full
/// rack is the full colour); later phases dashed.
void drawRacks(QPainter& painter, const std::vector<Rack>& racks, const QRect& hall, double density)
{
    const auto [perRow, cell] = rackGrid(std::max<int>(1, static_cast<int>(racks.size())), hall);
    const double rackWidth = cell * 0.86;
    const double rackHeight = cell * 1.2;
    for (std::size_t i = 0; i < racks.size(); ++i) {
        const int row = static_cast<int>(i) / perRow;
        const int column = static_cast<int>(i) % perRow;
        const QRectF box(hall.left() + column * cell, hall.top() + row * cell * 1.6, rackWidth, rackHeight);
        const Rack& rack = racks[i];
        QPen outline(QColor(0x88, 0x88, 0x88), 1, rack.phase > 0 ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(outline);
        if (rack.chip >= 0) {
            QColor color = kChipColors[static_cast<std::size_t>(rack.chip) % std::size(kChipColors)];
            color.setAlphaF(std::clamp(0.35 + 0.65 * rack.drawKw / std::max(density, 1e-9), 0.35, 1.0));
            painter.setBrush(color);
        } else {
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawRect(box);
    }
}

} // namespace

HallSketch::HallSketch(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void HallSketch::setScenario(const std::optional<ResolvedScenario>& scenario, bool stale)
{
    m_scenario = scenario;
    m_stale = stale;
    update();
}

void HallSketch::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_scenario) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No valid design to draw yet."));
        return;
    }
    const Hall placed = placeRacks(*m_scenario);
    // Layout: a legend column on the right, the hall on the left in rows ("aisles") of racks.
    const int margin = 12;
    const int legendWidth = std::min(260, width() / 3);
    const QRect hall(margin, margin + 26, width() - legendWidth - 3 * margin, height() - 2 * margin - 26);
    const int filled = static_cast<int>(
        std::count_if(placed.racks.begin(), placed.racks.end(), [](const Rack& r) { return r.chip >= 0; }));
    drawTitle(painter, static_cast<int>(placed.racks.size()), filled, margin);
    drawRacks(painter, placed.racks, hall, m_scenario->input.racks.designKwPerRack);
    const QRect legend(width() - legendWidth - margin, hall.top(), legendWidth, hall.height());
    const int y = drawChipLegend(painter, placed.racksPerChip, legend);
    drawDensityGauge(painter, QRect(legend.left(), y, legendWidth, legend.bottom() - y));
}

/// The title line: rack positions built and filled, and the racking rate.
void HallSketch::drawTitle(QPainter& painter, int built, int filled, int margin) const
{
    const QLocale locale;
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(boldFont());
    painter.drawText(QRect(margin, margin, width() - 2 * margin, 22), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 rack positions built, %2 filled (racking rate %3)%4")
                         .arg(locale.toString(built), locale.toString(filled),
                              NumberFormat::percent(built == 0 ? 0.0 : double(filled) / built, locale, 0),
                              m_stale ? tr(" — last valid design") : QString()));
    painter.setFont(font());
}

/// The chips with their racks and servers per rack, and the key of an empty rack; returns where it ends.
int HallSketch::drawChipLegend(QPainter& painter, const std::vector<int>& racksPerChip, const QRect& area) const
{
    const QLocale locale;
    const Scenario& s = m_scenario->input;
    const int x = area.left();
    const int legendWidth = area.width();
    int y = area.top();
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(boldFont());
    painter.drawText(QRect(x, y, legendWidth, 20), Qt::AlignLeft, tr("Chips"));
    painter.setFont(font());
    y += 24;
    for (std::size_t c = 0; c < s.chipMix.size(); ++c) {
        const ChipSpec& chip = m_scenario->chips[c];
        painter.setPen(Qt::NoPen);
        painter.setBrush(kChipColors[c % std::size(kChipColors)]);
        painter.drawRect(QRect(x, y + 3, 12, 12));
        painter.setPen(palette().color(QPalette::Text));
        const int perRack = Sizing::serversPerRack(s.racks.designKwPerRack, chip.serverMaxKw());
        painter.drawText(QRect(x + 18, y, legendWidth - 18, 36), Qt::AlignLeft | Qt::TextWordWrap,
                         tr("%1 × %2: %3 racks, %4 server(s) of %5 kW each")
                             .arg(locale.toString(s.chipMix[c].count), chip.name, locale.toString(racksPerChip[c]),
                                  locale.toString(perRack), NumberFormat::number(chip.serverMaxKw(), locale, 1)));
        y += 38;
    }
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(x, y + 3, 12, 12));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(x + 18, y, legendWidth - 18, 20), Qt::AlignLeft, tr("later phase / empty"));
    return y + 34;
}

/// The design density against the cooling technology's limit (the red line).
void HallSketch::drawDensityGauge(QPainter& painter, const QRect& area) const
{
    const QLocale locale;
    const double density = m_scenario->input.racks.designKwPerRack;
    const double limit = m_scenario->cooling.maxKwPerRack;
    const int x = area.left();
    const int legendWidth = area.width();
    int y = area.top();
    painter.setFont(boldFont());
    painter.drawText(QRect(x, y, legendWidth, 20), Qt::AlignLeft, tr("Rack density"));
    painter.setFont(font());
    y += 24;
    const double scaleMax = std::max(density, limit) * 1.15;
    const QRect gauge(x, y, legendWidth - 10, 14);
    painter.setPen(QColor(0x88, 0x88, 0x88));
    painter.setBrush(QColor(0xee, 0xee, 0xee));
    painter.drawRect(gauge);
    const int designX = gauge.left() + static_cast<int>(gauge.width() * density / scaleMax);
    const int limitX = gauge.left() + static_cast<int>(gauge.width() * limit / scaleMax);
    painter.setBrush(density > limit ? QColor(0xc6, 0x28, 0x28) : QColor(0x4a, 0x7b, 0xb7));
    painter.drawRect(QRect(gauge.left(), gauge.top(), designX - gauge.left(), gauge.height()));
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter.drawLine(limitX, gauge.top() - 4, limitX, gauge.bottom() + 4);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(x, y + 20, legendWidth, 60), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("Design %1 kW per rack; %2 supports up to %3 kW (red line).")
                         .arg(NumberFormat::number(density, locale, 0), m_scenario->cooling.name,
                              NumberFormat::number(limit, locale, 0)));
}

QFont HallSketch::boldFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

} // namespace suanpan
