#pragma once

#include "FieldBinder.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QGroupBox;
class QVBoxLayout;

namespace suanpan {

class ScenarioDocument;

/** \brief A scrollable page of input groups, each a form of bound fields. Other widgets may be added below. */
class FormPage : public QWidget {
    Q_OBJECT

public:
    explicit FormPage(ScenarioDocument* document, QWidget* parent = nullptr);

    /// A new group box with a form; `title` is a QT_TRANSLATE_NOOP("Fields", …) text.
    QFormLayout* group(const char* title);
    /// Adds any widget (a table, a chart) under a title.
    void addSection(const char* title, QWidget* widget, int stretch = 0);
    FieldBinder* binder() const { return m_binder; }
    ScenarioDocument* document() const { return m_document; }
    /// Runs `action` on every language change (for widgets the page does not know, e.g. list editors).
    void onRetranslate(std::function<void()> action) { m_retranslateActions.push_back(std::move(action)); }
    void retranslate();

private:
    ScenarioDocument* m_document;
    FieldBinder* m_binder;
    std::vector<std::function<void()>> m_retranslateActions;
    QVBoxLayout* m_layout;
    std::vector<std::pair<QGroupBox*, const char*>> m_groups;
};

/// The input pages that are forms only (their fields are listed in docs/scenario-format.md).
FormPage* makeSitePowerPage(ScenarioDocument* document);
FormPage* makeFacilityOperationsPage(ScenarioDocument* document);
FormPage* makeFinancePage(ScenarioDocument* document);
/// Pages with lists (ListPages.cpp).
FormPage* makeRacksCoolingPage(ScenarioDocument* document);
FormPage* makeDemandPage(ScenarioDocument* document);
FormPage* makePoliciesPage(ScenarioDocument* document);
/// The compute network: where the demand comes from, rivals, map, site comparison (ui/network/NetworkPage.cpp).
FormPage* makeNetworkPage(ScenarioDocument* document);
/// Uncertain inputs, events and correlations for the risk analysis (UncertaintyPage.cpp).
FormPage* makeUncertaintyPage(ScenarioDocument* document);

} // namespace suanpan
