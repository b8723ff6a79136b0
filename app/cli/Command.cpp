#include "Command.h"

#include "analysis/GapAnalysis.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace Koso {

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the executable's path; the user typed "koso COMMAND".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), QStringLiteral("koso ") + name());
        printOut(text);
        *exitCode = 0;
        return false;
    }
    return true;
}

QCommandLineOption Command::thresholdOption()
{
    return QCommandLineOption(
        QStringLiteral("threshold"),
        tr("The band around the required beds within which a function is not flagged, in "
           "percent (default %1).")
            .arg(GapAnalysis::DefaultThreshold * 100),
        tr("PERCENT"));
}

bool Command::readThreshold(const QCommandLineParser &parser, const QCommandLineOption &option,
                            double *fraction, int *exitCode)
{
    *fraction = GapAnalysis::DefaultThreshold;
    if (!parser.isSet(option))
        return true;
    const auto t = parseThreshold(parser.value(option));
    if (!t) {
        *exitCode = fail(tr("Cannot read the threshold \"%1\"; give a percentage such as 10.")
                             .arg(parser.value(option)));
        return false;
    }
    *fraction = *t;
    return true;
}

std::optional<double> Command::parseThreshold(const QString &text)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    bool ok = false;
    double value = t.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    if (percent || value >= 1)
        value /= 100.0;
    if (value >= 1)
        return std::nullopt;
    return value;
}

bool Command::outputPath(const QCommandLineParser &parser, const QCommandLineOption &out,
                         const QString &usage, QString *path, int *exitCode)
{
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = fail(tr("Unexpected argument %1; give the file with --out FILE.")
                             .arg(parser.positionalArguments().first()));
        return false;
    }
    *path = parser.value(out);
    if (path->isEmpty()) {
        *exitCode = fail(tr("No output file given: %1.").arg(usage));
        return false;
    }
    return true;
}

int Command::fail(const QString &message)
{
    QString line = message.simplified();
    printErr(QStringLiteral("koso: ") + line);
    return 1;
}

bool Command::openDataset(Dataset &dataset, const QString &path, int *exitCode, Access access)
{
    if (path.isEmpty()) {
        *exitCode = fail(tr("No dataset given (use --db FILE)."));
        return false;
    }
    QString error;
    if (access == Access::Write) {
        // Another program may be writing it for a moment (an import, a policy sheet): wait.
        constexpr int WaitMs = 5000;
        QElapsedTimer waited;
        waited.start();
        while (!dataset.open(path, &error, Dataset::Access::ReadWrite)) {
            if (dataset.lastOpenFailure() != Dataset::OpenFailure::Locked) {
                *exitCode = fail(error);
                return false;
            }
            if (waited.elapsed() >= WaitMs) {
                *exitCode = fail(tr("%1 is in use by %2; waited %3 s for it. Nothing was "
                                    "written; try again when it is closed.")
                                     .arg(path, dataset.lockOwner().describe())
                                     .arg(WaitMs / 1000));
                return false;
            }
            QThread::msleep(100);
        }
        return true;
    }
    // Reading needs no lock. A file of an older version (or in the older WAL journal mode) is
    // upgraded first when nobody else is writing it.
    QString headerError;
    const Dataset::Header header = Dataset::readHeader(path, &headerError);
    QString lockedError;
    if (header.isSqlite && header.applicationId == Dataset::ApplicationId
        && (header.wal || header.userVersion < Dataset::currentSchemaVersion())) {
        if (dataset.open(path, &error, Dataset::Access::ReadWrite))
            return true;
        const Dataset::OpenFailure why = dataset.lastOpenFailure();
        if (why == Dataset::OpenFailure::Locked)
            lockedError = error;
        else if (why != Dataset::OpenFailure::NotWritable) {
            *exitCode = fail(error);
            return false;
        }
    }
    if (!dataset.open(path, &error, Dataset::Access::ReadOnly)) {
        *exitCode = fail(dataset.lastOpenFailure() == Dataset::OpenFailure::NeedsUpgrade
                                 && !lockedError.isEmpty()
                             ? lockedError
                             : error);
        return false;
    }
    return true;
}

void Command::printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        fputc('\n', stdout);
    fflush(stdout);
}

void Command::printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        fputc('\n', stderr);
    fflush(stderr);
}

} // namespace Koso
