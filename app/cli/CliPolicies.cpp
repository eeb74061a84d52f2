// suanpan-cli policies: the policy library a scenario can name by id (methodology §8.1).

#include "CliCommands.h"
#include "CliProject.h"

#include "policy/PolicyLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace suanpan::cli {

namespace {

QJsonObject policyJson(const LibraryPolicy& p)
{
    QJsonArray confirm;
    for (const LibraryText& text : p.toConfirm) {
        confirm.append(QJsonObject{{QStringLiteral("en"), text.en}, {QStringLiteral("zh"), text.zh}});
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), toKey(p.kind)},
            {QStringLiteral("name"), p.name.in(QLocale())},
            {QStringLiteral("issuer"), p.issuer.in(QLocale())},
            {QStringLiteral("place"), p.place.in(QLocale())},
            {QStringLiteral("regionIds"), QJsonArray::fromStringList(p.regionIds)},
            {QStringLiteral("year"), p.year},
            {QStringLiteral("terms"), PolicyLibrary::terms(p)},
            {QStringLiteral("policy"), p.policy},
            {QStringLiteral("toConfirm"), confirm},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("sourceUrl"), p.sourceUrl},
            {QStringLiteral("asOf"), p.asOf},
            {QStringLiteral("estimates"), p.estimates}};
}

void printPolicy(const LibraryPolicy& p, QTextStream& out)
{
    const QLocale locale;
    out << p.id << QStringLiteral("  [") << displayName(p.kind) << QStringLiteral("]  ") << p.place.in(locale)
        << QStringLiteral(", ") << p.year << Qt::endl;
    out << QStringLiteral("  ") << p.name.in(locale) << QStringLiteral(" — ") << p.issuer.in(locale) << Qt::endl;
    out << QStringLiteral("  ") << PolicyLibrary::terms(p) << Qt::endl;
    for (const LibraryText& text : p.toConfirm) {
        out << QStringLiteral("  ") << QCoreApplication::translate("Cli", "to confirm: %1").arg(text.in(locale))
            << Qt::endl;
    }
    out << QStringLiteral("  ") << QCoreApplication::translate("Cli", "source: %1 (%2)").arg(p.source, p.asOf)
        << Qt::endl;
}

} // namespace

int policies(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "The policy library: real subsidy programs, each with its terms, the conditions to confirm and its "
               "source. A scenario names one by id: {\"library\": \"ID\"} as a capex subsidy, or as the vouchers, "
               "the electricity or the interest subsidy."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QCoreApplication::translate("Cli", "Only policies that apply at this region id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("Cli", "Only policies of this kind: %1.").arg(enumKeys<PolicyKind>().join(", ")),
        QStringLiteral("KIND"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("Cli", "Only policies whose name, issuer, place or id "
                                                                       "contains this text."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption library(
        QStringLiteral("library"),
        QCoreApplication::translate("Cli", "Read this library file instead of the shipped one (to check a file)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the policies as JSON."));
    parser.addOptions({region, kind, search, library, json});
    if (const int parsed = parseCommand(parser, arguments, 0, out, err); parsed != kContinue) {
        return parsed;
    }
    std::optional<PolicyKind> wanted;
    if (parser.isSet(kind)) {
        wanted = enumFromKey<PolicyKind>(parser.value(kind));
        if (!wanted) {
            err << QCoreApplication::translate("Cli", "--kind: \"%1\" is not one of %2")
                       .arg(parser.value(kind).left(40), enumKeys<PolicyKind>().join(QStringLiteral(", ")))
                << Qt::endl;
            return InvalidInput;
        }
    }
    PolicyLibrary fromFile;
    const PolicyLibrary* shown = &PolicyLibrary::builtIn();
    if (parser.isSet(library)) {
        const QString path = parser.value(library);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(path, file.errorString()) << Qt::endl;
            return InvalidInput;
        }
        ValidationReport report;
        fromFile = PolicyLibrary::fromBytes(file.readAll(), report);
        if (!report.isValid()) {
            for (const QString& line : report.toTextLines()) {
                err << path << QStringLiteral(": ") << line << Qt::endl;
            }
            return InvalidInput;
        }
        shown = &fromFile;
    }
    const std::vector<const LibraryPolicy*> found = shown->search(parser.value(region), wanted, parser.value(search));
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const LibraryPolicy* p : found) {
            list.append(policyJson(*p));
        }
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const LibraryPolicy* p : found) {
        printPolicy(*p, out);
        out << Qt::endl;
    }
    const auto count = static_cast<int>(found.size());
    out << QCoreApplication::translate("Cli", "%n policy(ies)", nullptr, count) << Qt::endl;
    return Ok;
}

} // namespace suanpan::cli
