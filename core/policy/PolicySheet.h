#pragma once

#include "io/Table.h"
#include "io/TableReader.h"
#include "model/Hospital.h"
#include "policy/SetPolicyValuesCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;

// A bad cell or row of a filled-in policy sheet: where it is and what is wrong.
struct PolicySheetIssue
{
    int line = 0; // CSV line or .xlsx row, 1-based; 0 for the file as a whole
    QString column; // the header as written in the sheet; empty for the whole row
    QString message;

    QString text() const;
};

// What importing a sheet would do: every change, or every reason it cannot be applied.
struct PolicySheetPreview
{
    QString fileName;
    int rowsRead = 0; // data rows (blank rows not counted)
    int rowsChanged = 0;
    QVector<PolicySheetIssue> errors; // the first PolicySheet::MaxListedErrors
    int errorsNotListed = 0; // the errors beyond those
    QVector<PolicyValueChange> changes;

    bool ok() const { return errors.isEmpty() && errorsNotListed == 0; }
    int errorCount() const { return int(errors.size()) + errorsNotListed; }
    // "… and 12,345 more errors", or empty when every error is listed.
    QString moreErrorsText() const;
};

// The policy table that hospitals fill in: exported per region or for the prefecture (.xlsx
// with an instructions sheet, or CSV), and read back with every cell checked. Headers, status
// words and owner groups are Japanese, as the hospitals read them; the 管理番号 column (the
// internal id) or the region code + name + municipality identify each hospital.
//
// Reading never writes: it returns the preview; applying is a SetPolicyValuesCommand built
// from the preview's changes, so an import is one undo step and is applied whole or not at all.
class PolicySheet
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicySheet)

public:
    // More beds than this in one function is a typing error (the largest hospitals in Japan
    // have about 1,500 beds in all).
    static constexpr int MaxBedsPerFunction = 3000;
    // A sheet holds one row per hospital: a prefecture has at most a few thousand (Tokyo about
    // 1,650 with beds); more rows than this is not a policy sheet.
    static constexpr int MaxRows = 20000;
    // Errors listed one by one; the rest are counted.
    static constexpr int MaxListedErrors = 200;

    // The data table (merged hospitals left out) and, for .xlsx, the instructions sheet.
    static Table policyTable(Dataset &dataset, const QString &areaCode);
    static Table instructionsTable(Dataset &dataset);
    // Writes .xlsx (two sheets) or .csv (the data table) by the suffix.
    static bool write(Dataset &dataset, const QString &areaCode, const QString &path,
                      QString *error);

    // Checks every row and cell against the dataset; today is the latest date accepted.
    static PolicySheetPreview read(Dataset &dataset, const TableData &data,
                                   const QDate &today = QDate::currentDate());
    static PolicySheetPreview readFile(Dataset &dataset, const QString &path,
                                       const QDate &today = QDate::currentDate());

    // Applies a clean preview in one transaction with history (for the command line; the GUI
    // pushes makeCommand() on its undo stack).
    static bool apply(Dataset &dataset, const PolicySheetPreview &preview, QString *error);
    static std::unique_ptr<SetPolicyValuesCommand> makeCommand(Dataset &dataset,
                                                               const PolicySheetPreview &preview);
    // One line per change: "サンプル病院: Status: Drafting → Agreed and verified".
    static QStringList describe(Dataset &dataset, const PolicySheetPreview &preview);

private:
    struct ReadState; // the sheet being read: its columns and where each is

    static bool findHeader(ReadState &s);
    static bool mapHeader(ReadState &s);
    static void readRow(ReadState &s, int row);
    static std::optional<Hospital> identifyHospital(ReadState &s, int row, int line);
    static bool readValues(ReadState &s, int row, int line, QMap<QString, QString> *values);
    static bool readValue(ReadState &s, const QString &key, const QVariant &cell, int line,
                          QMap<QString, QString> *values);
    static bool readDate(ReadState &s, const QString &key, const QVariant &cell, int line,
                         QMap<QString, QString> *values);
    static QString meetingOn(ReadState &s, const Hospital &hospital, const QDate &day);
    static void collectChanges(ReadState &s, const Hospital &hospital,
                               QMap<QString, QString> values);
};

} // namespace Koso
