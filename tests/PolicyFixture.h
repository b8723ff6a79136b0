#pragma once

// A small prefecture for the policy and council tests, with hand-countable figures:
//
//   id region kind    group        R6 beds by function                    total incl. 休棟
//   A  4301   hospital public       HighAcute 100, Acute 200, Closed 20    320
//   B  4301   hospital quasi_public Acute 150, Recovery 50                 200
//   C  4301   hospital private      Acute 60, Chronic 40                   100
//   D  4302   clinic   private      Acute 19                               19
//   E  4302   hospital public       Acute 120, Recovery 60, Closed 10      190
//
// A is also listed in the older R5 edition with Acute 250 (the newest edition must win).
// Required beds (2025): 4301 80/250/150/100, 4302 10/100/80/50.

#include "model/Hospital.h"
#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTest>

namespace PolicyFixture {

struct Ids
{
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;
};

inline bool build(Koso::Dataset &ds, const QString &path, Ids *ids)
{
    using namespace Koso;
    QString error;
    if (!ds.create(path, QStringLiteral("43"), &error)) {
        qWarning() << error;
        return false;
    }
    Transaction tx(ds.database());
    GeographyStore geo(ds);
    FigureStore figures(ds);
    HospitalStore hospitals(ds);
    bool ok = geo.upsertRegion({ QStringLiteral("4301"), QStringLiteral("43"),
                                 QStringLiteral("熊本・上益城"), std::nullopt, std::nullopt },
                               &error)
        && geo.upsertRegion({ QStringLiteral("4302"), QStringLiteral("43"), QStringLiteral("宇城"),
                              std::nullopt, std::nullopt },
                            &error);
    const int r5 = figures.ensureEdition(QStringLiteral("令和5年度"), 2023, &error);
    const int r6 = figures.ensureEdition(QStringLiteral("令和6年度"), 2024, &error);
    ok = ok && r5 > 0 && r6 > 0;

    auto add
        = [&](const QString &region, const QString &name, const QString &city, HospitalKind kind,
              OwnerGroup group, const QMap<QString, qint64> &beds, const QStringList &roles) {
              Hospital h;
              h.regionCode = region;
              h.name = name;
              h.municipality = city;
              h.kind = kind;
              h.ownerGroup = group;
              const qint64 id = hospitals.insert(h, &error);
              HospitalFigures f;
              f.hospitalId = id;
              f.editionId = r6;
              f.beds = beds;
              f.roles = roles;
              f.metrics.insert(QStringLiteral("doctors_fulltime"),
                               double(beds.value(QStringLiteral("Acute")) / 10));
              f.metrics.insert(QStringLiteral("ambulance"),
                               double(beds.value(QStringLiteral("Acute")) * 5));
              ok = ok && id > 0 && hospitals.putFigures(f, &error);
              return id;
          };
    ids->a = add(QStringLiteral("4301"), QStringLiteral("熊本中央病院"), QStringLiteral("熊本市"),
                 HospitalKind::Hospital, OwnerGroup::Public,
                 { { QStringLiteral("HighAcute"), 100 },
                   { QStringLiteral("Acute"), 200 },
                   { QStringLiteral("Closed"), 20 } },
                 { QStringLiteral("regional_support"), QStringLiteral("tertiary_emergency") });
    ids->b = add(QStringLiteral("4301"), QStringLiteral("済生会みなみ病院"),
                 QStringLiteral("熊本市"), HospitalKind::Hospital, OwnerGroup::QuasiPublic,
                 { { QStringLiteral("Acute"), 150 }, { QStringLiteral("Recovery"), 50 } },
                 { QStringLiteral("secondary_emergency") });
    ids->c = add(QStringLiteral("4301"), QStringLiteral("サンプル記念病院"),
                 QStringLiteral("益城町"), HospitalKind::Hospital, OwnerGroup::Private,
                 { { QStringLiteral("Acute"), 60 }, { QStringLiteral("Chronic"), 40 } },
                 { QStringLiteral("home_care_support") });
    ids->d = add(QStringLiteral("4302"), QStringLiteral("うき眼科クリニック"),
                 QStringLiteral("宇城市"), HospitalKind::Clinic, OwnerGroup::Private,
                 { { QStringLiteral("Acute"), 19 } }, {});
    ids->e = add(QStringLiteral("4302"), QStringLiteral("宇城市民病院"), QStringLiteral("宇城市"),
                 HospitalKind::Hospital, OwnerGroup::Public,
                 { { QStringLiteral("Acute"), 120 },
                   { QStringLiteral("Recovery"), 60 },
                   { QStringLiteral("Closed"), 10 } },
                 { QStringLiteral("secondary_emergency") });
    HospitalFigures old;
    old.hospitalId = ids->a;
    old.editionId = r5;
    old.beds = { { QStringLiteral("Acute"), 250 } };
    ok = ok && hospitals.putFigures(old, &error);

    const QMap<QString, QVector<qint64>> required {
        { QStringLiteral("4301"), { 80, 250, 150, 100 } },
        { QStringLiteral("4302"), { 10, 100, 80, 50 } },
    };
    const QStringList keys { QStringLiteral("HighAcute"), QStringLiteral("Acute"),
                             QStringLiteral("Recovery"), QStringLiteral("Chronic") };
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        for (int i = 0; i < keys.size(); ++i) {
            BedFigure f;
            f.areaCode = it.key();
            f.measure = Measure::Required;
            f.year = 2025;
            f.functionKey = keys.at(i);
            f.value = BedValue::of(it.value().at(i));
            f.editionId = r6;
            ok = ok && figures.putBed(FigureStore::Area::Region, f, &error);
        }
    }
    if (!ok || !tx.commit()) {
        qWarning() << error;
        return false;
    }
    return true;
}

// Writes values at a given moment, as if a planner had entered them then.
inline bool set(Koso::Dataset &ds, qint64 hospitalId, const QMap<QString, QString> &values,
                const QDateTime &at, const QString &by = QStringLiteral("tester"))
{
    Koso::Transaction tx(ds.database());
    QString error;
    if (!Koso::PolicyStore(ds).setValues(hospitalId, values, { at, by }, &error)) {
        qWarning() << error;
        return false;
    }
    return tx.commit();
}

inline QDateTime at(int y, int m, int d, int hour = 10)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0));
}

} // namespace PolicyFixture
