#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Koso {

struct ImportContext;
struct Region;

// The vision regions a workbook of region figures (flows, demand) meets while it is written:
// a region the bed tables have not brought yet is added with what the workbook says, and each
// region is counted once in the file's summary.
class ImportRegions
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ImportRegions)

public:
    explicit ImportRegions(ImportContext &ctx);

    // place names the file, sheet and row for the message when the prefecture is unknown.
    bool meet(const Region &region, const QString &place, QString *error);

private:
    ImportContext &m_ctx;
    QSet<QString> m_known;
    QSet<QString> m_prefectures;
    QSet<QString> m_seen;
};

} // namespace Koso
