#include "NetworkMap.h"

#include "network/NetworkStudy.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace suanpan {

NetworkMap::NetworkMap(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(300);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void NetworkMap::show(const NetworkStudy* study, int year)
{
    m_places.clear();
    m_flows.clear();
    m_toProposed.clear();
    if (study == nullptr || study->with.years == 0) {
        update();
        return;
    }
    const NetworkInput& n = study->network;
    const NetworkAllocation& a = study->with;
    m_year = a.firstYear + year;
    for (const NetworkNode& node : n.nodes) {
        // The map shows the short name: before a bracket, without "cluster" ("Gui'an cluster (Guizhou)" → "Gui'an").
        QString name = placeName(node).section(QStringLiteral(" ("), 0, 0).section(QStringLiteral("（"), 0, 0);
        name.remove(QStringLiteral(" cluster")).remove(QStringLiteral("集群"));
        m_places.push_back({name, node.longitude, node.latitude, 0, false});
    }
    for (int c = 0; c < a.centers(); ++c) {
        const int node = a.centerNode[static_cast<std::size_t>(c)];
        m_places[static_cast<std::size_t>(node)].capacity += a.capacityAt(year, c);
    }
    m_places[static_cast<std::size_t>(study->paths->proposedNode)].proposed = true;
    const std::vector<double> flows = study->linkFlows(year);
    for (std::size_t i = 0; i < flows.size(); ++i) {
        if (flows[i] > 0) {
            m_flows.push_back({study->paths->nodeIndex.value(n.links[i].from),
                               study->paths->nodeIndex.value(n.links[i].to), flows[i]});
        }
    }
    for (int node = 0; node < a.nodes; ++node) {
        double sent = 0;
        for (int k = 0; k < kLatencyClassCount; ++k) {
            sent += a.flowAt(year, node, static_cast<LatencyClass>(k), study->proposed());
        }
        if (sent > 0) {
            m_toProposed.push_back({node, study->paths->proposedNode, sent});
        }
    }
    const auto [west, east] = std::minmax_element(
        m_places.begin(), m_places.end(), [](const Place& p, const Place& q) { return p.longitude < q.longitude; });
    const auto [south, north] = std::minmax_element(
        m_places.begin(), m_places.end(), [](const Place& p, const Place& q) { return p.latitude < q.latitude; });
    m_minLongitude = west->longitude;
    m_maxLongitude = east->longitude;
    m_minLatitude = south->latitude;
    m_maxLatitude = north->latitude;
    update();
}

/// Equirectangular, with degrees of longitude shortened by the cosine of the middle latitude, fitted to the area.
QPointF NetworkMap::toScreen(const Place& place, const QRectF& area) const
{
    const double shrink = std::cos((m_minLatitude + m_maxLatitude) / 2 * M_PI / 180);
    const double width = std::max(1e-6, (m_maxLongitude - m_minLongitude) * shrink);
    const double height = std::max(1e-6, m_maxLatitude - m_minLatitude);
    const double scale = std::min(area.width() / width, area.height() / height);
    const QPointF origin(area.center().x() - width * scale / 2, area.center().y() + height * scale / 2);
    return {origin.x() + (place.longitude - m_minLongitude) * shrink * scale,
            origin.y() - (place.latitude - m_minLatitude) * scale};
}

void NetworkMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_places.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No network: choose one above to see where the demand comes from."));
        return;
    }
    const QRectF area = QRectF(rect()).adjusted(40, 30, -110, -70); // room for the labels and the legend below
    double maxFlow = 0;
    for (const Flow& flow : m_flows) {
        maxFlow = std::max(maxFlow, flow.pflops);
    }
    // All users' traffic in light blue, only where it matters (a twentieth of the busiest link or more), then what
    // reaches the proposed center in red, on top.
    QColor linkColor(QStringLiteral("#1f77b4"));
    linkColor.setAlpha(90);
    for (const Flow& flow : m_flows) {
        if (flow.pflops >= maxFlow / 20) {
            painter.setPen(QPen(linkColor, 1 + 7 * flow.pflops / maxFlow, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(toScreen(m_places[static_cast<std::size_t>(flow.from)], area),
                             toScreen(m_places[static_cast<std::size_t>(flow.to)], area));
        }
    }
    double maxToProposed = 0;
    for (const Flow& flow : m_toProposed) {
        maxToProposed = std::max(maxToProposed, flow.pflops);
    }
    for (const Flow& flow : m_toProposed) {
        painter.setPen(
            QPen(QColor(214, 39, 40, 200), 1.5 + 4 * flow.pflops / maxToProposed, Qt::DashLine, Qt::RoundCap));
        painter.drawLine(toScreen(m_places[static_cast<std::size_t>(flow.from)], area),
                         toScreen(m_places[static_cast<std::size_t>(flow.to)], area));
    }
    double maxCapacity = 0;
    for (const Place& place : m_places) {
        maxCapacity = std::max(maxCapacity, place.capacity);
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (const Place& place : m_places) {
        const QPointF at = toScreen(place, area);
        const double radius = maxCapacity > 0 ? 3 + 22 * std::sqrt(place.capacity / maxCapacity) : 3;
        painter.setPen(QPen(palette().color(QPalette::Text), 0.8));
        painter.setBrush(QColor(255, 160, 60, 170));
        painter.drawEllipse(at, radius, radius);
        if (place.proposed) {
            painter.setPen(QPen(QColor(QStringLiteral("#d62728")), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius + 5, radius + 5);
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(at + QPointF(radius + 3, 4), place.name);
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(rect()).adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                     tr("%1 · circle area: capacity in service · blue: P carried over links · red: the proposed "
                        "center (ringed) and where its users are (schematic, not to scale)")
                         .arg(m_year));
}

} // namespace suanpan
