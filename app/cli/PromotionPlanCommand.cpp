#include "PromotionPlanCommand.h"

#include "planning/PlanningDocuments.h"
#include "storage/Dataset.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Koso {

QString PromotionPlanCommand::summary() const
{
    return tr("Write the promotion region plan (推進区域対応方針) of a region as PDF or .xlsx.");
}

int PromotionPlanCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The dataset."), tr("DATASET"));
    const QCommandLineOption region(QStringLiteral("region"), tr("The region (4-digit code)."),
                                    tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (.pdf or .xlsx)."),
                                 tr("FILE"));
    parser.addOptions({ db, region, out });
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QString path;
    if (!outputPath(parser, out,
                    QStringLiteral("koso promotion plan --db DATASET --region CODE --out FILE"),
                    &path, &exitCode))
        return exitCode;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return fail(tr("Give the file to write with --out FILE.pdf or --out FILE.xlsx."));
    if (parser.value(region).isEmpty())
        return fail(tr("Give the region with --region CODE."));
    Dataset dataset;
    if (!openDataset(dataset, parser.value(db), &exitCode))
        return exitCode;
    QString error;
    bool ok = false;
    if (suffix == QLatin1String("pdf")) {
        const auto report = PlanningDocuments::promotionPlan(dataset, parser.value(region),
                                                             QDate::currentDate(), &error);
        ok = report && PlanningDocuments::write(path, &*report, {}, &error);
    } else {
        const auto sheets
            = PlanningDocuments::promotionPlanSheets(dataset, parser.value(region), &error);
        ok = !sheets.isEmpty() && PlanningDocuments::write(path, nullptr, sheets, &error);
    }
    if (!ok)
        return fail(error);
    printOut(tr("Wrote %1.").arg(path));
    return 0;
}

} // namespace Koso
