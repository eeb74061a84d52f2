#pragma once

#include "charts/ChartSupport.h"
#include "model/ResolvedScenario.h"
#include "network/NetworkStudy.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class QChart;
class QLabel;
class QPushButton;
class QTableWidget;

namespace suanpan {

class FormPage;
class NetworkMap;
class ScenarioDocument;

/**
 * \brief The results half of the Network page: it adds its sections (map, demand won over time, who loses, site
 * comparison) to the page and fills them, and the page's summary line, from the current scenario's last valid
 * evaluation. The widgets belong to the page.
 */
class NetworkResults : public QObject {
    Q_DECLARE_TR_FUNCTIONS(NetworkPage)

public:
    NetworkResults(ScenarioDocument* document, FormPage* page, QLabel* summary);
    void retranslate();

private:
    void buildSections(FormPage* page);
    void refresh();
    void fillRivals(const NetworkStudy& study, int year);
    void drawCapture(QChart* chart);
    void compareSites();

    ScenarioDocument* m_document;
    QLabel* m_summary;
    NetworkMap* m_map;
    LazyChartView* m_capture;
    QTableWidget* m_rivals;
    QPushButton* m_compare;
    QTableWidget* m_sites;
    std::optional<ResolvedScenario> m_scenario; ///< the evaluation the study was made from
    std::optional<NetworkStudy> m_study;
};

} // namespace suanpan
