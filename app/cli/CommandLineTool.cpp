#include "CommandLineTool.h"

#include "Command.h"
#include "CommandRegistry.h"
#include "util/Localization.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <memory>

namespace Koso {

namespace {

class Help
{
    Q_DECLARE_TR_FUNCTIONS(Koso::CommandLineTool)

public:
    static QString text(const std::vector<std::unique_ptr<Command>> &commands)
    {
        QString out = tr("Usage: koso COMMAND [options]\n"
                         "Koso Planner command-line tool: the desktop program's operations for "
                         "automation and batch work.\n\nCommands:\n");
        int width = 0;
        for (const auto &c : commands)
            width = qMax(width, int(c->name().size()));
        for (const auto &c : commands)
            out += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(width), c->summary());
        out += tr("\nGlobal options: --lang ja|en, --version, --help.\n"
                  "Run \"koso COMMAND --help\" for a command's options.\n");
        return out;
    }
    static QString unknown(const QString &name)
    {
        return tr("koso: unknown command \"%1\"; run \"koso --help\" for the list.").arg(name);
    }
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// Finds "--lang X" / "--lang=X" anywhere, removes it, and returns X.
QString takeLanguage(QStringList &args)
{
    QString lang;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            lang = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    return lang;
}

} // namespace

int CommandLineTool::main(int argc, char *argv[])
{
    auto commands = CommandRegistry::commands();

    // The command words as given, without a leading --lang X (koso --lang ja info FILE).
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    takeLanguage(raw);

    // Match the longest command name ("policies import" before "policies").
    Command *chosen = nullptr;
    int consumed = 0;
    for (const auto &c : commands) {
        const QStringList words = c->name().split(QLatin1Char(' '));
        if (words.size() >= raw.size())
            continue;
        bool matches = true;
        for (int i = 0; i < words.size() && matches; ++i)
            matches = words.at(i) == raw.at(i + 1);
        if (matches && words.size() > consumed) {
            chosen = c.get();
            consumed = int(words.size());
        }
    }

    // Chart commands render offscreen when there is no display.
    if (chosen && chosen->needsGui() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (chosen && chosen->needsGui())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KosoPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("Koso Planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOSO_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString lang = takeLanguage(args);
    // Same rule as the desktop program: --lang, else the system's language.
    Localization::install(app.get(), Localization::resolveLanguage(lang, QString()));

    if (!chosen) {
        const QString first = args.value(1);
        if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
            || first == QLatin1String("help")) {
            print(stdout, Help::text(commands));
            return first.isEmpty() ? 2 : 0;
        }
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            print(stdout, QStringLiteral("koso %1\n").arg(QStringLiteral(KOSO_VERSION)));
            return 0;
        }
        print(stderr, Help::unknown(first) + QLatin1Char('\n'));
        return 2;
    }

    QStringList commandArgs;
    commandArgs << QStringLiteral("koso ") + chosen->name();
    commandArgs << args.mid(1 + consumed);
    return chosen->run(commandArgs);
}

} // namespace Koso
