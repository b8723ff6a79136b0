#pragma once

// PolicyFixture's small prefecture with what the planning tests need besides:
//   reported region beds 2024 (edition 令和6年度):
//     4301 HighAcute 100, Acute 410, Recovery 50, Chronic 40 (total 600), Closed 20
//     4302 HighAcute 0, Acute 139, Recovery 60, Chronic 0 (total 199), Closed 10
//   policies: A agreed_verified (2023-03-01), B implemented (2024-01-10), C drafting,
//     D agreed, E verifying and 再検証対象 (so 4301: 2 of 3 hospitals, 520 of 620 beds done)
//   a council of 4301 meeting on 2024-03-01 (FY2023), 2024-06-10 and 2025-02-10 (FY2024).

#include "PolicyFixture.h"

#include "council/CouncilStore.h"

namespace PlanningFixture {

inline bool build(Koso::Dataset &ds, const QString &path, PolicyFixture::Ids *ids)
{
    using namespace Koso;
    using PolicyFixture::at;
    if (!PolicyFixture::build(ds, path, ids))
        return false;
    const QString s = QStringLiteral("status");
    bool ok = PolicyFixture::set(ds, ids->a, { { s, QStringLiteral("agreed_verified") } },
                                 at(2023, 3, 1))
        && PolicyFixture::set(ds, ids->b, { { s, QStringLiteral("agreed_verified") } },
                              at(2023, 9, 15))
        && PolicyFixture::set(ds, ids->b, { { s, QStringLiteral("implemented") } }, at(2024, 1, 10))
        && PolicyFixture::set(ds, ids->c, { { s, QStringLiteral("drafting") } }, at(2023, 5, 1))
        && PolicyFixture::set(ds, ids->d, { { s, QStringLiteral("agreed") } }, at(2023, 12, 1))
        && PolicyFixture::set(ds, ids->e,
                              { { s, QStringLiteral("verifying") },
                                { QStringLiteral("reverification_target"), QStringLiteral("1") } },
                              at(2023, 6, 1));
    if (!ok)
        return false;
    Transaction tx(ds.database());
    QString error;
    FigureStore figures(ds);
    const int r6 = figures.edition(QStringLiteral("令和6年度"))->id;
    const QMap<QString, QVector<qint64>> reported {
        { QStringLiteral("4301"), { 100, 410, 50, 40, 20 } },
        { QStringLiteral("4302"), { 0, 139, 60, 0, 10 } },
    };
    const QStringList keys { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                             QStringLiteral("Recovery"), QStringLiteral("Chronic"),
                             QStringLiteral("Closed") };
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        for (int i = 0; i < keys.size(); ++i) {
            BedFigure f;
            f.areaCode = it.key();
            f.measure = Measure::Reported;
            f.year = 2024;
            f.functionKey = keys.at(i);
            f.value = BedValue::of(it.value().at(i));
            f.editionId = r6;
            ok = ok && figures.putBed(FigureStore::Area::Region, f, &error);
        }
    }
    CouncilStore councils(ds);
    Council c;
    c.prefectureCode = QStringLiteral("43");
    c.regionCode = QStringLiteral("4301");
    c.name = QStringLiteral("熊本・上益城地域医療構想調整会議");
    c.id = councils.insertCouncil(c, &error);
    ok = ok && c.id > 0;
    int number = 1;
    for (const QDate &d : { QDate(2024, 3, 1), QDate(2024, 6, 10), QDate(2025, 2, 10) }) {
        CouncilMeeting m;
        m.councilId = c.id;
        m.number = number++;
        m.heldOn = d;
        m.agenda = { QStringLiteral("対応方針の協議") };
        m.decisions = QStringLiteral("了承");
        if (d.year() == 2024 && d.month() == 6)
            m.reportedToMunicipalitiesOn = QDate(2024, 7, 1);
        ok = ok && councils.insertMeeting(m, &error) > 0;
    }
    if (!ok || !tx.commit()) {
        qWarning() << error;
        return false;
    }
    return true;
}

} // namespace PlanningFixture
