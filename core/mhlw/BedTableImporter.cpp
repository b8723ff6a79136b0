#include "mhlw/BedTableImporter.h"

#include "mhlw/FigureChangeTracker.h"
#include "mhlw/ImportContext.h"
#include "mhlw/ImportSummary.h"
#include "mhlw/Label.h"
#include "io/XlsxReader.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"

#include <QHash>

namespace Koso {

BedTableImporter::BedTableImporter(Level level, const BedFunctionList &functions,
                                   const QString &fileName)
    : m_level(level)
    , m_functions(functions)
    , m_fileName(fileName)
{ }

int BedTableImporter::sheetIndex(const XlsxReader &reader)
{
    // MHLW's files have one sheet; should a later edition add a cover sheet, the sheet with
    // the comparison table is named for it.
    const QStringList names = reader.sheetNames();
    for (int i = 0; i < names.size(); ++i) {
        if (Label::normalize(names.at(i)).contains(u"必要量との比較"))
            return i;
    }
    return 0;
}

bool BedTableImporter::parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel,
                             std::atomic<qint64> *bytesRead)
{
    BedTableParser parser(m_level, m_functions, m_fileName);
    m_table = ParsedBedTable();
    if (!parser.parse(reader, sheetIndex(reader), &m_table, error, cancel, bytesRead))
        return false;

    // Each area once.
    QHash<QString, int> seen;
    for (const ParsedBedBlock &b : std::as_const(m_table.blocks)) {
        const QString code = m_level == Level::Region ? b.regionCode : b.prefectureCode;
        const auto it = seen.constFind(code);
        if (it != seen.cend()) {
            *error = tr("%1: the area %2 appears twice (blocks at rows %3 and %4).")
                         .arg(Label::place(m_fileName, m_table.sheetName, b.firstRow), code)
                         .arg(*it)
                         .arg(b.firstRow);
            return false;
        }
        seen.insert(code, b.firstRow);
    }
    return true;
}

bool BedTableImporter::write(ImportContext &ctx, QString *error)
{
    const bool regions = m_level == Level::Region;
    FigureChangeTracker *tracker = regions ? ctx.regionChanges : ctx.prefectureChanges;
    const FigureStore::Area area
        = regions ? FigureStore::Area::Region : FigureStore::Area::Prefecture;
    ctx.file->warnings << m_table.warnings;

    if (m_table.latestReportedYear != ctx.fiscalYear)
        ctx.file->warnings
            << tr("%1: the latest reported year in the workbook is %2, but the edition is %3 "
                  "(fiscal year %4). Check the edition label.")
                   .arg(m_fileName)
                   .arg(m_table.latestReportedYear)
                   .arg(ctx.editionLabel)
                   .arg(ctx.fiscalYear);

    // The prefectures must be the known ones (00 全国, 01–47, or the dataset's own).
    QHash<QString, QString> prefectureNames;
    for (const Prefecture &p : ctx.geography->prefectures())
        prefectureNames.insert(p.code, p.name);

    int done = 0;
    for (const ParsedBedBlock &b : std::as_const(m_table.blocks)) {
        if (ctx.cancelled()) {
            *error = tr("Import cancelled.");
            return false;
        }
        if (!prefectureNames.contains(b.prefectureCode)) {
            *error = tr("%1: unknown prefecture code %2.")
                         .arg(Label::place(m_fileName, m_table.sheetName, b.firstRow),
                              b.prefectureCode);
            return false;
        }
        QString areaCode;
        QString areaName;
        if (regions) {
            Region r;
            r.code = b.regionCode;
            r.prefectureCode = b.prefectureCode;
            r.name = b.regionName;
            r.population = b.population;
            r.areaKm2 = b.areaKm2;
            if (!ctx.geography->upsertRegion(r, error))
                return false;
            areaCode = r.code;
            areaName = r.name;
            ++ctx.file->regions;
        } else {
            Prefecture p;
            p.code = b.prefectureCode;
            p.name = prefectureNames.value(b.prefectureCode); // the dataset's spelling
            p.population = b.population;
            p.areaKm2 = b.areaKm2;
            if (!ctx.geography->upsertPrefecture(p, error))
                return false;
            areaCode = p.code;
            areaName = p.name;
            ++ctx.file->prefectures;
        }

        for (const ParsedBedFigure &pf : b.figures) {
            BedFigure f;
            f.areaCode = areaCode;
            f.measure = pf.measure;
            f.year = pf.year;
            f.functionKey = pf.functionKey;
            f.value = pf.value;
            f.editionId = ctx.editionId;
            if (tracker)
                tracker->check(f, areaName, &ctx.summary->changes);
            if (!ctx.figures->putBed(area, f, error))
                return false;
            ++ctx.file->figures;
        }
        for (const ParsedBedBlock::Rate &pr : b.rates) {
            ReportingRate rate;
            rate.areaCode = areaCode;
            rate.year = pr.year;
            rate.rate = pr.rate;
            rate.missingReason = pr.missingReason;
            rate.editionId = ctx.editionId;
            if (!ctx.figures->putReportingRate(area, rate, error))
                return false;
        }
        if (regions) {
            for (const ParsedBedBlock::Flow &flow : b.flows) {
                if (!ctx.figures->putPatientFlow(areaCode, flow.kind, ctx.editionId, flow.share,
                                                 flow.missingReason, error))
                    return false;
            }
        }
        if (ctx.progress && (++done % 16 == 0))
            ctx.progress(double(done) / double(m_table.blocks.size()));
    }
    return true;
}

} // namespace Koso
