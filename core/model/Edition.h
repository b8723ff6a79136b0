#pragma once

#include <QDateTime>
#include <QString>

namespace Koso {

// An edition of published data (令和6年度); a newer fiscal year wins where two overlap.
struct Edition
{
    int id = 0;
    QString label;
    int fiscalYear = 0;
    QString source;
};

// One imported file.
struct ImportRecord
{
    int id = 0;
    int editionId = 0;
    QString kind;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    QString importedBy;
    QString summary;
};

} // namespace Koso
