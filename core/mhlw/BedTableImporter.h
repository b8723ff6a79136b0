#pragma once

#include "mhlw/BedTableParser.h"

#include <QCoreApplication>

namespace Koso {

struct ImportContext;

// Imports MHLW's bed tables: 別添4③ (one block per vision region) and 別添4② (全国 and one
// block per prefecture). Parsing (any thread) is separate from writing (the import's
// transaction), so that several workbooks can be parsed at once.
class BedTableImporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::BedTableImporter)

public:
    using Level = BedTableParser::Level;

    BedTableImporter(Level level, const BedFunctionList &functions, const QString &fileName);

    bool parse(XlsxReader &reader, QString *error, const std::atomic<bool> *cancel = nullptr,
               std::atomic<qint64> *bytesRead = nullptr);
    // The sheet it reads: the one whose blocks it understands (the first, in MHLW's files).
    static int sheetIndex(const XlsxReader &reader);
    const ParsedBedTable &table() const { return m_table; }

    // Writes the areas, figures, reporting rates and patient flow into ctx's edition.
    bool write(ImportContext &ctx, QString *error);

private:
    Level m_level;
    BedFunctionList m_functions;
    QString m_fileName;
    ParsedBedTable m_table;
};

} // namespace Koso
