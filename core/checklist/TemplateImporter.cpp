#include "checklist/TemplateImporter.h"

#include "io/TableReader.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Koso {

namespace {

enum Column { NumberColumn, GenreColumn, TextColumn, BasisColumn, ColumnCount };

QString normalisedHeader(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

int columnOf(const QString &header)
{
    static const QHash<QString, int> names = {
        { QStringLiteral("no."), NumberColumn },     { QStringLiteral("no"), NumberColumn },
        { QStringLiteral("番号"), NumberColumn },    { QStringLiteral("項番"), NumberColumn },
        { QStringLiteral("ジャンル"), GenreColumn }, { QStringLiteral("genre"), GenreColumn },
        { QStringLiteral("分野"), GenreColumn },     { QStringLiteral("項目"), TextColumn },
        { QStringLiteral("項目一覧"), TextColumn },  { QStringLiteral("item"), TextColumn },
        { QStringLiteral("根拠"), BasisColumn },     { QStringLiteral("basis"), BasisColumn },
    };
    return names.value(normalisedHeader(header), -1);
}

// Cell text on one line: a line break inside Japanese text joins without a space.
QString cellText(const TableData &table, int row, int column)
{
    const QStringList lines = table.text(row, column).split(QLatin1Char('\n'));
    QString joined;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty() && joined.back().unicode() < 0x3000
            && line.front().unicode() < 0x3000)
            joined += QLatin1Char(' ');
        joined += line;
    }
    return joined;
}

} // namespace

QString TemplateImporter::columnLetter(int column)
{
    QString letters;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        letters.prepend(QChar(QLatin1Char('A').unicode() + rem));
        n = (n - 1) / 26;
    }
    return letters;
}

bool TemplateImporter::readFile(const QString &path, ChecklistTemplate *out, QString *error)
{
    TableData table;
    // Room for a title, notes and blank rows around the items; fromTable() says what is wrong.
    TableLimits limits;
    limits.maxRows = MaxItems + 100;
    limits.maxCells = qint64(limits.maxRows) * 50;
    if (!TableReader::read(path, &table, error, limits))
        return false;
    return fromTable(table, out, error);
}

struct TemplateImporter::ReadState
{
    explicit ReadState(const TableData &table)
        : table(table)
        , file(table.sheetName.isEmpty()
                   ? table.fileName
                   : TemplateImporter::tr("%1, sheet %2").arg(table.fileName, table.sheetName))
    { }

    int line(int row) const { return table.lineNumbers.value(row, row + 1); }
    QString at(int row, int column, const QString &header) const
    {
        return TemplateImporter::tr("%1, row %2, column %3 (%4)")
            .arg(file)
            .arg(line(row))
            .arg(columnLetter(column), header);
    }
    QString text(int row, int kind) const { return cellText(table, row, columns[kind]); }

    const TableData &table;
    const QString file;
    const QString headerNames[ColumnCount] = { QStringLiteral("No."), QStringLiteral("ジャンル"),
                                               QStringLiteral("項目"), QStringLiteral("根拠") };
    int headerRow = -1;
    int columns[ColumnCount] = { -1, -1, -1, -1 };
    QString headerText[ColumnCount];
    QStringList problems;
    ChecklistTemplate result;
    QHash<int, int> rowOfNumber; // No. → table row, for duplicates
    QHash<QString, int> genreEnd; // genre → last row it was seen in
    QString currentGenre;
    int previousNumber = 0;
};

bool TemplateImporter::fromTable(const TableData &table, ChecklistTemplate *out, QString *error)
{
    ReadState s(table);
    if (!findHeader(s)) {
        *error = s.problems.join(QLatin1Char('\n'));
        return false;
    }
    const int lastRow = lastItemRow(s);
    if (table.truncated || lastRow - s.headerRow > MaxItems) {
        int items = 0;
        for (int r = s.headerRow + 1; r <= lastRow; ++r) {
            for (int k = 0; k < ColumnCount; ++k) {
                if (!s.text(r, k).isEmpty()) {
                    ++items;
                    break;
                }
            }
        }
        if (table.truncated || items > MaxItems) {
            *error = tr("%1: more than %L2 items; a checklist template holds a few dozen (the "
                        "official one 31). Is this the right file?")
                         .arg(s.file)
                         .arg(MaxItems);
            return false;
        }
    }
    for (int r = s.headerRow + 1; r <= lastRow; ++r)
        readItem(s, r);
    if (s.result.items.isEmpty() && s.problems.isEmpty())
        s.problems << tr("%1: there are no items below the header row %2.")
                          .arg(s.file)
                          .arg(s.line(s.headerRow));
    if (!s.problems.isEmpty()) {
        const int total = int(s.problems.size());
        if (total > MaxListedProblems) {
            s.problems = s.problems.mid(0, MaxListedProblems);
            s.problems << tr("Further problems not listed: %1.").arg(total - MaxListedProblems);
        }
        *error = s.problems.join(QLatin1Char('\n'));
        return false;
    }
    out->genres = s.result.genres;
    out->items = s.result.items;
    return true;
}

// The header is the first row naming at least two of the columns (a title may sit above); all
// four are needed. False with the problems when there is none.
bool TemplateImporter::findHeader(ReadState &s)
{
    const TableData &table = s.table;
    for (int r = 0; r < qMin(int(table.rows.size()), 10) && s.headerRow < 0; ++r) {
        int found[ColumnCount] = { -1, -1, -1, -1 };
        int count = 0;
        for (int c = 0; c < table.rows.at(r).size(); ++c) {
            const int kind = columnOf(table.text(r, c));
            if (kind < 0)
                continue;
            if (found[kind] >= 0) {
                s.problems << tr("%1, row %2: the column %3 appears twice (columns %4 and %5).")
                                  .arg(s.file)
                                  .arg(s.line(r))
                                  .arg(s.headerNames[kind], columnLetter(found[kind]),
                                       columnLetter(c));
                continue;
            }
            found[kind] = c;
            ++count;
        }
        if (count >= 2) {
            s.headerRow = r;
            for (int k = 0; k < ColumnCount; ++k) {
                s.columns[k] = found[k];
                s.headerText[k] = found[k] >= 0 ? table.text(r, found[k]) : s.headerNames[k];
            }
        }
    }
    if (table.rows.isEmpty()) {
        s.problems = QStringList { tr("%1 is empty; a template needs the columns No., ジャンル, "
                                      "項目 and 根拠 and one row per item.")
                                       .arg(s.file) };
        return false;
    }
    if (s.headerRow < 0) {
        QString message = tr("%1: no header row found in the first rows; the template needs the "
                             "columns No., ジャンル, 項目 and 根拠.")
                              .arg(s.file);
        const QString hint = TableReader::separatorHint(table);
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
        s.problems = QStringList { message };
        return false;
    }
    for (int k = 0; k < ColumnCount; ++k) {
        if (s.columns[k] < 0)
            s.problems << tr("%1, row %2: the column %3 is missing; the template needs the "
                             "columns No., ジャンル, 項目 and 根拠.")
                              .arg(s.file)
                              .arg(s.line(s.headerRow))
                              .arg(s.headerNames[k]);
    }
    return s.problems.isEmpty();
}

// Notes below the table (an exported workbook's, or a source line) have text in the first
// column only: rows after the last one with a genre, item or basis are not items.
int TemplateImporter::lastItemRow(const ReadState &s)
{
    int lastRow = s.headerRow;
    for (int r = s.headerRow + 1; r < s.table.rows.size(); ++r) {
        if (!s.text(r, GenreColumn).isEmpty() || !s.text(r, TextColumn).isEmpty()
            || !s.text(r, BasisColumn).isEmpty())
            lastRow = r;
    }
    for (int r = lastRow + 1; r < s.table.rows.size(); ++r) {
        const QString number = s.text(r, NumberColumn);
        bool isNumber = false;
        number.normalized(QString::NormalizationForm_KC).toDouble(&isNumber);
        if (isNumber) // a numbered row with nothing else is an item without text
            lastRow = r;
    }
    return lastRow;
}

// One row: its No., genre (an empty cell continues the genre above), text and basis.
void TemplateImporter::readItem(ReadState &s, int r)
{
    const QString numberText = s.text(r, NumberColumn);
    const QString genreText = s.text(r, GenreColumn);
    const QString text = s.text(r, TextColumn);
    const QString basis = s.text(r, BasisColumn);
    if (numberText.isEmpty() && genreText.isEmpty() && text.isEmpty() && basis.isEmpty())
        return;
    int number = 0;
    const bool ok = readNumber(s, r, &number);
    const QString genre = readGenre(s, r);
    if (text.isEmpty())
        s.problems << tr("%1: the item text is empty.")
                          .arg(s.at(r, s.columns[TextColumn], s.headerText[TextColumn]));
    ChecklistItem item;
    item.number = ok ? number : 0;
    item.genre = genre;
    item.text = text;
    item.basis = basis;
    s.result.items << item;
}

// The No.: a positive whole number, not repeated, following the one before; false when it
// cannot stand (a number out of order is reported but stands).
bool TemplateImporter::readNumber(ReadState &s, int r, int *numberOut)
{
    const QString numberText = s.text(r, NumberColumn).normalized(QString::NormalizationForm_KC);
    bool ok = false;
    const double value = numberText.toDouble(&ok);
    const int number = std::isfinite(value) && std::fabs(value) < 1e9 ? int(value) : 0;
    const QString where = s.at(r, s.columns[NumberColumn], s.headerText[NumberColumn]);
    if (numberText.isEmpty()) {
        s.problems << tr("%1: the No. is empty.").arg(where);
        ok = false;
    } else if (!ok || value != double(number)) {
        s.problems << tr("%1: \"%2\" is not a whole number.").arg(where, numberText);
        ok = false;
    } else if (number <= 0) {
        s.problems
            << tr("%1: No. %2 is not positive; items are numbered from 1.").arg(where).arg(number);
        ok = false;
    } else if (s.rowOfNumber.contains(number)) {
        s.problems << tr("%1: No. %2 appears again (first in row %3).")
                          .arg(where)
                          .arg(number)
                          .arg(s.line(s.rowOfNumber.value(number)));
        ok = false;
    } else if (number != s.previousNumber + 1) {
        s.problems << tr("%1: No. %2 follows No. %3; items must be numbered 1, 2, 3… in order.")
                          .arg(where)
                          .arg(number)
                          .arg(s.previousNumber);
    }
    if (ok) {
        s.rowOfNumber.insert(number, r);
        s.previousNumber = number;
    } else if (numberText.isEmpty() || !s.rowOfNumber.contains(number)) {
        ++s.previousNumber; // a bad No. stands in for the next one: no second message below
    }
    *numberOut = number;
    return ok;
}

// The genre of a row; the items of a genre must be consecutive.
QString TemplateImporter::readGenre(ReadState &s, int r)
{
    QString genre = s.text(r, GenreColumn);
    if (genre.isEmpty()) {
        if (s.currentGenre.isEmpty())
            s.problems << tr("%1: the genre is empty.")
                              .arg(s.at(r, s.columns[GenreColumn], s.headerText[GenreColumn]));
        genre = s.currentGenre; // a merged genre cell leaves the rows below it empty
    } else if (genre != s.currentGenre && s.genreEnd.contains(genre)) {
        s.problems << tr("%1: the genre \"%2\" comes back after \"%3\" (it ended in row %4); "
                         "the items of a genre must be consecutive.")
                          .arg(s.at(r, s.columns[GenreColumn], s.headerText[GenreColumn]), genre,
                               s.currentGenre)
                          .arg(s.line(s.genreEnd.value(genre)));
    }
    if (!genre.isEmpty()) {
        if (!s.result.genres.contains(genre))
            s.result.genres << genre;
        s.currentGenre = genre;
        s.genreEnd.insert(genre, r);
    }
    return genre;
}

} // namespace Koso
