#include "mhlw/TidyExport.h"

#include "mhlw/EditionLabel.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"

#include <QMap>

#include <algorithm>

namespace Koso {

namespace {

const Measure measures[] = { Measure::Reported, Measure::Planned, Measure::Required };

QVariant bedsCell(const BedValue &v)
{
    return v.hasValue() ? QVariant(*v.beds) : QVariant();
}

// Rows of one area: measure, year, function (the four, then Total).
void appendAreaRows(const QString &code, const QString &name, const QVector<BedFigure> &figures,
                    const BedFunctionList &functions, Table *table)
{
    // (measure, year) → function key → value
    QMap<QPair<int, int>, QHash<QString, BedValue>> grouped;
    for (const BedFigure &f : figures)
        grouped[{ int(f.measure), f.year }].insert(f.functionKey, f.value);
    for (Measure m : measures) {
        for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
            if (it.key().first != int(m))
                continue;
            const int year = it.key().second;
            qint64 total = 0;
            bool complete = true;
            bool any = false;
            for (const BedFunction &f : functions) {
                const auto v = it->constFind(f.key);
                const BedValue value
                    = v == it->cend() ? BedValue::missing(QStringLiteral("-")) : *v;
                any = any || v != it->cend();
                complete = complete && value.hasValue();
                total += value.valueOr(0);
                table->rows << QVector<QVariant> { code, name,  measureKey(m),
                                                   year, f.key, bedsCell(value) };
            }
            if (any)
                table->rows << QVector<QVariant> { code,
                                                   name,
                                                   measureKey(m),
                                                   year,
                                                   QStringLiteral("Total"),
                                                   complete ? QVariant(total) : QVariant() };
        }
    }
}

} // namespace

Table TidyExport::regionBeds(Dataset &dataset, const QString &prefectureCode)
{
    Table table;
    table.title = tr("Beds by vision region (MHLW, newest edition of each figure)");
    table.sheetName = QStringLiteral("region_beds");
    table.header
        = { QStringLiteral("region_code"), QStringLiteral("region_name"), QStringLiteral("measure"),
            QStringLiteral("year"),        QStringLiteral("function"),    QStringLiteral("beds") };
    FigureStore figures(dataset);
    const BedFunctionList functions = figures.totalFunctions();
    const auto byRegion = figures.regionBedsByPrefecture(prefectureCode);
    for (const Region &r : GeographyStore(dataset).regions(prefectureCode)) {
        const auto it = byRegion.constFind(r.code);
        if (it != byRegion.cend())
            appendAreaRows(r.code, r.name, *it, functions, &table);
    }
    return table;
}

Table TidyExport::prefectureBeds(Dataset &dataset)
{
    Table table;
    table.title = tr("Beds by prefecture (MHLW, newest edition of each figure)");
    table.sheetName = QStringLiteral("prefecture_beds");
    table.header = { QStringLiteral("prefecture_code"), QStringLiteral("prefecture_name"),
                     QStringLiteral("measure"),         QStringLiteral("year"),
                     QStringLiteral("function"),        QStringLiteral("beds") };
    FigureStore figures(dataset);
    const BedFunctionList functions = figures.totalFunctions();
    for (const Prefecture &p : GeographyStore(dataset).prefectures()) {
        const QVector<BedFigure> beds = figures.beds(FigureStore::Area::Prefecture, p.code);
        if (!beds.isEmpty())
            appendAreaRows(p.code, p.name, beds, functions, &table);
    }
    return table;
}

bool TidyExport::hospitals(Dataset &dataset, const QString &prefectureCode,
                           const QString &editionLabel, Table *table, QString *error)
{
    FigureStore figures(dataset);
    HospitalStore store(dataset);
    std::optional<Edition> edition;
    if (!editionLabel.isEmpty()) {
        const EditionLabel wanted = EditionLabel::parse(editionLabel);
        edition = figures.edition(wanted.isValid() ? wanted.label : editionLabel);
        if (!edition) {
            *error = tr("The dataset has no edition %1.").arg(editionLabel);
            return false;
        }
    } else {
        const QVector<Edition> editions = figures.editions(); // oldest first
        for (auto it = editions.crbegin(); it != editions.crend() && !edition; ++it) {
            if (!store.listedIn(it->id).isEmpty())
                edition = *it;
        }
        if (!edition) {
            *error = tr("The dataset has no hospital list yet; import MHLW's 別添5② first.");
            return false;
        }
    }

    *table = Table();
    table->title = tr("Facilities listed in MHLW's 別添5②, %1").arg(edition->label);
    table->sheetName = QStringLiteral("hospitals");
    table->header = { QStringLiteral("region_code"),
                      QStringLiteral("name"),
                      QStringLiteral("municipality"),
                      QStringLiteral("total"),
                      QStringLiteral("HighAcute"),
                      QStringLiteral("Acute"),
                      QStringLiteral("Recovery"),
                      QStringLiteral("Chronic"),
                      QStringLiteral("Closed"),
                      QStringLiteral("doctors_fulltime"),
                      QStringLiteral("doctors_parttime"),
                      QStringLiteral("ambulance"),
                      QStringLiteral("general_anaesthesia"),
                      QStringLiteral("births"),
                      QStringLiteral("operations") };
    const QStringList bedKeys
        = { QStringLiteral("HighAcute"), QStringLiteral("Acute"), QStringLiteral("Recovery"),
            QStringLiteral("Chronic"), QStringLiteral("Closed") };
    const QStringList metricKeys
        = { QStringLiteral("doctors_fulltime"), QStringLiteral("doctors_parttime"),
            QStringLiteral("ambulance"),        QStringLiteral("general_anaesthesia"),
            QStringLiteral("births"),           QStringLiteral("operations") };

    const QHash<qint64, HospitalFigures> all = store.figures(edition->id, prefectureCode);
    QVector<Hospital> listed;
    for (const Hospital &h : store.hospitals(prefectureCode)) {
        if (all.contains(h.id))
            listed << h;
    }
    std::stable_sort(listed.begin(), listed.end(), [&](const Hospital &a, const Hospital &b) {
        if (a.regionCode != b.regionCode)
            return a.regionCode < b.regionCode;
        return all.value(a.id).rank.value_or(0) < all.value(b.id).rank.value_or(0);
    });
    for (const Hospital &h : std::as_const(listed)) {
        const HospitalFigures f = all.value(h.id);
        QVector<QVariant> row { h.regionCode, h.name, h.municipality };
        const bool reported = f.missingReason.isEmpty();
        qint64 total = 0;
        for (const QString &k : bedKeys)
            total += f.beds.value(k);
        row << (reported ? QVariant(total) : QVariant());
        for (const QString &k : bedKeys)
            row << (reported && f.beds.contains(k) ? QVariant(f.beds.value(k)) : QVariant());
        for (const QString &k : metricKeys)
            row << (f.metrics.contains(k) ? QVariant(f.metrics.value(k)) : QVariant());
        table->rows << row;
    }
    return true;
}

} // namespace Koso
