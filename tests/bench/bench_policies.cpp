// Times the policy work on a prefecture the size of Tokyo's (about 650 hospitals and 1,000
// clinics with beds) with a few years of history: loading the list, rates now and as of a
// past date, the snapshots of eight period ends, the policy sheet out and back in, and a bulk
// status change with its undo. Prints figures; not a test.

#include "policy/HospitalOverview.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyRates.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Koso;

namespace {

void report(const char *what, qint64 ms)
{
    std::printf("%-52s %7lld ms\n", what, static_cast<long long>(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("KOSO_USER", "bench");
    const int hospitalsCount = argc > 1 ? QByteArray(argv[1]).toInt() : 1650;
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    if (!ds.create(dir.filePath(QStringLiteral("bench.koso")), QStringLiteral("13"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QVector<qint64> ids;
    {
        Transaction tx(ds.database());
        GeographyStore geo(ds);
        FigureStore figures(ds);
        HospitalStore hospitals(ds);
        for (int r = 1; r <= 13; ++r)
            geo.upsertRegion({ QStringLiteral("13%1").arg(r, 2, 10, QLatin1Char('0')),
                               QStringLiteral("13"), QStringLiteral("区域%1").arg(r), std::nullopt,
                               std::nullopt },
                             &error);
        const int edition = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, &error);
        for (int i = 0; i < hospitalsCount; ++i) {
            Hospital h;
            h.regionCode = QStringLiteral("13%1").arg(i % 13 + 1, 2, 10, QLatin1Char('0'));
            h.name = QStringLiteral("病院%1").arg(i);
            h.municipality = QStringLiteral("市%1").arg(i % 60);
            h.kind = i % 5 < 2 ? HospitalKind::Clinic : HospitalKind::Hospital;
            h.ownerGroup = i % 10 == 0 ? OwnerGroup::Public
                : i % 10 == 1          ? OwnerGroup::QuasiPublic
                                       : OwnerGroup::Private;
            const qint64 id = hospitals.insert(h, &error);
            HospitalFigures f;
            f.hospitalId = id;
            f.editionId = edition;
            f.beds = { { QStringLiteral("Acute"), 19 + i % 300 },
                       { QStringLiteral("Recovery"), i % 90 } };
            hospitals.putFigures(f, &error);
            ids << id;
        }
        PolicyStore store(ds);
        // Four steps of history each, spread over FY2022–FY2024.
        const char *steps[] = { "drafting", "drafted", "agreed", "agreed_verified" };
        for (int i = 0; i < ids.size(); ++i) {
            const int last = i % 5; // some stop early
            for (int s = 0; s < 4 && s <= last; ++s) {
                const QDateTime at(QDate(2022, 6, 1).addDays(i % 200 + s * 170), QTime(10, 0));
                store.setValues(
                    ids.at(i),
                    { { QStringLiteral("status"), QString::fromLatin1(steps[s]) },
                      { QStringLiteral("beds.Acute"), QString::number(10 + s + i % 200) } },
                    { at, QStringLiteral("bench") }, &error);
            }
        }
        tx.commit();
    }
    int changes = 0;
    for (const auto &list : PolicyStore(ds).changesSince(QDateTime(QDate(2000, 1, 1), QTime())))
        changes += int(list.size());
    std::printf("%d facilities, %d recorded changes\n", int(ids.size()), changes);
    report("build the dataset", timer.restart());

    const auto rows = HospitalOverview::load(ds, QStringLiteral("13"));
    report("load the hospital list", timer.restart());
    PolicyRates::compute(ds, QStringLiteral("13"));
    report("rates now (prefecture + 13 regions)", timer.restart());
    PolicyRates::compute(ds, QStringLiteral("13"), QDate(2023, 9, 30));
    report("rates as of 2023-09-30 (from the history)", timer.restart());
    int written = 0;
    PolicyRates::takeSnapshots(ds, QStringLiteral("13"), QDate(2025, 4, 1), true, &written, &error);
    std::printf("  (%d snapshot dates)\n", written);
    report("take snapshots", timer.restart());
    const QString sheet = dir.filePath(QStringLiteral("policies.xlsx"));
    PolicySheet::write(ds, QStringLiteral("13"), sheet, &error);
    report("export the policy sheet (.xlsx)", timer.restart());
    const PolicySheetPreview preview = PolicySheet::readFile(ds, sheet);
    std::printf("  (%d rows read, %d errors)\n", preview.rowsRead, int(preview.errors.size()));
    report("read and check the sheet back", timer.restart());
    QUndoStack stack;
    PolicyActions actions(&ds, &stack);
    QVector<qint64> all;
    for (const auto &r : rows)
        all << r.hospital.id;
    actions.setStatus(all, PolicyStatus::Implemented, &error);
    report("bulk status of every facility (one step)", timer.restart());
    stack.undo();
    report("undo it", timer.restart());
    return 0;
}
