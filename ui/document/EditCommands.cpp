#include "EditCommands.h"

#include "ScenarioDocument.h"
#include "model/JsonPath.h"

#include <QCoreApplication>
#include <QUuid>

namespace suanpan {

SetFieldCommand::SetFieldCommand(ScenarioDocument* document, int scenario, const QString& path, const QJsonValue& value,
                                 const QString& label, bool mergeable)
    : m_document(document)
    , m_scenario(scenario)
    , m_path(path)
    , m_mergeable(mergeable)
    , m_before(document->json(scenario))
    , m_after(m_before)
{
    if (value.isUndefined()) {
        JsonPath::remove(m_after, path);
    } else {
        JsonPath::setValue(m_after, path, value);
    }
    setText(QCoreApplication::translate("EditCommands", "Change %1").arg(label.isEmpty() ? path : label));
}

void SetFieldCommand::undo()
{
    m_document->replaceJson(m_scenario, m_before);
}

void SetFieldCommand::redo()
{
    m_document->replaceJson(m_scenario, m_after);
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (next->m_scenario != m_scenario || next->m_path != m_path) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

InsertScenarioCommand::InsertScenarioCommand(ScenarioDocument* document, int index, const QJsonObject& json)
    : m_document(document)
    , m_index(index)
    , m_json(json)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setText(QCoreApplication::translate("EditCommands", "Add scenario %1")
                .arg(json.value(QStringLiteral("name")).toString()));
}

void InsertScenarioCommand::undo()
{
    m_document->takeScenarioAt(m_index);
}

void InsertScenarioCommand::redo()
{
    m_document->insertScenarioAt(m_index, m_json, m_key);
}

RemoveScenarioCommand::RemoveScenarioCommand(ScenarioDocument* document, int index)
    : m_document(document)
    , m_index(index)
    , m_json(document->json(index))
    , m_key(document->key(index))
{
    setText(QCoreApplication::translate("EditCommands", "Delete scenario %1")
                .arg(m_json.value(QStringLiteral("name")).toString()));
}

void RemoveScenarioCommand::undo()
{
    m_document->insertScenarioAt(m_index, m_json, m_key);
}

void RemoveScenarioCommand::redo()
{
    m_document->takeScenarioAt(m_index);
}

} // namespace suanpan
