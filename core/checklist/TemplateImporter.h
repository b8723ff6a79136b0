#pragma once

#include "checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Koso {

struct TableData;

// Reads a checklist template from a table with the columns No., ジャンル, 項目 and 根拠
// (CSV in UTF-8 or Shift_JIS, or the first sheet of an .xlsx). Rows above the header (a
// title), notes below the items (text in the first column only) and columns it does not know
// are ignored; an empty ジャンル cell continues the genre
// above it, as in a sheet with merged genre cells. Anything wrong (a missing column, a No. that
// is not a number or is repeated or out of order, an empty item, a genre that comes back after
// another one) rejects the whole file with the row and column of every problem.
class TemplateImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::TemplateImporter)

public:
    // Fills genres and items of *out; name, version, title and note are the caller's.
    static bool readFile(const QString &path, ChecklistTemplate *out, QString *error);
    static bool fromTable(const TableData &table, ChecklistTemplate *out, QString *error);

    // At most this many problems are listed; the rest are counted.
    static constexpr int MaxListedProblems = 10;
    // The official checklist has 31 items; a template of more than this is not a checklist
    // (and would print a form of hundreds of pages).
    static constexpr int MaxItems = 500;

    // "B" for the second column, "AA" for the 27th.
    static QString columnLetter(int column);

private:
    struct ReadState; // the table being read: its header, columns and problems

    static bool findHeader(ReadState &s);
    static int lastItemRow(const ReadState &s);
    static void readItem(ReadState &s, int row);
    static bool readNumber(ReadState &s, int row, int *number);
    static QString readGenre(ReadState &s, int row);
};

} // namespace Koso
