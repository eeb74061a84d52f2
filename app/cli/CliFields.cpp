// suanpan-cli fields: every numeric input a scenario has, from the one description of its fields (the schema and
// the catalogs' FieldSpecs), with unit, allowed range, default and meaning. --markdown prints the rows of
// docs/scenario-format.md.

#include "CliCommands.h"
#include "CliProject.h"

#include "model/Catalog.h"
#include "model/FieldInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace suanpan::cli {

namespace {

/// The default a field takes when a scenario leaves it out: data/catalogs/defaults.json, the catalog entry's
/// own figure, or none (required).
QString defaultText(const FieldSpec& spec)
{
    const QString path = QString::fromLatin1(spec.path);
    if (const DefaultValue* value = Catalog::builtIn().defaultFor(path)) {
        return value->value.isBool() ? (value->value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                     : value->value.toVariant().toString();
    }
    const QString catalog = path.section(QLatin1Char('.'), 0, 0);
    return catalogKindFromName(catalog) ? QStringLiteral("catalog") : QStringLiteral("required");
}

QString rangeCell(const FieldSpec& spec)
{
    const auto bound = [](double value) {
        return value >= 1e12 ? QStringLiteral("10¹²") : QString::number(value, 'g', 6);
    };
    return QStringLiteral("%1 … %2%3")
        .arg(bound(spec.min), bound(spec.max), spec.integer ? QStringLiteral(" (whole)") : QString());
}

void printMarkdownRow(const FieldSpec& spec, QTextStream& out)
{
    out << QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |")
               .arg(QLatin1String(spec.path), QString::fromUtf8(spec.unit), defaultText(spec), rangeCell(spec),
                    QString::fromUtf8(spec.help))
        << Qt::endl;
}

void printField(const FieldSpec& spec, QTextStream& out)
{
    const QString label = spec.label != nullptr ? QCoreApplication::translate("Fields", spec.label) : QString();
    out << QLatin1String(spec.path);
    if (!label.isEmpty()) {
        out << QStringLiteral("  — ") << label;
    }
    out << Qt::endl
        << QStringLiteral("  ") << rangeText(spec) << QStringLiteral("; ")
        << QCoreApplication::translate("Cli", "default: %1").arg(defaultText(spec)) << Qt::endl
        << QStringLiteral("  ") << QCoreApplication::translate("FieldHelp", spec.help) << Qt::endl;
}

} // namespace

int fields(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Every numeric input of a scenario and of the catalogs, by path (as in messages, uncertain inputs "
               "and goal seek; [] stands for a list index), with its unit, allowed range, default and meaning."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("Cli", "Only fields whose path, label or meaning contains this text."),
        QStringLiteral("TEXT"));
    const QCommandLineOption markdown(
        QStringLiteral("markdown"),
        QCoreApplication::translate("Cli", "Print the rows of the field table of docs/scenario-format.md."));
    parser.addOptions({search, markdown});
    if (const int parsed = parseCommand(parser, arguments, 0, out, err); parsed != kContinue) {
        return parsed;
    }
    const QString text = parser.value(search);
    int count = 0;
    for (const FieldSpec& spec : fieldSpecs()) {
        const QString path = QString::fromLatin1(spec.path);
        if (!text.isEmpty() && !path.contains(text, Qt::CaseInsensitive) &&
            !(spec.label != nullptr &&
              QCoreApplication::translate("Fields", spec.label).contains(text, Qt::CaseInsensitive)) &&
            !QCoreApplication::translate("FieldHelp", spec.help).contains(text, Qt::CaseInsensitive)) {
            continue;
        }
        if (parser.isSet(markdown)) {
            printMarkdownRow(spec, out);
        } else {
            printField(spec, out);
        }
        ++count;
    }
    if (!parser.isSet(markdown)) {
        out << QCoreApplication::translate("Cli", "%n field(s)", nullptr, count) << Qt::endl;
    }
    return Ok;
}

} // namespace suanpan::cli
