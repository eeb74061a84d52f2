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
    b->addText(site, QT_TRANSLATE_NOOP("Fields", "Scenario name"), QStringLiteral("name"));
    b->addText(site, QT_TRANSLATE_NOOP("Fields", "Description"), QStringLiteral("description"));
    b->addNumber(site, QT_TRANSLATE_NOOP("Fields", "Construction starts"), QStringLiteral("startYear"));
    b->addNumber(site, QT_TRANSLATE_NOOP("Fields", "Horizon"), QStringLiteral("horizonYears"));
    b->addCatalogChoice(site, QT_TRANSLATE_NOOP("Fields", "Region"), QStringLiteral("site.regionId"),
                        CatalogKind::Regions);
    b->addOverride(site, QT_TRANSLATE_NOOP("Fields", "Electricity price"),
                   QStringLiteral("site.override.tariffCnyPerKwh"), CatalogKind::Regions,
                   QStringLiteral("site.regionId"));
    b->addOverride(site, QT_TRANSLATE_NOOP("Fields", "Grid emission factor"),
                   QStringLiteral("site.override.gridEmissionKgPerKwh"), CatalogKind::Regions,
                   QStringLiteral("site.regionId"));
    b->addOverride(site, QT_TRANSLATE_NOOP("Fields", "Land price"), QStringLiteral("site.override.landPriceCnyPerM2"),
                   CatalogKind::Regions, QStringLiteral("site.regionId"));

    QFormLayout* power = page->group(QT_TRANSLATE_NOOP("Fields", "Power source"));
    b->addChoice<TariffMode>(power, QT_TRANSLATE_NOOP("Fields", "Tariff"), QStringLiteral("power.tariffMode"));
    b->addOverride(power, QT_TRANSLATE_NOOP("Fields", "Demand charge"),
                   QStringLiteral("site.override.demandChargeCnyPerKwMonth"), CatalogKind::Regions,
                   QStringLiteral("site.regionId"));
    b->addOverride(power, QT_TRANSLATE_NOOP("Fields", "Capacity charge"),
                   QStringLiteral("site.override.capacityChargeCnyPerKvaMonth"), CatalogKind::Regions,
                   QStringLiteral("site.regionId"));
    b->addNumber(power, QT_TRANSLATE_NOOP("Fields", "Tariff escalation"),
                 QStringLiteral("power.tariffEscalationPerYear"));
    b->addNumber(power, QT_TRANSLATE_NOOP("Fields", "Green power share"), QStringLiteral("power.greenShare"));
    b->addNumber(power, QT_TRANSLATE_NOOP("Fields", "Green power price"), QStringLiteral("power.greenPriceCnyPerKwh"));
    b->addCatalogChoice(power, QT_TRANSLATE_NOOP("Fields", "Redundancy"), QStringLiteral("power.redundancyId"),
                        CatalogKind::Redundancy);
    b->addNumber(power, QT_TRANSLATE_NOOP("Fields", "On-site solar"), QStringLiteral("power.solarKwp"));
    b->addNumber(power, QT_TRANSLATE_NOOP("Fields", "Power factor"), QStringLiteral("power.powerFactor"));
    // Charges and prices that apply only with some choices are greyed out without them.
    auto tariffIs = [](const char* mode) {
        return [mode](const QJsonObject& scenario) {
            return JsonPath::value(scenario, QStringLiteral("power.tariffMode")).toString() == QLatin1String(mode);
        };
    };
    b->enableWhen({QStringLiteral("site.override.demandChargeCnyPerKwMonth")}, tariffIs("twoPartDemand"));
    b->enableWhen({QStringLiteral("site.override.capacityChargeCnyPerKvaMonth"), QStringLiteral("power.powerFactor")},
                  tariffIs("twoPartCapacity"));
    b->enableWhen({QStringLiteral("power.greenPriceCnyPerKwh")}, [](const QJsonObject& scenario) {
        return JsonPath::value(scenario, QStringLiteral("power.greenShare")).toDouble() > 0;
    });
    QFormLayout* tou = page->group(QT_TRANSLATE_NOOP("Fields", "Time-of-use prices and load shifting"));
    b->addNumber(tou, QT_TRANSLATE_NOOP("Fields", "Load moved off peak"), QStringLiteral("power.touShiftableShare"));
    b->addNumber(tou, QT_TRANSLATE_NOOP("Fields", "Peak hours"), QStringLiteral("power.touPeakHours"));
    b->addNumber(tou, QT_TRANSLATE_NOOP("Fields", "Valley hours"), QStringLiteral("power.touValleyHours"));
    b->addNumber(tou, QT_TRANSLATE_NOOP("Fields", "Peak price factor"), QStringLiteral("power.touPeakFactor"));
    b->addNumber(tou, QT_TRANSLATE_NOOP("Fields", "Valley price factor"), QStringLiteral("power.touValleyFactor"));
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
    b->addChoice<Housing>(facility, QT_TRANSLATE_NOOP("Fields", "Housing"), QStringLiteral("facility.housing"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Building"), QStringLiteral("facility.buildingCapexCnyPerKw"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Power infrastructure (at N)"),
                 QStringLiteral("facility.powerInfraCapexCnyPerKw"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Land per rack"), QStringLiteral("facility.landM2PerRack"));
    b->addChoice<NetworkFabric>(facility, QT_TRANSLATE_NOOP("Fields", "Network fabric"),
                                QStringLiteral("facility.networkFabric"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Network per server"),
                 QStringLiteral("facility.networkCapexCnyPerServer"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Storage"), QStringLiteral("facility.storagePb"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Storage price"),
                 QStringLiteral("facility.storageCapexCnyPerPb"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Solar price"), QStringLiteral("facility.solarCapexCnyPerKwp"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Soft costs"), QStringLiteral("facility.softCostShare"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Contingency"), QStringLiteral("facility.contingencyShare"));
    b->addNumber(facility, QT_TRANSLATE_NOOP("Fields", "Facility life"), QStringLiteral("facility.facilityLifeYears"));

    QFormLayout* colocation = page->group(QT_TRANSLATE_NOOP("Fields", "Colocation (third-party IDC)"));
    b->addNumber(colocation, QT_TRANSLATE_NOOP("Fields", "Rent per rack"),
                 QStringLiteral("colocation.rentCnyPerRackMonth"));
    b->addNumber(colocation, QT_TRANSLATE_NOOP("Fields", "Rent per kW"),
                 QStringLiteral("colocation.rentCnyPerKwMonth"));
    b->addNumber(colocation, QT_TRANSLATE_NOOP("Fields", "Host PUE"), QStringLiteral("colocation.hostPue"));
    b->addNumber(colocation, QT_TRANSLATE_NOOP("Fields", "Notice period"), QStringLiteral("colocation.noticeMonths"));
    b->addNumber(colocation, QT_TRANSLATE_NOOP("Fields", "Set-up fee per rack"),
                 QStringLiteral("colocation.setupCnyPerRack"));
    auto colocated = [](const QJsonObject& scenario) {
        return JsonPath::value(scenario, QStringLiteral("facility.housing")).toString() == QLatin1String("colocation");
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
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Staff"), QStringLiteral("operations.staffCount"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Cost per FTE (0 = regional wage)"),
                 QStringLiteral("operations.staffCostCnyPerFteYear"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "On-cost factor"), QStringLiteral("operations.staffOnCostFactor"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "IT maintenance"), QStringLiteral("operations.itMaintenanceShare"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Facility maintenance"),
                 QStringLiteral("operations.facilityMaintenanceShare"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Insurance"), QStringLiteral("operations.insuranceShare"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Bandwidth"), QStringLiteral("operations.bandwidthCnyPerYear"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Software per card"),
                 QStringLiteral("operations.softwareCnyPerCardYear"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Other opex"), QStringLiteral("operations.otherOpexCnyPerYear"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Opex inflation"), QStringLiteral("operations.opexInflationPerYear"));
    b->addFlag(ops, QT_TRANSLATE_NOOP("Fields", "Refresh hardware at end of life"),
               QStringLiteral("operations.hardwareRefresh"));
    b->addNumber(ops, QT_TRANSLATE_NOOP("Fields", "Hardware price decline"),
                 QStringLiteral("operations.hardwarePriceDeclinePerYear"));
    return page;
}

FormPage* makeFinancePage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    QFormLayout* finance = page->group(QT_TRANSLATE_NOOP("Fields", "Finance"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Discount rate"), QStringLiteral("finance.discountRate"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Social discount rate"),
                 QStringLiteral("finance.socialDiscountRate"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Debt share"), QStringLiteral("finance.debtShare"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Interest rate"), QStringLiteral("finance.debtRatePerYear"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Loan tenor"), QStringLiteral("finance.debtTenorYears"));
    b->addChoice<Repayment>(finance, QT_TRANSLATE_NOOP("Fields", "Repayment"), QStringLiteral("finance.repayment"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "IT depreciation life"),
                 QStringLiteral("finance.itDepreciationYears"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Facility depreciation life"),
                 QStringLiteral("finance.facilityDepreciationYears"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Residual share"),
                 QStringLiteral("finance.depreciationResidualShare"));
    b->addNumber(finance, QT_TRANSLATE_NOOP("Fields", "Exchange rate"), QStringLiteral("finance.cnyPerUsd"));
    QFormLayout* vat = page->group(QT_TRANSLATE_NOOP("Fields", "Value-added tax"));
    b->addChoice<VatMode>(vat, QT_TRANSLATE_NOOP("Fields", "Prices and costs"), QStringLiteral("finance.vat"));
    b->addNumber(vat, QT_TRANSLATE_NOOP("Fields", "Goods rate"), QStringLiteral("finance.vatGoodsRate"));
    b->addNumber(vat, QT_TRANSLATE_NOOP("Fields", "Construction rate"), QStringLiteral("finance.vatConstructionRate"));
    b->addNumber(vat, QT_TRANSLATE_NOOP("Fields", "Services rate"), QStringLiteral("finance.vatServicesRate"));
    b->addNumber(vat, QT_TRANSLATE_NOOP("Fields", "Surcharges on VAT"), QStringLiteral("finance.vatSurchargeRate"));
    b->enableWhen({QStringLiteral("finance.vatGoodsRate"), QStringLiteral("finance.vatConstructionRate"),
                   QStringLiteral("finance.vatServicesRate"), QStringLiteral("finance.vatSurchargeRate")},
                  [](const QJsonObject& scenario) {
                      return JsonPath::value(scenario, QStringLiteral("finance.vat")).toString() ==
                             QLatin1String("included");
                  });
    QFormLayout* tax = page->group(QT_TRANSLATE_NOOP("Fields", "Tax and public view"));
    b->addNumber(tax, QT_TRANSLATE_NOOP("Fields", "Corporate income tax"), QStringLiteral("policies.corporateTaxRate"));
    b->addNumber(tax, QT_TRANSLATE_NOOP("Fields", "Loss carry-forward"),
                 QStringLiteral("policies.lossCarryForwardYears"));
    b->addNumber(tax, QT_TRANSLATE_NOOP("Fields", "GDP multiplier (promotional estimate)"),
                 QStringLiteral("policies.gdpMultiplier"));
    return page;
}

} // namespace suanpan
