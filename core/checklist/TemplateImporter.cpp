#include "checklist/TemplateImporter.h"

#include "io/TableReader.h"

#include <QHash>
#include <QRegularExpression>

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
    if (!TableReader::read(path, &table, error))
        return false;
    return fromTable(table, out, error);
}

bool TemplateImporter::fromTable(const TableData &table, ChecklistTemplate *out, QString *error)
{
    const QString file = table.sheetName.isEmpty()
        ? table.fileName
        : tr("%1, sheet %2").arg(table.fileName, table.sheetName);
    QStringList problems;
    auto line = [&](int row) {
        return table.lineNumbers.value(row, row + 1);
    };
    auto at = [&](int row, int column, const QString &header) {
        return tr("%1, row %2, column %3 (%4)")
            .arg(file)
            .arg(line(row))
            .arg(columnLetter(column), header);
    };

    // The header is the first row naming at least two of the columns (a title may sit above).
    const QString headerNames[ColumnCount] = { QStringLiteral("No."), QStringLiteral("ジャンル"),
                                               QStringLiteral("項目"), QStringLiteral("根拠") };
    int headerRow = -1;
    int columns[ColumnCount] = { -1, -1, -1, -1 };
    QString headerText[ColumnCount];
    for (int r = 0; r < qMin(int(table.rows.size()), 10) && headerRow < 0; ++r) {
        int found[ColumnCount] = { -1, -1, -1, -1 };
        int count = 0;
        for (int c = 0; c < table.rows.at(r).size(); ++c) {
            const int kind = columnOf(table.text(r, c));
            if (kind < 0)
                continue;
            if (found[kind] >= 0) {
                problems << tr("%1, row %2: the column %3 appears twice (columns %4 and %5).")
                                .arg(file)
                                .arg(line(r))
                                .arg(headerNames[kind], columnLetter(found[kind]), columnLetter(c));
                continue;
            }
            found[kind] = c;
            ++count;
        }
        if (count >= 2) {
            headerRow = r;
            for (int k = 0; k < ColumnCount; ++k) {
                columns[k] = found[k];
                headerText[k] = found[k] >= 0 ? table.text(r, found[k]) : headerNames[k];
            }
        }
    }
    if (table.rows.isEmpty()) {
        *error = tr("%1 is empty; a template needs the columns No., ジャンル, 項目 and 根拠 and "
                    "one row per item.")
                     .arg(file);
        return false;
    }
    if (headerRow < 0) {
        *error = tr("%1: no header row found in the first rows; the template needs the columns "
                    "No., ジャンル, 項目 and 根拠.")
                     .arg(file);
        return false;
    }
    for (int k = 0; k < ColumnCount; ++k) {
        if (columns[k] < 0)
            problems << tr("%1, row %2: the column %3 is missing; the template needs the columns "
                           "No., ジャンル, 項目 and 根拠.")
                            .arg(file)
                            .arg(line(headerRow))
                            .arg(headerNames[k]);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }

    // Notes below the table (an exported workbook's, or a source line) have text in the first
    // column only: rows after the last one with a genre, item or basis are not items.
    int lastRow = headerRow;
    for (int r = headerRow + 1; r < table.rows.size(); ++r) {
        if (!cellText(table, r, columns[GenreColumn]).isEmpty()
            || !cellText(table, r, columns[TextColumn]).isEmpty()
            || !cellText(table, r, columns[BasisColumn]).isEmpty())
            lastRow = r;
    }
    for (int r = lastRow + 1; r < table.rows.size(); ++r) {
        const QString number = cellText(table, r, columns[NumberColumn]);
        bool isNumber = false;
        number.normalized(QString::NormalizationForm_KC).toDouble(&isNumber);
        if (isNumber) // a numbered row with nothing else is an item without text
            lastRow = r;
    }

    ChecklistTemplate result;
    QHash<int, int> rowOfNumber; // No. → table row, for duplicates
    QHash<QString, int> genreEnd; // genre → last row it was seen in
    QString currentGenre;
    int previousNumber = 0;
    for (int r = headerRow + 1; r <= lastRow; ++r) {
        const QString numberText
            = cellText(table, r, columns[NumberColumn]).normalized(QString::NormalizationForm_KC);
        QString genre = cellText(table, r, columns[GenreColumn]);
        const QString text = cellText(table, r, columns[TextColumn]);
        const QString basis = cellText(table, r, columns[BasisColumn]);
        if (numberText.isEmpty() && genre.isEmpty() && text.isEmpty() && basis.isEmpty())
            continue;

        bool ok = false;
        const double value = numberText.toDouble(&ok);
        const int number = int(value);
        const QString numberHeader = headerText[NumberColumn];
        if (numberText.isEmpty()) {
            problems << tr("%1: the No. is empty.").arg(at(r, columns[NumberColumn], numberHeader));
            ok = false;
        } else if (!ok || value != double(number)) {
            problems << tr("%1: \"%2\" is not a whole number.")
                            .arg(at(r, columns[NumberColumn], numberHeader), numberText);
            ok = false;
        } else if (number <= 0) {
            problems << tr("%1: No. %2 is not positive; items are numbered from 1.")
                            .arg(at(r, columns[NumberColumn], numberHeader))
                            .arg(number);
            ok = false;
        } else if (rowOfNumber.contains(number)) {
            problems << tr("%1: No. %2 appears again (first in row %3).")
                            .arg(at(r, columns[NumberColumn], numberHeader))
                            .arg(number)
                            .arg(line(rowOfNumber.value(number)));
            ok = false;
        } else if (number != previousNumber + 1) {
            problems << tr("%1: No. %2 follows No. %3; items must be numbered 1, 2, 3… in order.")
                            .arg(at(r, columns[NumberColumn], numberHeader))
                            .arg(number)
                            .arg(previousNumber);
        }
        if (ok) {
            rowOfNumber.insert(number, r);
            previousNumber = number;
        } else if (numberText.isEmpty() || !rowOfNumber.contains(number)) {
            ++previousNumber; // a bad No. stands in for the next one: no second message below
        }

        if (genre.isEmpty()) {
            if (currentGenre.isEmpty())
                problems << tr("%1: the genre is empty.")
                                .arg(at(r, columns[GenreColumn], headerText[GenreColumn]));
            genre = currentGenre; // a merged genre cell leaves the rows below it empty
        } else if (genre != currentGenre && genreEnd.contains(genre)) {
            problems << tr("%1: the genre \"%2\" comes back after \"%3\" (it ended in row %4); "
                           "the items of a genre must be consecutive.")
                            .arg(at(r, columns[GenreColumn], headerText[GenreColumn]), genre,
                                 currentGenre)
                            .arg(line(genreEnd.value(genre)));
        }
        if (!genre.isEmpty()) {
            if (!result.genres.contains(genre))
                result.genres << genre;
            currentGenre = genre;
            genreEnd.insert(genre, r);
        }

        if (text.isEmpty())
            problems << tr("%1: the item text is empty.")
                            .arg(at(r, columns[TextColumn], headerText[TextColumn]));

        ChecklistItem item;
        item.number = ok ? number : 0;
        item.genre = genre;
        item.text = text;
        item.basis = basis;
        result.items << item;
    }
    if (result.items.isEmpty() && problems.isEmpty())
        problems
            << tr("%1: there are no items below the header row %2.").arg(file).arg(line(headerRow));

    if (!problems.isEmpty()) {
        const int total = int(problems.size());
        if (total > MaxListedProblems) {
            problems = problems.mid(0, MaxListedProblems);
            problems << tr("Further problems not listed: %1.").arg(total - MaxListedProblems);
        }
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    out->genres = result.genres;
    out->items = result.items;
    return true;
}

} // namespace Koso
