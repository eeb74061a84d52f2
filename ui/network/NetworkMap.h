#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace suanpan {

struct NetworkStudy;

/**
 * \brief A schematic map of a compute network in one year: nodes placed by longitude and latitude, each a circle
 * whose area is the capacity of the centers there, the proposed center's node ringed, and the links drawn as
 * wide as the P they carry.
 */
class NetworkMap : public QWidget {
    Q_OBJECT

public:
    explicit NetworkMap(QWidget* parent = nullptr);

    /// Takes what it draws from the study (nothing is kept of it); an empty study clears the map.
    void show(const NetworkStudy* study, int year);
    QSize sizeHint() const override { return {520, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Place {
        QString name;
        double longitude = 0;
        double latitude = 0;
        double capacity = 0; ///< P in service at the node, the proposed center included
        bool proposed = false;
    };
    struct Flow {
        int from = 0;
        int to = 0;
        double pflops = 0;
    };
    QPointF toScreen(const Place& place, const QRectF& area) const;

    std::vector<Place> m_places;
    std::vector<Flow> m_flows;      ///< P over each link, all centers' users
    std::vector<Flow> m_toProposed; ///< P each node sends to the proposed center (drawn straight, in red)
    int m_year = 0;
    double m_minLongitude = 0;
    double m_maxLongitude = 0;
    double m_minLatitude = 0;
    double m_maxLatitude = 0;
};

} // namespace suanpan
