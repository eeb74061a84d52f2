#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUndoCommand>

namespace suanpan {

class ScenarioDocument;

/// Merge ids of the undo commands (house style: all in one enum).
enum CommandId { SetFieldCommandId = 1 };

/**
 * \brief Sets one field of a scenario by path. Consecutive edits of the same field merge into one step, so
 * that spinning a value from 10 to 40 is undone at once.
 */
class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(ScenarioDocument* document, int scenario, const QString& path, const QJsonValue& value,
                    const QString& label, bool mergeable = true);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeable ? SetFieldCommandId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioDocument* m_document;
    int m_scenario;
    QString m_path;
    bool m_mergeable;
    QJsonObject m_before;
    QJsonObject m_after;
};

/** \brief Adds a scenario (new or duplicated) at a position. */
class InsertScenarioCommand : public QUndoCommand {
public:
    InsertScenarioCommand(ScenarioDocument* document, int index, const QJsonObject& json);
    void undo() override;
    void redo() override;

private:
    ScenarioDocument* m_document;
    int m_index;
    QJsonObject m_json;
    QString m_key;
};

/** \brief Removes a scenario, keeping it to put back on undo. */
class RemoveScenarioCommand : public QUndoCommand {
public:
    RemoveScenarioCommand(ScenarioDocument* document, int index);
    void undo() override;
    void redo() override;

private:
    ScenarioDocument* m_document;
    int m_index;
    QJsonObject m_json;
    QString m_key;
};

} // namespace suanpan
