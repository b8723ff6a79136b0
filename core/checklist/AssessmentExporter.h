#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QString>

namespace Koso {

class Assessment;

// An assessment as a table for Excel: No., ジャンル, 項目, 根拠, 回答, 備考, 担当課, one row per
// item, with the template and the counts as notes. The first four columns are the template
// import's columns, so an exported file can be edited and imported back as a template.
class AssessmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::AssessmentExporter)

public:
    static Table table(const Assessment &assessment, const QString &prefectureName);
    // .csv or .xlsx by the suffix.
    static bool write(const Assessment &assessment, const QString &prefectureName,
                      const QString &path, QString *error);
};

} // namespace Koso
