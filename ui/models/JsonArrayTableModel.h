#pragma once

#include "model/Enums.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace suanpan {

class ScenarioDocument;

/** \brief How one column of a list editor shows and edits a field of each list entry. */
struct ColumnSpec {
    /// Payers: a list of {payer, weight}, edited as text "Province 1, City 2".
    /// List: a list of text, edited as "a, b, c".
    enum class Kind { Number, Integer, Text, List, Choice, Flag, Payers };

    ColumnSpec(QString key, const char* header, Kind kind = Kind::Number, QStringList choices = {},
               QStringList choiceLabels = {})
        : key(std::move(key))
        , header(header)
        , kind(kind)
        , choices(std::move(choices))
        , choiceLabels(std::move(choiceLabels))
    {}

    QString key;                           ///< path inside the entry ("count", "forecast.baseDemandPflops")
    const char* header;                    ///< untranslated, in headerContext
    const char* headerContext = "Columns"; ///< "Fields" for a label from the schema
    Kind kind;
    QStringList choices;          ///< JSON values offered by a Choice column
    QStringList choiceLabels;     ///< shown instead of the values, same order (empty = the values)
    bool translateLabels = false; ///< labels are QT_TRANSLATE_NOOP("Choices", …) texts
    double displayScale = 1;      ///< 100 shows shares as percentages
    int decimals = 2;
    bool conditional = false; ///< the field belongs to some entries only; elsewhere its cell is read-only
    /// The value shown (greyed) while the entry does not set the field, e.g. the catalog's price.
    std::function<QJsonValue(const QJsonObject& entry)> fallback;
};

/**
 * A column for the field `key` of the entries of the list at `listPath` (`demand`, `policies.capexSubsidies`),
 * labelled, typed and shown from the schema (model/FieldInfo.h): shares as percentages, enumerations as their
 * labelled choices, a catalog id as a choice the page fills.
 */
ColumnSpec fieldColumn(const QString& listPath, const QString& key);
/// One fieldColumn for each key, in order.
std::vector<ColumnSpec> fieldColumns(const QString& listPath, const QStringList& keys);

/// A share shown and edited as a percentage.
inline ColumnSpec percentColumn(const QString& key, const char* header, int decimals = 1)
{
    ColumnSpec column{key, header, ColumnSpec::Kind::Number};
    column.displayScale = 100;
    column.decimals = decimals;
    return column;
}

/// A choice column offering every value of an enumeration, labelled from its table (Enums.h).
template <KeyedEnum Enum> ColumnSpec choiceColumn(const QString& key, const char* header)
{
    QStringList labels;
    for (const EnumValue& value : EnumTraits<Enum>::values) {
        labels << QString::fromLatin1(value.label);
    }
    ColumnSpec column{key, header, ColumnSpec::Kind::Choice, enumKeys<Enum>(), labels};
    column.translateLabels = true;
    return column;
}

/**
 * \brief One list of the current scenario (chip mix, facility phases, demand segments, subsidies) as a
 * table. Views never touch the scenario: setData() pushes an undo command through the document, and the
 * model follows the document's change signals. Cells with a validation problem are tinted and carry the
 * engine's message as tooltip.
 */
class JsonArrayTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Role giving the choice values of a cell (QStringList) to the editing delegate.
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    static constexpr int ChoiceLabelsRole = Qt::UserRole + 2;
    static constexpr int IssueRole = Qt::UserRole + 3;

    JsonArrayTableModel(ScenarioDocument* document, const QString& arrayPath, std::vector<ColumnSpec> columns,
                        QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Appends an entry (undoable) and returns its row.
    int appendEntry(const QJsonObject& entry, const QString& label);
    /// Removes an entry (undoable).
    void removeEntry(int row, const QString& label);
    /// The JSON of an entry of the current scenario.
    QJsonObject entry(int row) const;
    /// The field path of a cell, as validation messages name it.
    QString cellPath(int row, int column) const;
    const QString& arrayPath() const { return m_arrayPath; }
    /// Replaces the offered values of a choice column (e.g. after a project brought its own catalog).
    void setColumnChoices(int column, const QStringList& values, const QStringList& labels);

    void retranslate();

private:
    QString issueText(const QString& path) const;
    QString toolTip(const QString& path) const;
    void documentChanged(int scenario, bool entriesChanged = true);
    void findCellsNotApplying();
    QJsonArray array() const;

    ScenarioDocument* m_document;
    QString m_arrayPath;
    std::vector<ColumnSpec> m_columns;
    int m_rows = 0;
    QSet<QString> m_notApplying; ///< paths of cells whose field does not belong to their entry
};

} // namespace suanpan
