#pragma once

#include "model/Enums.h"

#include "model/Catalog.h"

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

    /// Adds a labelled row for a numeric field. `label` is an untranslated QT_TRANSLATE_NOOP("Fields", …) text.
    void addNumber(QFormLayout* form, const char* label, const QString& path);
    /// A numeric catalog field overridden through `override` (e.g. site.override.tariffCnyPerKwh): shows the
    /// catalog's value until edited, with a button that goes back to it.
    void addOverride(QFormLayout* form, const char* label, const QString& path, CatalogKind kind,
                     const QString& referencePath);
    /// A choice among the values of an enumeration, labelled from its table (Enums.h).
    template <KeyedEnum Enum> void addChoice(QFormLayout* form, const char* label, const QString& path)
    {
        std::vector<const char*> labels;
        for (const EnumValue& value : EnumTraits<Enum>::values) {
            labels.push_back(value.label);
        }
        addChoice(form, label, path, enumKeys<Enum>(), labels);
    }
    /// A choice among the ids of a catalog, shown by name.
    void addCatalogChoice(QFormLayout* form, const char* label, const QString& path, CatalogKind kind);
    void addText(QFormLayout* form, const char* label, const QString& path);
    /// A list of text (e.g. segment ids), edited as "a, b, c".
    void addList(QFormLayout* form, const char* label, const QString& path);
    void addFlag(QFormLayout* form, const char* label, const QString& path);

    /// Greys out the rows of `paths` unless `condition` holds for the current scenario (e.g. VAT rates while
    /// VAT is not modelled): they would change nothing.
    void enableWhen(const QStringList& paths, std::function<bool(const QJsonObject& scenario)> condition);

    /// Updates every widget from the current scenario (values and messages).
    void refresh();
    void retranslate();

private:
    /// A choice among fixed values; labels are QT_TRANSLATE_NOOP("Choices", …) texts.
    void addChoice(QFormLayout* form, const char* label, const QString& path, const QStringList& values,
                   const std::vector<const char*>& labels);
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
    QString tooltip(const Binding& binding) const;
    double catalogValue(const Binding& binding) const;
    void fillChoices(Binding& binding);

    ScenarioDocument* m_document;
    std::vector<Binding> m_bindings;
    bool m_refreshing = false;
};

} // namespace suanpan
