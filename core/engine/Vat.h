#pragma once

// Internal to the engine: the VAT that prices and costs include when finance.vat is "included"
// (methodology §9.1). With "none" every rate is 0 and nothing changes.

#include "model/Scenario.h"

namespace suanpan::detail {

/// The VAT rate a capex item's price includes: goods (equipment), construction (building, and the contingency,
/// which follows mostly building works), services (design and other soft costs) or none (land).
inline double vatRate(const FinanceInput& fi, CapexItem item)
{
    if (fi.vat != VatMode::Included) {
        return 0.0;
    }
    switch (item) {
    case CapexItem::Land:
        return 0.0; // land-use rights granted by the government carry no VAT to credit
    case CapexItem::Building:
    case CapexItem::Contingency:
        return fi.vatConstructionRate;
    case CapexItem::Soft:
        return fi.vatServicesRate;
    default:
        return fi.vatGoodsRate;
    }
}

/// The VAT rate an opex item includes: goods (electricity, repairs), none (staff) or services (the rest).
inline double vatRate(const FinanceInput& fi, OpexItem item)
{
    if (fi.vat != VatMode::Included) {
        return 0.0;
    }
    switch (item) {
    case OpexItem::Electricity:
    case OpexItem::Maintenance:
        return fi.vatGoodsRate;
    case OpexItem::Staff:
        return 0.0;
    default:
        return fi.vatServicesRate;
    }
}

/// The VAT rate the rental price of compute includes.
inline double revenueVatRate(const FinanceInput& fi)
{
    return fi.vat == VatMode::Included ? fi.vatServicesRate : 0.0;
}

/// The VAT part of an amount that includes it at rate: amount × rate / (1 + rate).
inline double vatPart(double amount, double rate)
{
    return amount * rate / (1.0 + rate);
}

} // namespace suanpan::detail
