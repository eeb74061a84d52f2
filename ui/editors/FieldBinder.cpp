#include "FieldBinder.h"

#include "document/ScenarioDocument.h"
#include "model/Catalog.h"
#include "model/FieldInfo.h"
#include "model/JsonPath.h"
#include "models/FieldDisplay.h"
#include "report/NumberFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace suanpan {

namespace {

/// Wraps an editor with a message line under it (hidden while the value is valid).
QWidget* withIssueLine(QWidget* editor, QLabel* issue, QWidget* extra = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (extra != nullptr) {
        auto* row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(extra);
        layout->addLayout(row);
    } else {
        layout->addWidget(editor);
    }
    issue->setWordWrap(true);
    issue->setStyleSheet(QStringLiteral("color: #b3261e;"));
    issue->setVisible(false);
    layout->addWidget(issue);
    return box;
}

} // namespace

FieldBinder::FieldBinder(ScenarioDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ScenarioDocument::scenarioEdited, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refresh();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, &FieldBinder::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, [this] {
        // A project may bring its own catalog entries.
        for (Binding& binding : m_bindings) {
            if (binding.kind == Kind::CatalogChoice) {
                fillChoices(binding);
            }
        }
        refresh();
    });
}

FieldBinder::Binding& FieldBinder::add(QFormLayout* form, Kind kind, const char* label, const QString& path,
                                       QWidget* editor)
{
    auto* labelWidget = new QLabel;
    auto* issue = new QLabel;
    labelWidget->setBuddy(editor);
    QWidget* extra = nullptr;
    if (kind == Kind::Override) {
        auto* reset = new QToolButton;
        reset->setText(QStringLiteral("↺"));
        reset->setObjectName(QStringLiteral("resetOverride"));
        extra = reset;
        const std::size_t at = m_bindings.size();
        connect(reset, &QToolButton::clicked, this,
                [this, at] { push(m_bindings[at], QJsonValue(QJsonValue::Undefined)); });
    }
    form->addRow(labelWidget, withIssueLine(editor, issue, extra));
    editor->setObjectName(path);
    Binding binding;
    binding.kind = kind;
    binding.path = path;
    binding.label = label;
    binding.editor = editor;
    binding.labelWidget = labelWidget;
    binding.issue = issue;
    m_bindings.push_back(binding);
    return m_bindings.back();
}

void FieldBinder::push(const Binding& binding, const QJsonValue& value)
{
    if (m_refreshing || m_document->currentIndex() < 0) {
        return;
    }
    const QJsonValue current = JsonPath::value(m_document->json(m_document->currentIndex()), binding.path);
    if (current == value) {
        return;
    }
    m_document->setField(m_document->currentIndex(), binding.path, value,
                         QCoreApplication::translate("Fields", binding.label));
}

void FieldBinder::add(QFormLayout* form, const QString& path)
{
    const FieldInfo* field = findField(fieldPattern(path));
    Q_ASSERT_X(field != nullptr, "FieldBinder::add", qPrintable(path));
    if (field == nullptr) {
        return; // a page asking for a field the schema does not have: a programming error the GUI tests catch
    }
    using FieldKind = FieldInfo::Kind;
    switch (field->kind) {
    case FieldKind::Number:
        addNumber(form, field->label, path);
        break;
    case FieldKind::Choice: {
        QStringList keys;
        std::vector<const char*> labels;
        for (const EnumValue& value : field->choices) {
            keys << QLatin1String(value.key);
            labels.push_back(value.label);
        }
        addChoice(form, field->label, path, keys, labels);
        break;
    }
    case FieldKind::CatalogId:
        addCatalogChoice(form, field->label, path, field->catalog);
        break;
    case FieldKind::CatalogOverride:
        addOverride(form, field->label, path, field->catalog, field->idPattern);
        break;
    case FieldKind::Text:
        addText(form, field->label, path);
        break;
    case FieldKind::TextList:
        addList(form, field->label, path);
        break;
    case FieldKind::Flag:
        addFlag(form, field->label, path);
        break;
    case FieldKind::Other:
        Q_ASSERT_X(false, "FieldBinder::add", "a section or list is not one row");
        break;
    }
}

void FieldBinder::add(QFormLayout* form, const QStringList& paths)
{
    for (const QString& path : paths) {
        add(form, path);
    }
}

void FieldBinder::addNumber(QFormLayout* form, const char* label, const QString& path)
{
    const FieldSpec* spec = findFieldSpec(fieldPattern(path));
    if (spec != nullptr && spec->integer) {
        auto* spin = new QSpinBox;
        // Wide ranges: an out-of-range value is typed, then shown with the engine's message.
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setGroupSeparatorShown(!QLatin1String(spec->unit).contains(QLatin1String("year")) &&
                                     !QLatin1String(spec->unit).contains(QLatin1String("month")));
        Binding& b = add(form, Kind::Integer, label, path, spin);
        const std::size_t at = m_bindings.size() - 1;
        connect(spin, &QSpinBox::valueChanged, this, [this, at](int value) { push(m_bindings[at], value); });
        (void)b;
        return;
    }
    auto* spin = new QDoubleSpinBox;
    spin->setRange(-1e15, 1e15);
    spin->setDecimals(decimalsFor(spec));
    spin->setGroupSeparatorShown(true);
    Binding& b = add(form, Kind::Number, label, path, spin);
    b.scale = shownAsPercent(spec) ? 100.0 : 1.0;
    const std::size_t at = m_bindings.size() - 1;
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, at](double value) { push(m_bindings[at], value / m_bindings[at].scale); });
}

void FieldBinder::addOverride(QFormLayout* form, const char* label, const QString& path, CatalogKind kind,
                              const QString& referencePath)
{
    auto* spin = new QDoubleSpinBox;
    spin->setRange(-1e15, 1e15);
    const QString catalogField = path.section(QStringLiteral(".override."), 1);
    const FieldSpec* spec = findFieldSpec(catalogName(kind) + QLatin1Char('.') + catalogField);
    spin->setDecimals(decimalsFor(spec));
    spin->setGroupSeparatorShown(true);
    Binding& b = add(form, Kind::Override, label, path, spin);
    b.catalog = kind;
    b.referencePath = referencePath;
    const std::size_t at = m_bindings.size() - 1;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, at](double value) { push(m_bindings[at], value); });
}

void FieldBinder::addChoice(QFormLayout* form, const char* label, const QString& path, const QStringList& values,
                            const std::vector<const char*>& labels)
{
    auto* combo = new QComboBox;
    Binding& b = add(form, Kind::Choice, label, path, combo);
    b.values = values;
    b.choiceLabels = labels;
    fillChoices(b);
    const std::size_t at = m_bindings.size() - 1;
    connect(combo, &QComboBox::activated, this,
            [this, at, combo](int row) { push(m_bindings[at], combo->itemData(row).toString()); });
}

void FieldBinder::addCatalogChoice(QFormLayout* form, const char* label, const QString& path, CatalogKind kind)
{
    auto* combo = new QComboBox;
    Binding& b = add(form, Kind::CatalogChoice, label, path, combo);
    b.catalog = kind;
    fillChoices(b);
    const std::size_t at = m_bindings.size() - 1;
    connect(combo, &QComboBox::activated, this,
            [this, at, combo](int row) { push(m_bindings[at], combo->itemData(row).toString()); });
}

void FieldBinder::addText(QFormLayout* form, const char* label, const QString& path)
{
    auto* edit = new QLineEdit;
    add(form, Kind::Text, label, path, edit);
    const std::size_t at = m_bindings.size() - 1;
    connect(edit, &QLineEdit::editingFinished, this, [this, at, edit] { push(m_bindings[at], edit->text()); });
}

void FieldBinder::addList(QFormLayout* form, const char* label, const QString& path)
{
    auto* edit = new QLineEdit;
    add(form, Kind::List, label, path, edit);
    const std::size_t at = m_bindings.size() - 1;
    connect(edit, &QLineEdit::editingFinished, this, [this, at, edit] {
        QJsonArray list;
        for (const QString& item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            list.append(item.trimmed());
        }
        push(m_bindings[at], list);
    });
}

void FieldBinder::addFlag(QFormLayout* form, const char* label, const QString& path)
{
    auto* check = new QCheckBox;
    add(form, Kind::Flag, label, path, check);
    const std::size_t at = m_bindings.size() - 1;
    connect(check, &QCheckBox::toggled, this, [this, at](bool on) { push(m_bindings[at], on); });
}

void FieldBinder::fillChoices(Binding& b)
{
    auto* combo = static_cast<QComboBox*>(b.editor);
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (b.kind == Kind::CatalogChoice) {
        const bool chinese = NumberFormat::isChinese(QLocale());
        for (const QJsonObject& entry : m_document->catalog().entries(b.catalog)) {
            const QString zh = entry.value(QStringLiteral("nameZh")).toString();
            const QString name = chinese && !zh.isEmpty() ? zh : entry.value(QStringLiteral("name")).toString();
            combo->addItem(name, entry.value(QStringLiteral("id")).toString());
        }
        return;
    }
    for (qsizetype i = 0; i < b.values.size(); ++i) {
        const auto label = static_cast<std::size_t>(i) < b.choiceLabels.size()
                               ? QCoreApplication::translate("Choices", b.choiceLabels[static_cast<std::size_t>(i)])
                               : b.values.at(i);
        combo->addItem(label, b.values.at(i));
    }
}

double FieldBinder::catalogValue(const Binding& b) const
{
    if (m_document->currentIndex() < 0) {
        return 0.0;
    }
    const QJsonObject& json = m_document->json(m_document->currentIndex());
    const QString id = JsonPath::value(json, b.referencePath).toString();
    const QJsonObject* entry = m_document->catalog().entry(b.catalog, id);
    return entry == nullptr ? 0.0 : JsonPath::value(*entry, b.path.section(QStringLiteral(".override."), 1)).toDouble();
}

QString FieldBinder::tooltip(const Binding& b) const
{
    QString pattern = fieldPattern(b.path);
    if (b.kind == Kind::Override) {
        pattern = catalogName(b.catalog) + QLatin1Char('.') + b.path.section(QStringLiteral(".override."), 1);
    }
    QStringList lines;
    const FieldSpec* spec = findFieldSpec(pattern);
    if (spec != nullptr) {
        lines << QCoreApplication::translate("FieldHelp", spec->help)
              << QCoreApplication::translate("Fields", "Allowed: %1").arg(rangeText(*spec));
    }
    if (const DefaultValue* fallback = m_document->catalog().defaultFor(fieldPattern(b.path))) {
        lines << QCoreApplication::translate("Fields", "Default: %1 — %2%3")
                     .arg(fallback->value.toVariant().toString(), fallback->source,
                          fallback->estimate ? QCoreApplication::translate("Fields", " (estimate)") : QString());
    }
    if (b.kind == Kind::Override) {
        lines << QCoreApplication::translate("Fields", "Catalog value: %1; ↺ goes back to it.")
                     .arg(QLocale().toString(catalogValue(b)));
    }
    lines << QCoreApplication::translate("Fields", "Field: %1").arg(b.path);
    return lines.join(QLatin1Char('\n'));
}

void FieldBinder::enableWhen(const QStringList& paths, std::function<bool(const QJsonObject& scenario)> condition)
{
    for (Binding& b : m_bindings) {
        if (paths.contains(b.path)) {
            b.enabled = condition;
        }
    }
    refresh();
}

void FieldBinder::refresh()
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return;
    }
    m_refreshing = true;
    const QJsonObject& json = m_document->json(current);
    const ValidationReport& issues = m_document->evaluation(current).issues;
    for (Binding& b : m_bindings) {
        QJsonValue value = JsonPath::value(json, b.path);
        if (value.isUndefined()) {
            // A field the canonical scenario leaves out (the colocation section of a center that builds) shows
            // its default, which is what it takes once it applies.
            if (const DefaultValue* fallback = m_document->catalog().defaultFor(fieldPattern(b.path))) {
                value = fallback->value;
            }
        }
        showValue(b, value);
        const bool invalid = showIssues(b, issues);
        if (b.kind == Kind::Override || b.editor->toolTip().isEmpty()) {
            b.editor->setToolTip(tooltip(b)); // an override's tooltip names the catalog value, which follows the site
        }
        if (b.enabled) {
            const bool enabled = b.enabled(json) || invalid; // an invalid value stays editable
            b.editor->setEnabled(enabled);
            b.labelWidget->setEnabled(enabled);
        }
    }
    m_refreshing = false;
}

/// Puts the value in the editor, leaving a text field the user is typing in alone.
void FieldBinder::showValue(Binding& b, const QJsonValue& value)
{
    switch (b.kind) {
    case Kind::Number: {
        auto* spin = static_cast<QDoubleSpinBox*>(b.editor);
        const double shown = value.toDouble() * b.scale;
        if (spin->value() != shown) {
            spin->setValue(shown);
        }
        break;
    }
    case Kind::Override: {
        auto* spin = static_cast<QDoubleSpinBox*>(b.editor);
        const double shown = value.isUndefined() ? catalogValue(b) : value.toDouble();
        if (spin->value() != shown) {
            spin->setValue(shown);
        }
        QFont font = spin->font();
        font.setItalic(value.isUndefined()); // italic: the catalog's value
        spin->setFont(font);
        break;
    }
    case Kind::Integer: {
        auto* spin = static_cast<QSpinBox*>(b.editor);
        if (spin->value() != value.toInt()) {
            spin->setValue(value.toInt());
        }
        break;
    }
    case Kind::Choice:
    case Kind::CatalogChoice: {
        auto* combo = static_cast<QComboBox*>(b.editor);
        combo->setCurrentIndex(combo->findData(value.toString()));
        break;
    }
    case Kind::Text: {
        auto* edit = static_cast<QLineEdit*>(b.editor);
        if (!edit->hasFocus()) {
            edit->setText(value.toString());
        }
        break;
    }
    case Kind::List: {
        auto* edit = static_cast<QLineEdit*>(b.editor);
        if (!edit->hasFocus()) {
            edit->setText(value.toVariant().toStringList().join(QStringLiteral(", ")));
        }
        break;
    }
    case Kind::Flag:
        static_cast<QCheckBox*>(b.editor)->setChecked(value.toBool());
        break;
    }
}

/// Shows the field's problems under it and marks its editor; true when it has any.
bool FieldBinder::showIssues(Binding& b, const ValidationReport& issues)
{
    QStringList messages;
    for (const ValidationIssue& issue : issues.issuesAt(b.path)) {
        messages << issue.message;
    }
    const bool invalid = !messages.isEmpty();
    b.issue->setText(messages.join(QLatin1Char('\n')));
    b.issue->setVisible(invalid);
    if (b.editor->property("invalid").toBool() != invalid || b.editor->styleSheet().isEmpty() == invalid) {
        b.editor->setStyleSheet(invalid ? QStringLiteral("background: #fde2df;") : QString());
    }
    b.editor->setProperty("invalid", invalid);
    return invalid;
}

void FieldBinder::retranslate()
{
    m_refreshing = true;
    for (Binding& b : m_bindings) {
        b.labelWidget->setText(QCoreApplication::translate("Fields", b.label));
        if (b.kind == Kind::Number || b.kind == Kind::Override) {
            const QString pattern = b.kind == Kind::Override ? catalogName(b.catalog) + QLatin1Char('.') +
                                                                   b.path.section(QStringLiteral(".override."), 1)
                                                             : fieldPattern(b.path);
            const FieldSpec* spec = findFieldSpec(pattern);
            auto* spin = static_cast<QDoubleSpinBox*>(b.editor);
            spin->setSuffix(b.scale == 100                           ? QStringLiteral(" %")
                            : spec != nullptr && *spec->unit != '\0' ? QLatin1Char(' ') + unitText(*spec)
                                                                     : QString());
        } else if (b.kind == Kind::Integer) {
            const FieldSpec* spec = findFieldSpec(fieldPattern(b.path));
            static_cast<QSpinBox*>(b.editor)->setSuffix(spec != nullptr ? QLatin1Char(' ') + unitText(*spec)
                                                                        : QString());
        } else if (b.kind == Kind::Choice || b.kind == Kind::CatalogChoice) {
            fillChoices(b);
        }
    }
    for (Binding& b : m_bindings) {
        b.editor->setToolTip(tooltip(b));
    }
    m_refreshing = false;
    refresh();
}

} // namespace suanpan
