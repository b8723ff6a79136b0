#pragma once

#include "mhlw/FacilityMatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// One facility of MHLW's 医療情報ネット open data, as read.
struct FacilityLocationRow
{
    int line = 0; // line of the CSV where the row starts
    QString sourceId; // MHLW's ID (not permanent across years or owners)
    QString kind; // hospital | clinic (機関区分 1 | 2)
    QString name; // 正式名称, plain text
    QString municipalityCode; // 5 digits: 都道府県コード + 市区町村コード
    QString address; // 所在地
    std::optional<double> latitude; // missing when outside Japan (0.0 placeholders)
    std::optional<double> longitude;
    std::optional<qint64> beds; // 合計病床数
};

// What a 医療情報ネット import did, for the CLI, the import dialog and the snapshot record.
struct FacilityLocationSummary
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FacilityLocationSummary)

public:
    QString fileName;
    QDate snapshotDate;
    int rows = 0;
    int otherKinds = 0; // rows of another 機関区分 (dental clinics, pharmacies …), skipped
    int missingCoordinates = 0;
    bool alreadyImported = false; // the same file before: nothing changed
    QDate snapshotInUse; // the snapshot whose locations the dataset uses after the import
    bool olderKept = false; // the file is older than the snapshot in use: nothing replaced
    FacilityMatchSummary match; // matches after the import
    QString homePrefectureCode;
    QString homePrefectureName;
    QStringList warnings;

    bool changed() const { return !alreadyImported && !olderKept; }
    QString toText() const;
    QString fileLine() const; // what the file holds, in one sentence
};

// Imports MHLW's 医療情報ネット (医療機能情報提供制度) open data of hospitals: the .zip as
// published (one CSV inside) or the bare CSV, UTF-8 with or without BOM. Recognised by its
// header, columns read by their labels. Coordinates outside Japan (lat 20–46, lon 122–154;
// the 0.0, 0.0 placeholders) are kept as missing. The snapshot date comes from the file name
// as MHLW publishes it (…_20250601.csv) unless given.
//
// Everything happens in one transaction: the rows replace those of an older snapshot (an
// older file than the one in use changes nothing, the same file twice neither), the dataset's
// facilities are matched again (FacilityMatcher) and the kind of each matched facility is
// settled (a facility found in the hospital file is a hospital).
class FacilityLocationImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FacilityLocationImporter)

public:
    static constexpr qint64 MaxCsvBytes = 256LL * 1024 * 1024; // the clinic file is ~60 MB
    static constexpr int MaxRows = 500000;
    static constexpr int MaxZipEntries = 100;

    // Whether the file (zip or CSV) is 医療情報ネット open data, from its content; cheap: reads
    // the header only.
    static bool recognise(const QString &path);

    explicit FacilityLocationImporter(Dataset &dataset);

    // The snapshot date when the file name does not carry it.
    void setSnapshotDate(const QDate &date) { m_date = date; }

    // Reads a file without writing anything (also used by the import dialog to describe it).
    bool parse(const QString &path, QVector<FacilityLocationRow> *rows, QDate *snapshot,
               QString *error, int *otherKinds = nullptr) const;
    bool run(const QString &path, FacilityLocationSummary *summary, QString *error);

private:
    bool readBytes(const QString &path, QByteArray *bytes, QString *csvName, QString *error) const;

    Dataset &m_dataset;
    QDate m_date;
};

} // namespace Koso
