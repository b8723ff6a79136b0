#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace Koso {

class Dataset;

// One subcommand of the koso tool (koso info, koso import, …). A command parses its own
// arguments with QCommandLineParser, prints results on stdout and, on failure, one line on
// stderr through fail(), returning a non-zero exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::Command)

public:
    virtual ~Command() = default;

    // The word after "koso" (may hold a space for nested commands such as "policies import").
    virtual QString name() const = 0;
    // One line for "koso --help".
    virtual QString summary() const = 0;
    // Chart and report commands render with Qt Charts and need a QApplication.
    virtual bool needsGui() const { return false; }
    // arguments[0] is "koso <name>", the rest are the command's own arguments.
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Sets up --help and the description; returns false (after printing) when parsing failed
    // or help was shown, with *exitCode set.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const;
    // Prints "koso: message" on stderr and returns the exit code for failures.
    static int fail(const QString &message);
    // The file given with --out (out), for commands that take no positional arguments; false,
    // after printing why, when there is a stray argument or no file. usage shows the call.
    static bool outputPath(const QCommandLineParser &parser, const QCommandLineOption &out,
                           const QString &usage, QString *path, int *exitCode);
    // --threshold PERCENT: the band around the required beds within which a function is not
    // flagged; the desktop's setting does not reach the command line, so the default is
    // GapAnalysis::DefaultThreshold.
    static QCommandLineOption thresholdOption();
    // The threshold given (or the default) as a fraction; false, after printing why, when the
    // text is not a percentage.
    static bool readThreshold(const QCommandLineParser &parser, const QCommandLineOption &option,
                              double *fraction, int *exitCode);
    // "10", "10%" or "0.1" → 0.10; nullopt if it is not a threshold.
    static std::optional<double> parseThreshold(const QString &text);
    // How a command uses its dataset. Write takes the dataset's lock (one writer at a time),
    // waiting a few seconds for another holder; Read needs no lock and never writes.
    enum class Access { Read, Write };
    // Opens an existing dataset, or prints why not (for a dataset in use: who holds it).
    static bool openDataset(Dataset &dataset, const QString &path, int *exitCode,
                            Access access = Access::Read);
    static void printOut(const QString &text);
    static void printErr(const QString &text);
};

} // namespace Koso
