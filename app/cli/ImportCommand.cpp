#include "ImportCommand.h"

#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace Koso {

QString ImportCommand::summary() const
{
    return tr(
        "Import MHLW's workbooks (別添4②, 別添4③, 別添5②, ④ 流入率・流出率, 医療需要推計) and "
        "医療情報ネット's hospital locations (.zip or .csv) into a dataset.");
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset to import into."),
                                tr("DATASET"));
    const QCommandLineOption edition(
        QStringLiteral("edition"),
        tr("The edition of workbooks that do not state theirs, e.g. 令和6年度 or R6; without it, "
           "the edition their latest 実績 year implies (2024 → 令和6年度)."),
        tr("LABEL"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        tr("The snapshot date of 医療情報ネット data whose file name does not carry it "
           "(YYYY-MM-DD)."),
        tr("DATE"));
    const QCommandLineOption summaryFile(QStringLiteral("summary"),
                                         tr("Also save the summary as a text file."), tr("FILE"));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") },
                                   tr("No progress on stderr."));
    parser.addOptions({ db, edition, snapshot, summaryFile, quiet });
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("MHLW workbooks (.xlsx) and 医療情報ネット files (.zip, .csv), in any order."),
        tr("FILE..."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("No workbooks given; run \"koso import --help\"."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode, Access::Write))
        return exitCode;

    ImportSession session(dataset);
    session.setEdition(parser.value(edition));
    if (parser.isSet(snapshot)) {
        const QDate date = QDate::fromString(parser.value(snapshot).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("Cannot read the date \"%1\"; give it as 2025-06-01.")
                            .arg(parser.value(snapshot)));
        session.setSnapshotDate(date);
    }
    const bool showProgress = !parser.isSet(quiet);
    const bool terminal = isatty(fileno(stderr));
    int lastShown = -1;
    QString lastStep;
    session.setProgressHandler([&](int percent, const QString &step) {
        if (!showProgress)
            return;
        // On a terminal one line that updates; in a log a line every 10 %.
        if (terminal) {
            if (percent == lastShown && step == lastStep)
                return;
            const QByteArray line
                = (QLatin1Char('\r') + tr("%1… %2%").arg(step).arg(percent, 3)).toUtf8();
            fwrite(line.constData(), 1, size_t(line.size()), stderr);
            fflush(stderr);
        } else if (percent / 10 != lastShown / 10 || step != lastStep) {
            printErr(tr("%1… %2%").arg(step).arg(percent));
        }
        lastShown = percent;
        lastStep = step;
    });
    ImportSummary summary;
    QString error;
    const bool ok = session.run(files, &summary, &error);
    if (showProgress && terminal && lastShown >= 0)
        fputc('\n', stderr);
    if (!ok)
        return fail(error);
    // Which edition was taken, and why, when the user gave none.
    if (!session.impliedEdition().reason.isEmpty())
        printErr(session.impliedEdition().reason);

    const QString text = summary.toText();
    printOut(text);
    if (summary.nothingChanged())
        printErr(tr("Nothing changed: every file was imported before."));
    if (parser.isSet(summaryFile)) {
        QSaveFile out(parser.value(summaryFile));
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
            return fail(tr("The import is done, but the summary could not be saved to %1: %2")
                            .arg(parser.value(summaryFile), out.errorString()));
    }
    return 0;
}

} // namespace Koso
