#include "NewCommand.h"

#include "model/Prefecture.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Koso {

QString NewCommand::summary() const
{
    return tr("Create an empty dataset for a home prefecture, to import MHLW's workbooks into.");
}

int NewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The dataset file to create."),
                                 tr("FILE"));
    const QCommandLineOption prefecture(
        QStringLiteral("prefecture"),
        tr("The home prefecture: its 2-digit JIS code, 01 (北海道) to 47 (沖縄県)."), tr("CODE"));
    parser.addOptions({ out, prefecture });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out, QStringLiteral("koso new --out FILE --prefecture CODE"), &path,
                    &exitCode))
        return exitCode;
    QString code = parser.value(prefecture).trimmed();
    if (QRegularExpression(QStringLiteral("^\\d$")).match(code).hasMatch())
        code.prepend(QLatin1Char('0')); // 1 is 01
    if (!Prefecture::isOneOf47(code))
        return fail(tr("--prefecture must be a JIS code from 01 to 47, not \"%1\".")
                        .arg(parser.value(prefecture)));

    Dataset dataset;
    QString error;
    if (!dataset.create(path, code, &error))
        return fail(error);
    const auto home = GeographyStore(dataset).prefecture(code);
    printOut(tr("Created %1 for %2 %3; import MHLW's workbooks with koso import --db %1.")
                 .arg(path, code, home ? home->name : QString()));
    return 0;
}

} // namespace Koso
