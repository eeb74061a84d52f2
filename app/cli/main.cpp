// suanpan-cli: the headless front end. Wiring only: commands live in Cli*.cpp, the work in core.

#include "CliCommands.h"
#include "CliProject.h"
#include "CliRisk.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#ifdef SUANPAN_HAS_REPORT
#include <QGuiApplication>
#endif
#include <QTextStream>

#include <array>
#include <memory>
#include <optional>

namespace {

struct Command {
    const char* name;
    int (*run)(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

// Each command prints its own usage with `suanpan-cli COMMAND --help`.
constexpr std::array kCommands{
    Command{"evaluate", suanpan::cli::evaluate},
    Command{"validate", suanpan::cli::validate},
    Command{"new", suanpan::cli::newProject},
    Command{"info", suanpan::cli::info},
    Command{"log", suanpan::cli::showLog},
    Command{"import-demand", suanpan::cli::importDemand},
    Command{"import-catalog", suanpan::cli::importCatalog},
    Command{"export", suanpan::cli::exportScenario},
    Command{"risk", suanpan::cli::risk},
    Command{"goal-seek", suanpan::cli::goalSeek},
    Command{"network", suanpan::cli::network},
    Command{"policies", suanpan::cli::policies},
    Command{"fields", suanpan::cli::fields},
#ifdef SUANPAN_HAS_REPORT
    Command{"report", suanpan::cli::report},
    Command{"workbook", suanpan::cli::workbook},
#endif
};

QString usage()
{
    return QCoreApplication::translate(
        "Cli", "Usage: suanpan-cli COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  evaluate FILE [--scenario NAME] [--json] [--cashflow-csv OUT] [--years-csv OUT]\n"
               "                     Evaluate a scenario, or a project's scenarios, and print\n"
               "                     a summary (or JSON). FILE is a scenario .json or a\n"
               "                     project .suanpan.\n"
               "  validate FILE      Check a scenario (or every scenario of a project).\n"
               "\n"
               "Projects (.suanpan):\n"
               "  new --from SCENARIO.json [--from ...] -o P.suanpan [--title T]\n"
               "           [--author A] [--organization O] [--force]\n"
               "                     Create a project from scenario files.\n"
               "  info P.suanpan     Show a project's metadata, scenarios and contents.\n"
               "  log P.suanpan [--scenario NAME] [--json]\n"
               "                     List the assumption log, with the NPV of each version.\n"
               "  import-demand P.suanpan --scenario NAME FILE.csv [--note TEXT]\n"
               "                     Import a demand forecast (period, segment, value, unit).\n"
               "  import-catalog P.suanpan --catalog chips|cooling|regions|redundancy FILE.csv\n"
               "                     Import catalog figures (id and field columns).\n"
               "  export P.suanpan --scenario NAME [--json OUT] [--cashflow-csv OUT]\n"
               "                     [--years-csv OUT] [--xlsx OUT]  Write a scenario or its results.\n"
               "\n"
               "Risk:\n"
               "  risk FILE [--scenario NAME] [--trials N] [--seed S] [--sampler sobol|lhs]\n"
               "           [--threads N] [--threshold T] [--presets] [--no-sensitivity] [--json]\n"
               "                     Monte Carlo risk analysis of the uncertain inputs.\n"
               "  goal-seek FILE [--scenario NAME] --vary FIELD --target METRIC=VALUE\n"
               "           [--min X --max Y] [--factor] [--p50 --trials N --seed S --threads N]\n"
               "           [--json]\n"
               "                     Find the input value that reaches a goal.\n"
               "  network FILE [--scenario NAME] [--year Y] [--sites all|NODE,...] [--json]\n"
               "                     The demand the center wins in its compute network, from\n"
               "                     whom, over which links; with --sites, other sites.\n"
               "\n"
               "Policies:\n"
               "  policies [--region ID] [--kind KIND] [--search TEXT] [--library FILE] [--json]\n"
               "                     The policy library: real programs a scenario names by id\n"
               "                     (\"library\": \"ID\"), with terms, conditions and sources.\n"
               "\n"
               "Fields:\n"
               "  fields [--search TEXT] [--markdown]\n"
               "                     Every numeric input by path, with unit, allowed range,\n"
               "                     default and meaning.\n"
               "\n"
               "Deliverables:\n"
               "  report FILE [--scenario NAME] [--trials N] [--seed S] [--no-sensitivity]\n"
               "           -o OUT.pdf\n"
               "                     The feasibility-study report (A4 PDF) of a scenario or of\n"
               "                     every scenario of a project, in the language of --lang.\n"
               "  workbook FILE [--scenario NAME] [--trials N] -o OUT.xlsx\n"
               "                     The Excel workbook of a scenario, with live formulas.\n"
               "\n"
               "Options:\n"
               "  --lang en|zh_CN    Language of messages and summaries.\n"
               "  -h, --help         Show this help (or a command's: COMMAND --help).\n"
               "  -v, --version      Show the version.\n"
               "\n"
               "Exit codes: 0 ok, 2 invalid input (messages on stderr), 1 other failure.\n");
}

/// The value of --lang anywhere on the command line (needed before any text is printed); nothing without --lang.
std::optional<QString> languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            return arguments.at(i).mid(7);
        }
    }
    return std::nullopt;
}

} // namespace

/// Whether the command (the first argument that is not --lang) draws text: the report needs fonts, so a
/// QGuiApplication (offscreen when there is no display).
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang") {
            ++i;
        } else if (!argument.startsWith("--lang=")) {
            return argument == "report";
        }
    }
    return false;
}

int main(int argc, char* argv[])
{
#ifdef SUANPAN_HAS_REPORT
    if (needsGui(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application = needsGui(argc, argv)
                                                              ? std::make_unique<QGuiApplication>(argc, argv)
                                                              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("suanpan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUANPAN_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> language = languageArgument(arguments);
    suanpan::installTranslators(app, language.value_or(QString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (language && !suanpan::availableLanguages().contains(*language)) {
        err << QCoreApplication::translate("Cli", "--lang: expected one of %1, found \"%2\"")
                   .arg(suanpan::availableLanguages().join(QStringLiteral(", ")), language->left(40))
            << Qt::endl;
        return suanpan::cli::InvalidInput;
    }
    // --lang may also come before the command: it has been read, so it is dropped there.
    QStringList rest = arguments;
    while (rest.size() > 1 &&
           (rest.at(1) == QLatin1String("--lang") || rest.at(1).startsWith(QLatin1String("--lang=")))) {
        const bool separateValue = rest.at(1) == QLatin1String("--lang");
        rest.removeAt(1);
        if (separateValue && rest.size() > 1) {
            rest.removeAt(1);
        }
    }
    const QString command = rest.size() > 1 ? rest.at(1) : QString();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command.isEmpty()) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? suanpan::cli::InvalidInput : suanpan::cli::Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << QStringLiteral("suanpan-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return suanpan::cli::Ok;
    }
    rest.removeAt(1); // the command; QCommandLineParser expects the program name first
    for (const Command& candidate : kCommands) {
        if (command == QLatin1String(candidate.name)) {
            return candidate.run(rest, out, err);
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << Qt::endl << usage();
    return suanpan::cli::InvalidInput;
}
