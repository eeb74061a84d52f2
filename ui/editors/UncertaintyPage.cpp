// The Uncertainty input page: which inputs are uncertain and how, which events can happen, and how inputs
// move together — the scenario's `uncertainty` section, used by the Risk tab.

#include "FormPage.h"
#include "ListEditor.h"
#include "document/ScenarioDocument.h"
#include "model/ScenarioJson.h"
#include "risk/UncertaintyPresets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

namespace suanpan {

namespace {

/// The events a trial may draw (methodology §12.3), one row each; the columns a type does not use stay empty.
ListEditor* makeEventsEditor(ScenarioDocument* document)
{
    return new ListEditor(document, QStringLiteral("uncertainty.events"),
                          fieldColumns(QStringLiteral("uncertainty.events"),
                                       {QStringLiteral("type"), QStringLiteral("chipId"), QStringLiteral("contract"),
                                        QStringLiteral("probability"), QStringLiteral("affectedShare"),
                                        QStringLiteral("delayMonths"), QStringLiteral("pflops"), QStringLiteral("year"),
                                        QStringLiteral("node"), QStringLiteral("note")}),
                          [] {
                              return QJsonObject{{QStringLiteral("type"), toKey(RiskEventType::ConstructionDelay)},
                                                 {QStringLiteral("probability"), 0.3},
                                                 {QStringLiteral("delayMonths"), 6}};
                          });
}

} // namespace

FormPage* makeUncertaintyPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    auto* intro = new QLabel;
    intro->setWordWrap(true);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "How the risk analysis draws the inputs"), intro);

    // A distribution's parameters are those of its type, in the unit of the input it draws.
    auto inputColumns = fieldColumns(
        QStringLiteral("uncertainty.inputs"),
        {QStringLiteral("path"), QStringLiteral("apply"), QStringLiteral("distribution.type"),
         QStringLiteral("distribution.min"), QStringLiteral("distribution.mode"), QStringLiteral("distribution.max"),
         QStringLiteral("distribution.mean"), QStringLiteral("distribution.sd"), QStringLiteral("note")});
    auto* inputs = new ListEditor(document, QStringLiteral("uncertainty.inputs"), std::move(inputColumns), [] {
        return QJsonObject{
            {QStringLiteral("path"), QStringLiteral("demand[*].captureShare")},
            {QStringLiteral("apply"), toKey(UncertainApply::Factor)},
            {QStringLiteral("distribution"), QJsonObject{{QStringLiteral("type"), toKey(DistributionType::Triangular)},
                                                         {QStringLiteral("min"), 0.5},
                                                         {QStringLiteral("mode"), 1.0},
                                                         {QStringLiteral("max"), 1.3}}}};
    });
    inputs->setMinimumHeight(200);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Uncertain inputs"), inputs, 2);

    ListEditor* events = makeEventsEditor(document);
    events->setMinimumHeight(140);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Events"), events, 1);

    auto* correlations = new ListEditor(document, QStringLiteral("uncertainty.correlations"),
                                        fieldColumns(QStringLiteral("uncertainty.correlations"),
                                                     {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("rho")}),
                                        [] {
                                            return QJsonObject{{QStringLiteral("rho"), 0.5}};
                                        });
    correlations->setMinimumHeight(120);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Correlations"), correlations, 1);

    auto* presets = new QPushButton;
    QObject::connect(presets, &QPushButton::clicked, page, [document] {
        const int current = document->currentIndex();
        if (current < 0 || !document->evaluation(current).scenario) {
            return;
        }
        const ResolvedScenario& resolved = *document->evaluation(current).scenario;
        Scenario scenario = resolved.input;
        if (UncertaintyPresets::addTo(scenario, resolved) > 0) {
            document->setField(current, QStringLiteral("uncertainty"),
                               ScenarioJson::toJson(scenario).value(QStringLiteral("uncertainty")),
                               QCoreApplication::translate("Fields", "Add the shipped presets"), false);
        }
    });
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Presets"), presets);
    page->onRetranslate([intro, inputs, events, correlations, presets] {
        intro->setText(QCoreApplication::translate(
            "Fields", "Each uncertain input is a field path (as in messages: demand[0].captureShare; [*] for every "
                      "entry, an id for one: chipMix[h20].override.cardPriceCny) with a distribution of its value, "
                      "or of a factor on the planned value. Events happen with a probability in each trial. The "
                      "Risk tab runs the trials."));
        presets->setText(QCoreApplication::translate("Fields", "Add the shipped presets to this scenario"));
        inputs->retranslate();
        events->retranslate();
        correlations->retranslate();
    });
    return page;
}

} // namespace suanpan
