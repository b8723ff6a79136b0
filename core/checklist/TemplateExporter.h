#pragma once

#include "io/Table.h"

#include <QString>

namespace Koso {

class ChecklistTemplate;

// A template as the table the import reads (No., ジャンル, 項目, 根拠), so that an office can
// write the official wording into it in Excel and import it back as a new version.
class TemplateExporter
{
public:
    static Table table(const ChecklistTemplate &checklistTemplate);
    static bool write(const ChecklistTemplate &checklistTemplate, const QString &path,
                      QString *error);
};

} // namespace Koso
