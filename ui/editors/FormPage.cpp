#include "FormPage.h"

#include "document/ScenarioDocument.h"
#include "model/JsonPath.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace suanpan {

FormPage::FormPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
{
    auto* content = new QWidget;
    m_layout = new QVBoxLayout(content);
    m_layout->addStretch(1); // groups go above it
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QFormLayout* FormPage::group(const char* title)
{
    auto* box = new QGroupBox;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_layout->insertWidget(m_layout->count() - 1, box);
    m_groups.emplace_back(box, title);
    return form;
}

void FormPage::addSection(const char* title, QWidget* widget, int stretch)
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(widget);
    m_layout->insertWidget(m_layout->count() - 1, box, stretch);
    m_groups.emplace_back(box, title);
}

void FormPage::retranslate()
{
    for (const auto& [box, title] : m_groups) {
        box->setTitle(QCoreApplication::translate("Fields", title));
    }
    m_binder->retranslate();
    for (const auto& action : m_retranslateActions) {
        action();
    }
}

FormPage* makeSitePowerPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    QFormLayout* site = page->group(QT_TRANSLATE_NOOP("Fields", "Scenario and site"));
    b->add(site, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("startYear"),
                  QStringLiteral("horizonYears"), QStringLiteral("site.regionId"),
                  QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("site.override.gridEmissionKgPerKwh"),
                  QStringLiteral("site.override.landPriceCnyPerM2")});

    QFormLayout* power = page->group(QT_TRANSLATE_NOOP("Fields", "Power source"));
    b->add(power, {QStringLiteral("power.tariffMode"), QStringLiteral("site.override.demandChargeCnyPerKwMonth"),
                   QStringLiteral("site.override.capacityChargeCnyPerKvaMonth"),
                   QStringLiteral("power.tariffEscalationPerYear"), QStringLiteral("power.greenShare"),
                   QStringLiteral("power.greenPriceCnyPerKwh"), QStringLiteral("power.redundancyId"),
                   QStringLiteral("power.solarKwp"), QStringLiteral("power.solarDegradationPerYear"),
                   QStringLiteral("power.powerFactor")});
    // Charges and prices that apply only with some choices are greyed out without them.
    auto tariffIs = [](TariffMode mode) {
        return [mode](const QJsonObject& scenario) {
            return JsonPath::value(scenario, QStringLiteral("power.tariffMode")).toString() == toKey(mode);
        };
    };
    b->enableWhen({QStringLiteral("site.override.demandChargeCnyPerKwMonth")}, tariffIs(TariffMode::TwoPartDemand));
    b->enableWhen({QStringLiteral("site.override.capacityChargeCnyPerKvaMonth"), QStringLiteral("power.powerFactor")},
                  tariffIs(TariffMode::TwoPartCapacity));
    b->enableWhen({QStringLiteral("power.greenPriceCnyPerKwh")}, [](const QJsonObject& scenario) {
        return JsonPath::value(scenario, QStringLiteral("power.greenShare")).toDouble() > 0;
    });
    b->enableWhen({QStringLiteral("power.solarDegradationPerYear")}, [](const QJsonObject& scenario) {
        return JsonPath::value(scenario, QStringLiteral("power.solarKwp")).toDouble() > 0;
    });
    QFormLayout* tou = page->group(QT_TRANSLATE_NOOP("Fields", "Time-of-use prices and load shifting"));
    b->add(tou, {QStringLiteral("power.touShiftableShare"), QStringLiteral("power.touPeakHours"),
                 QStringLiteral("power.touValleyHours"), QStringLiteral("power.touPeakFactor"),
                 QStringLiteral("power.touValleyFactor")});
    b->enableWhen({QStringLiteral("power.touPeakHours"), QStringLiteral("power.touValleyHours"),
                   QStringLiteral("power.touPeakFactor"), QStringLiteral("power.touValleyFactor")},
                  [](const QJsonObject& scenario) {
                      return JsonPath::value(scenario, QStringLiteral("power.touShiftableShare")).toDouble() > 0;
                  });
    return page;
}

FormPage* makeFacilityOperationsPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    QFormLayout* facility = page->group(QT_TRANSLATE_NOOP("Fields", "Facility, network and storage"));
    b->add(facility, {QStringLiteral("facility.housing"), QStringLiteral("facility.buildingCapexCnyPerKw"),
                      QStringLiteral("facility.powerInfraCapexCnyPerKw"), QStringLiteral("facility.landM2PerRack"),
                      QStringLiteral("facility.networkFabric"), QStringLiteral("facility.networkCapexCnyPerServer"),
                      QStringLiteral("facility.storagePb"), QStringLiteral("facility.storageCapexCnyPerPb"),
                      QStringLiteral("facility.solarCapexCnyPerKwp"), QStringLiteral("facility.softCostShare"),
                      QStringLiteral("facility.contingencyShare"), QStringLiteral("facility.facilityLifeYears")});

    QFormLayout* colocation = page->group(QT_TRANSLATE_NOOP("Fields", "Colocation (third-party IDC)"));
    b->add(colocation, {QStringLiteral("colocation.rentCnyPerRackMonth"),
                        QStringLiteral("colocation.rentCnyPerKwMonth"), QStringLiteral("colocation.hostPue"),
                        QStringLiteral("colocation.noticeMonths"), QStringLiteral("colocation.setupCnyPerRack")});
    auto colocated = [](const QJsonObject& scenario) {
        return JsonPath::value(scenario, QStringLiteral("facility.housing")).toString() == toKey(Housing::Colocation);
    };
    b->enableWhen({QStringLiteral("colocation.rentCnyPerRackMonth"), QStringLiteral("colocation.rentCnyPerKwMonth"),
                   QStringLiteral("colocation.hostPue"), QStringLiteral("colocation.noticeMonths"),
                   QStringLiteral("colocation.setupCnyPerRack")},
                  colocated);
    b->enableWhen({QStringLiteral("facility.buildingCapexCnyPerKw"), QStringLiteral("facility.powerInfraCapexCnyPerKw"),
                   QStringLiteral("facility.landM2PerRack"), QStringLiteral("facility.facilityLifeYears"),
                   QStringLiteral("facility.solarCapexCnyPerKwp")},
                  [colocated](const QJsonObject& scenario) { return !colocated(scenario); });

    QFormLayout* ops = page->group(QT_TRANSLATE_NOOP("Fields", "Operations"));
    b->add(ops,
           {QStringLiteral("operations.staffCount"), QStringLiteral("operations.staffCostCnyPerFteYear"),
            QStringLiteral("operations.staffOnCostFactor"), QStringLiteral("operations.itMaintenanceShare"),
            QStringLiteral("operations.facilityMaintenanceShare"), QStringLiteral("operations.insuranceShare"),
            QStringLiteral("operations.bandwidthCnyPerYear"), QStringLiteral("operations.softwareCnyPerCardYear"),
            QStringLiteral("operations.otherOpexCnyPerYear"), QStringLiteral("operations.opexInflationPerYear"),
            QStringLiteral("operations.hardwareRefresh"), QStringLiteral("operations.hardwarePriceDeclinePerYear")});
    return page;
}

FormPage* makeFinancePage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    QFormLayout* finance = page->group(QT_TRANSLATE_NOOP("Fields", "Finance"));
    b->add(finance, {QStringLiteral("finance.discountRate"), QStringLiteral("finance.socialDiscountRate"),
                     QStringLiteral("finance.debtShare"), QStringLiteral("finance.debtRatePerYear"),
                     QStringLiteral("finance.debtTenorYears"), QStringLiteral("finance.repayment"),
                     QStringLiteral("finance.itDepreciationYears"), QStringLiteral("finance.facilityDepreciationYears"),
                     QStringLiteral("finance.depreciationResidualShare"), QStringLiteral("finance.cnyPerUsd")});
    QFormLayout* vat = page->group(QT_TRANSLATE_NOOP("Fields", "Value-added tax"));
    b->add(vat, {QStringLiteral("finance.vat"), QStringLiteral("finance.vatGoodsRate"),
                 QStringLiteral("finance.vatConstructionRate"), QStringLiteral("finance.vatServicesRate"),
                 QStringLiteral("finance.vatSurchargeRate")});
    b->enableWhen({QStringLiteral("finance.vatGoodsRate"), QStringLiteral("finance.vatConstructionRate"),
                   QStringLiteral("finance.vatServicesRate"), QStringLiteral("finance.vatSurchargeRate")},
                  [](const QJsonObject& scenario) {
                      return JsonPath::value(scenario, QStringLiteral("finance.vat")).toString() ==
                             toKey(VatMode::Included);
                  });
    QFormLayout* tax = page->group(QT_TRANSLATE_NOOP("Fields", "Tax and public view"));
    b->add(tax, {QStringLiteral("policies.corporateTaxRate"), QStringLiteral("policies.lossCarryForwardYears"),
                 QStringLiteral("policies.gdpMultiplier")});
    return page;
}

} // namespace suanpan
