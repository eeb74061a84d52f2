#pragma once

#include "model/Enums.h"

#include "model/Catalog.h"
#include "model/ValidationReport.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace suanpan {

class ScenarioDocument;

/**
 * \brief Binds form widgets to fields of the current scenario by path.
 *
 * Each field gets the right editor for its FieldSpec (spin box with the unit as suffix, shares shown as
 * percentages), a tooltip saying what it means, its allowed range and where its default comes from, and a
 * line under it that shows the engine's message when the value is invalid. Editing pushes an undo command
 * through the document; the widgets follow the document (undo, redo, another scenario).
 */
class FieldBinder : public QObject {
    Q_OBJECT

public:
    explicit FieldBinder(ScenarioDocument* document, QObject* parent = nullptr);

    /// Adds a labelled row for the field at `path` with the editor its kind calls for: a spin box with its unit
    /// (shares as percentages), a choice among an enumeration's values or a catalog's entries, a catalog figure
    /// overridden for this scenario (shown until edited, with a button that goes back to it), text, a list of text
    /// edited as "a, b, c", or a flag. Label, unit, range and help come from the schema (model/FieldInfo.h).
    void add(QFormLayout* form, const QString& path);
    /// A row for each of `paths`, in order.
    void add(QFormLayout* form, const QStringList& paths);

    /// Greys out the rows of `paths` unless `condition` holds for the current scenario (e.g. VAT rates while
    /// VAT is not modelled): they would change nothing.
    void enableWhen(const QStringList& paths, std::function<bool(const QJsonObject& scenario)> condition);

    /// Updates every widget from the current scenario (values and messages).
    void refresh();
    void retranslate();

private:
    void addNumber(QFormLayout* form, const char* label, const QString& path);
    void addOverride(QFormLayout* form, const char* label, const QString& path, CatalogKind kind,
                     const QString& referencePath);
    /// A choice among fixed values; labels are QT_TRANSLATE_NOOP("Choices", …) texts.
    void addChoice(QFormLayout* form, const char* label, const QString& path, const QStringList& values,
                   const std::vector<const char*>& labels);
    void addCatalogChoice(QFormLayout* form, const char* label, const QString& path, CatalogKind kind);
    void addText(QFormLayout* form, const char* label, const QString& path);
    void addList(QFormLayout* form, const char* label, const QString& path);
    void addFlag(QFormLayout* form, const char* label, const QString& path);
    enum class Kind { Number, Integer, Choice, CatalogChoice, Text, List, Flag, Override };
    struct Binding {
        Kind kind = Kind::Number;
        QString path;
        const char* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* labelWidget = nullptr;
        QLabel* issue = nullptr;
        double scale = 1;
        QStringList values;
        std::vector<const char*> choiceLabels;
        CatalogKind catalog = CatalogKind::Chips;
        QString referencePath; ///< for overrides: the field holding the catalog id (e.g. site.regionId)
        std::function<bool(const QJsonObject&)> enabled; ///< empty: always enabled
    };

    Binding& add(QFormLayout* form, Kind kind, const char* label, const QString& path, QWidget* editor);
    void push(const Binding& binding, const QJsonValue& value);
    void showValue(Binding& binding, const QJsonValue& value);
    bool showIssues(Binding& binding, const ValidationReport& issues);
    QString tooltip(const Binding& binding) const;
    double catalogValue(const Binding& binding) const;
    void fillChoices(Binding& binding);

    ScenarioDocument* m_document;
    std::vector<Binding> m_bindings;
    bool m_refreshing = false;
};

} // namespace suanpan
