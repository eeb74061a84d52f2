#pragma once

#include "engine/Analysis.h"
#include "engine/Results.h"
#include "model/Catalog.h"
#include "model/NumberTargets.h"
#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace suanpan {

/**
 * \brief The scenarios of the open project, their undo history and their live evaluation.
 *
 * Each scenario is kept as its canonical JSON (the source of truth, so that an invalid edit can be shown
 * with its message rather than refused); every change goes through an undo command that replaces values by
 * field path, after which the scenario is parsed, validated and — if valid — evaluated again. The last
 * valid results stay available, marked stale, while the inputs are invalid.
 */
class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    /** \brief The latest evaluation of one scenario. */
    struct Evaluation {
        ValidationReport issues;                  ///< problems of the current inputs (empty when valid)
        std::optional<ResolvedScenario> scenario; ///< the last valid inputs, resolved
        std::optional<Results> results;           ///< results of the last valid inputs
        std::optional<Analysis> analysis;
        bool stale = false; ///< the inputs changed to something invalid since
        double evaluationMs = 0;
    };

    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    /// Replaces the whole content (after opening a file); clears the undo history.
    void reset(const std::vector<QJsonObject>& scenarios, const Catalog& catalog);

    int count() const { return static_cast<int>(m_scenarios.size()); }
    /// A key that stays with a scenario through edits, renames and moves (not saved in files), so that a
    /// save can tell a renamed scenario from a new one.
    const QString& key(int index) const { return m_keys.at(static_cast<std::size_t>(index)); }
    const QJsonObject& json(int index) const;
    QString name(int index) const;
    const Evaluation& evaluation(int index) const;
    const Catalog& catalog() const { return m_catalog; }
    QUndoStack* undoStack() { return &m_undo; }

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    /// A name not used by any scenario, built from base ("Copy of X", "X (2)").
    QString uniqueName(const QString& base) const;

    /// Evaluates every scenario again (after a language change: messages and compliance texts are translated
    /// by the engine).
    void reevaluateAll();

    // Edits (each pushes an undoable command).
    /// Sets a field; consecutive edits of the same field merge into one undo step unless mergeable is false
    /// (structural edits: adding or removing list entries).
    void setField(int index, const QString& path, const QJsonValue& value, const QString& label = {},
                  bool mergeable = true);
    /// Writes numbers of a resolved copy of scenario `index` (targets found in `resolved` and set there) back
    /// into its inputs as one undo step (NumberTargets::jsonWrites says how).
    void setNumbers(int index, const std::vector<NumberTarget>& targets, ResolvedScenario& resolved,
                    const QString& label);
    void addScenario(const QJsonObject& json);
    void duplicateScenario(int index);
    void renameScenario(int index, const QString& name);
    void removeScenario(int index);

    // Used by the undo commands only.
    void replaceJson(int index, const QJsonObject& json);
    void insertScenarioAt(int index, const QJsonObject& json, const QString& key);
    void takeScenarioAt(int index);

Q_SIGNALS:
    /// The inputs of a scenario changed (editors refresh from json()).
    void scenarioEdited(int index);
    /// A scenario was evaluated again (results, issues or staleness changed).
    void evaluated(int index);
    /// Scenarios were added, removed or renamed.
    void scenarioListChanged();
    void currentChanged(int index);

private:
    void evaluateScenario(int index);

    std::vector<QJsonObject> m_scenarios;
    std::vector<QString> m_keys;
    std::vector<Evaluation> m_evaluations;
    Catalog m_catalog;
    QUndoStack m_undo;
    int m_current = -1;
};

} // namespace suanpan
