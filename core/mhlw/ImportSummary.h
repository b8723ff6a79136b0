#pragma once

#include "model/BedValue.h"
#include "model/Measure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Koso {

// A figure whose value in use changed with an import (a newer edition replacing a year), or
// an older edition's figure that differs from the newer one still in use (kept).
struct FigureChange
{
    QString areaCode;
    QString areaName;
    Measure measure = Measure::Reported;
    int year = 0;
    QString functionKey;
    QString functionName;
    BedValue before;
    QString beforeEdition;
    BedValue after;
    QString afterEdition;
    bool newerKept = false; // the import brought an older edition: the figure in use stays
};

// A facility as the summary names it.
struct FacilityRef
{
    qint64 hospitalId = 0;
    QString regionCode;
    QString regionName;
    QString name;
    QString municipality;
};

// A facility that vanished and one that appeared in the same region that look like the same
// facility under a new name: for the user to confirm.
struct RenameCandidate
{
    FacilityRef before;
    FacilityRef after;
    QString reason;
};

// What one file brought.
struct FileImportSummary
{
    QString fileName;
    QString kindKey;
    QString kindName;
    QString editionLabel;
    bool alreadyImported = false;
    QDateTime previousImport;
    QString previousEdition;
    int prefectures = 0;
    int regions = 0;
    int figures = 0; // bed figures written
    int flowShares = 0; // patient flow shares written (流入率・流出率)
    int demandFigures = 0; // demand estimates written (claims per month)
    int facilities = 0;
    int facilitiesUnreported = 0;
    // A file that is not a workbook (医療情報ネット open data): its own one-line account.
    QString detail;
    QStringList warnings;
};

// What an import did, for the summary dialog, the CLI and the import record: the files, the
// figures that changed, the facilities that are new, vanished or look renamed, and every
// warning (cross-checks that did not agree, columns not recognised).
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ImportSummary)

public:
    QVector<FileImportSummary> files;
    QVector<FigureChange> changes;
    // Facilities compared with the edition before (empty on the first hospital list).
    QString comparedEdition;
    QString importedEdition;
    QVector<FacilityRef> newFacilities;
    QVector<FacilityRef> vanishedFacilities;
    QVector<RenameCandidate> renameCandidates;
    QStringList warnings; // across files (consistency between workbooks)
    // Hospital locations (医療情報ネット): matches, kinds settled, regions whose counts of
    // hospitals and clinics with beds still disagree; empty when the dataset has none.
    QStringList locationLines;
    bool cancelled = false;

    bool nothingChanged() const;
    int warningCount() const;
    // The whole summary as plain text (the "Save as text…" file, the CLI's report).
    QString toText() const;
    // A few lines for one file (kept in its import record).
    static QString fileText(const FileImportSummary &file);
    static QString describe(const FigureChange &change);
    static QString describe(const FacilityRef &facility);
    static QString valueText(const BedValue &value);
};

} // namespace Koso
