#include "JsonArrayTableModel.h"

#include "FieldDisplay.h"
#include "document/ScenarioDocument.h"
#include "model/FieldInfo.h"
#include "model/JsonPath.h"
#include "model/ScenarioJson.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace suanpan {

namespace {

QString payersText(const QJsonValue& value)
{
    QStringList parts;
    for (const QJsonValue& payer : value.toArray()) {
        const QJsonObject object = payer.toObject();
        parts << QStringLiteral("%1 %2").arg(object.value(QStringLiteral("payer")).toString(),
                                             QLocale::c().toString(object.value(QStringLiteral("weight")).toDouble()));
    }
    return parts.join(QStringLiteral(", "));
}

/// "Province 1, City 2" → [{payer: Province, weight: 1}, …]; a part without a number weighs 1.
QJsonArray parsePayers(const QString& text)
{
    QJsonArray payers;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString name = part.trimmed();
        double weight = 1;
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        bool ok = false;
        if (space > 0) {
            const double parsed = name.mid(space + 1).toDouble(&ok);
            if (ok) {
                weight = parsed;
                name = name.left(space).trimmed();
            }
        }
        payers.append(QJsonObject{{QStringLiteral("payer"), name}, {QStringLiteral("weight"), weight}});
    }
    return payers;
}

QString choiceLabel(const ColumnSpec& column, qsizetype at, const QString& fallback)
{
    if (at < 0 || at >= column.choiceLabels.size()) {
        return fallback;
    }
    const QString label = column.choiceLabels.at(at);
    return column.translateLabels ? QCoreApplication::translate("Choices", label.toUtf8().constData()) : label;
}

/// What a cell shows: a choice by its label, a list joined, a number in the column's scale and decimals.
QVariant displayText(const ColumnSpec& column, const QJsonValue& value)
{
    switch (column.kind) {
    case ColumnSpec::Kind::Flag:
        return {};
    case ColumnSpec::Kind::Choice:
        return choiceLabel(column, column.choices.indexOf(value.toString()), value.toString());
    case ColumnSpec::Kind::Payers:
        return payersText(value);
    case ColumnSpec::Kind::List:
        return value.toVariant().toStringList().join(QStringLiteral(", "));
    case ColumnSpec::Kind::Text:
        return value.toString();
    default:
        break;
    }
    if (value.isUndefined()) {
        return QString();
    }
    return QLocale().toString(value.toDouble() * column.displayScale, 'f',
                              column.kind == ColumnSpec::Kind::Integer ? 0 : column.decimals);
}

/// What an editor starts from: the number in the column's display scale, a list or payers as text.
QVariant editValue(const ColumnSpec& column, const QJsonValue& value)
{
    switch (column.kind) {
    case ColumnSpec::Kind::Number:
        return value.toDouble() * column.displayScale;
    case ColumnSpec::Kind::Integer:
        return value.toInt();
    case ColumnSpec::Kind::List:
        return value.toVariant().toStringList().join(QStringLiteral(", "));
    case ColumnSpec::Kind::Payers:
        return payersText(value);
    default:
        return value.toVariant();
    }
}

} // namespace

ColumnSpec fieldColumn(const QString& listPath, const QString& key)
{
    const FieldInfo* field = findField(fieldPattern(listPath + QStringLiteral("[0].") + key));
    Q_ASSERT_X(field != nullptr && field->label != nullptr, "fieldColumn", qPrintable(listPath + key));
    using Kind = ColumnSpec::Kind;
    ColumnSpec column{key, field != nullptr && field->label != nullptr ? field->label : "", Kind::Text};
    column.headerContext = "Fields";
    if (field == nullptr) {
        return column;
    }
    column.conditional = field->conditional;
    switch (field->kind) {
    case FieldInfo::Kind::Number:
    case FieldInfo::Kind::CatalogOverride:
        column.kind = field->spec != nullptr && field->spec->integer ? Kind::Integer : Kind::Number;
        column.displayScale = shownAsPercent(field->spec) ? 100 : 1;
        column.decimals = decimalsFor(field->spec);
        break;
    case FieldInfo::Kind::Choice:
        column.kind = Kind::Choice;
        for (const EnumValue& value : field->choices) {
            column.choices << QLatin1String(value.key);
            column.choiceLabels << QLatin1String(value.label);
        }
        column.translateLabels = true;
        break;
    case FieldInfo::Kind::CatalogId:
        column.kind = Kind::Choice; // the page offers the catalog's entries
        break;
    case FieldInfo::Kind::TextList:
        column.kind = Kind::List;
        break;
    case FieldInfo::Kind::Flag:
        column.kind = Kind::Flag;
        break;
    case FieldInfo::Kind::Text:
    case FieldInfo::Kind::Other:
        break;
    }
    return column;
}

std::vector<ColumnSpec> fieldColumns(const QString& listPath, const QStringList& keys)
{
    std::vector<ColumnSpec> columns;
    for (const QString& key : keys) {
        columns.push_back(fieldColumn(listPath, key));
    }
    return columns;
}

JsonArrayTableModel::JsonArrayTableModel(ScenarioDocument* document, const QString& arrayPath,
                                         std::vector<ColumnSpec> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_arrayPath(arrayPath)
    , m_columns(std::move(columns))
{
    m_rows = static_cast<int>(array().size());
    findCellsNotApplying();
    connect(document, &ScenarioDocument::scenarioEdited, this, [this](int scenario) { documentChanged(scenario); });
    // A new evaluation changes the problems shown, not the entries: no need to look again at what applies.
    connect(document, &ScenarioDocument::evaluated, this, [this](int scenario) { documentChanged(scenario, false); });
    connect(document, &ScenarioDocument::currentChanged, this, [this](int scenario) { documentChanged(scenario); });
    connect(document, &ScenarioDocument::scenarioListChanged, this,
            [this] { documentChanged(m_document->currentIndex()); });
}

QJsonArray JsonArrayTableModel::array() const
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return {};
    }
    return JsonPath::value(m_document->json(current), m_arrayPath).toArray();
}

void JsonArrayTableModel::documentChanged(int scenario, bool entriesChanged)
{
    if (scenario != m_document->currentIndex()) {
        return;
    }
    if (entriesChanged) {
        findCellsNotApplying();
    }
    const int rows = static_cast<int>(array().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

/// The cells of fields that do not belong to their entry (an S-curve's saturation on a constant-growth row): the
/// reader says which, given a value in every such cell.
void JsonArrayTableModel::findCellsNotApplying()
{
    m_notApplying.clear();
    const int current = m_document->currentIndex();
    const bool conditional =
        std::any_of(m_columns.begin(), m_columns.end(), [](const ColumnSpec& column) { return column.conditional; });
    if (current < 0 || !conditional) {
        return;
    }
    QJsonObject probe = m_document->json(current);
    const int rows = static_cast<int>(JsonPath::value(probe, m_arrayPath).toArray().size());
    for (int row = 0; row < rows; ++row) {
        for (std::size_t column = 0; column < m_columns.size(); ++column) {
            const QString path = cellPath(row, static_cast<int>(column));
            if (m_columns[column].conditional && JsonPath::value(probe, path).isUndefined()) {
                JsonPath::setValue(probe, path, 0);
            }
        }
    }
    for (const QString& path : ScenarioJson::fieldsNotApplying(probe, m_document->catalog())) {
        m_notApplying.insert(path);
    }
}

int JsonArrayTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JsonArrayTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QJsonObject JsonArrayTableModel::entry(int row) const
{
    return array().at(row).toObject();
}

QString JsonArrayTableModel::cellPath(int row, int column) const
{
    return QStringLiteral("%1[%2].%3").arg(m_arrayPath).arg(row).arg(m_columns[static_cast<std::size_t>(column)].key);
}

QString JsonArrayTableModel::issueText(const QString& path) const
{
    QStringList lines;
    for (const ValidationIssue& issue : m_document->evaluation(m_document->currentIndex()).issues.issuesAt(path)) {
        lines << issue.message;
    }
    return lines.join(QLatin1Char('\n'));
}

/// A cell's problems, then the field's help and allowed range.
QString JsonArrayTableModel::toolTip(const QString& path) const
{
    QStringList lines;
    if (m_notApplying.contains(path)) {
        lines << QCoreApplication::translate("Columns", "Not a field of this entry's type.");
    }
    if (const QString issues = issueText(path); !issues.isEmpty()) {
        lines << issues;
    }
    if (const FieldSpec* spec = findFieldSpec(fieldPattern(path))) {
        lines << QCoreApplication::translate("FieldHelp", spec->help)
              << QCoreApplication::translate("Columns", "Allowed: %1").arg(rangeText(*spec));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant JsonArrayTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) {
        return {};
    }
    const ColumnSpec& column = m_columns[static_cast<std::size_t>(index.column())];
    const QJsonObject item = entry(index.row());
    QJsonValue value = JsonPath::value(item, column.key);
    const bool fallback = value.isUndefined() && column.fallback;
    if (fallback) {
        value = column.fallback(item);
    }
    const QString path = cellPath(index.row(), index.column());
    switch (role) {
    case Qt::FontRole:
        if (fallback) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        return displayText(column, value);
    case Qt::EditRole:
        return editValue(column, value);
    case Qt::CheckStateRole:
        if (column.kind == ColumnSpec::Kind::Flag) {
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column.kind == ColumnSpec::Kind::Number || column.kind == ColumnSpec::Kind::Integer) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ChoicesRole:
        return column.choices;
    case ChoiceLabelsRole: {
        QStringList labels;
        for (qsizetype i = 0; i < column.choices.size(); ++i) {
            labels << choiceLabel(column, i, column.choices.at(i));
        }
        return labels;
    }
    case IssueRole:
        return issueText(path);
    case Qt::ToolTipRole:
        return toolTip(path);
    case Qt::BackgroundRole:
        if (!m_document->evaluation(m_document->currentIndex()).issues.issuesAt(path).empty()) {
            return QBrush(QColor(0xfd, 0xe2, 0xdf));
        }
        if (m_notApplying.contains(path)) {
            return QBrush(QColor(0xee, 0xee, 0xee)); // not a field of this entry: greyed out
        }
        return {};
    case Qt::ForegroundRole:
        return fallback ? QBrush(QColor(0x75, 0x75, 0x75)) : QVariant();
    default:
        return {};
    }
}

bool JsonArrayTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows) {
        return false;
    }
    const ColumnSpec& column = m_columns[static_cast<std::size_t>(index.column())];
    QJsonValue json;
    if (role == Qt::CheckStateRole && column.kind == ColumnSpec::Kind::Flag) {
        json = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column.kind == ColumnSpec::Kind::Number) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            return false;
        }
        json = number / column.displayScale;
    } else if (column.kind == ColumnSpec::Kind::Integer) {
        json = value.toInt();
    } else if (column.kind == ColumnSpec::Kind::Payers) {
        json = parsePayers(value.toString());
    } else if (column.kind == ColumnSpec::Kind::List) {
        QJsonArray list;
        for (const QString& item : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            list.append(item.trimmed());
        }
        json = list;
    } else {
        json = value.toString();
    }
    if (JsonPath::value(entry(index.row()), column.key) == json) {
        return true;
    }
    m_document->setField(m_document->currentIndex(), cellPath(index.row(), index.column()), json,
                         QCoreApplication::translate(column.headerContext, column.header));
    return true;
}

Qt::ItemFlags JsonArrayTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const ColumnSpec& column = m_columns[static_cast<std::size_t>(index.column())];
    if (m_notApplying.contains(cellPath(index.row(), index.column()))) {
        return Qt::ItemIsSelectable; // shown disabled: the entry's type has no such field
    }
    if (column.kind == ColumnSpec::Kind::Flag) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant JsonArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const ColumnSpec& column = m_columns[static_cast<std::size_t>(section)];
    QString header = QCoreApplication::translate(column.headerContext, column.header);
    const FieldSpec* spec = findFieldSpec(fieldPattern(QStringLiteral("%1[0].%2").arg(m_arrayPath, column.key)));
    if (role == Qt::ToolTipRole) {
        return spec != nullptr ? QCoreApplication::translate("FieldHelp", spec->help) : QVariant();
    }
    if (column.displayScale == 100) {
        header += QStringLiteral(" (%)");
    } else if (spec != nullptr && *spec->unit != '\0' && !header.contains(QLatin1Char('('))) {
        // Counting units (cards, racks, months) are said by the header itself.
        static const QStringList implied{
            QStringLiteral("share"),  QStringLiteral("cards"), QStringLiteral("racks"),        QStringLiteral("month"),
            QStringLiteral("months"), QStringLiteral("years"), QStringLiteral("project year"), QStringLiteral("firms")};
        if (!implied.contains(QLatin1String(spec->unit))) {
            header += QStringLiteral(" (%1)").arg(unitText(*spec));
        }
    }
    return header;
}

int JsonArrayTableModel::appendEntry(const QJsonObject& entryJson, const QString& label)
{
    QJsonArray list = array();
    list.append(entryJson);
    m_document->setField(m_document->currentIndex(), m_arrayPath, list, label, false);
    return static_cast<int>(list.size()) - 1;
}

void JsonArrayTableModel::removeEntry(int row, const QString& label)
{
    QJsonArray list = array();
    if (row < 0 || row >= list.size()) {
        return;
    }
    list.removeAt(row);
    m_document->setField(m_document->currentIndex(), m_arrayPath, list, label, false);
}

void JsonArrayTableModel::setColumnChoices(int column, const QStringList& values, const QStringList& labels)
{
    ColumnSpec& spec = m_columns.at(static_cast<std::size_t>(column));
    spec.choices = values;
    spec.choiceLabels = labels;
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, column), index(m_rows - 1, column));
    }
}

void JsonArrayTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    }
}

} // namespace suanpan
