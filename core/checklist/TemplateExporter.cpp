#include "checklist/TemplateExporter.h"

#include "checklist/ChecklistTemplate.h"
#include "io/TableWriter.h"

namespace Koso {

Table TemplateExporter::table(const ChecklistTemplate &t)
{
    Table table;
    table.title = t.formTitle() + QStringLiteral("　") + t.displayName();
    table.sheetName = t.name;
    // The import's own column names, in every language, so the file reads back as it is.
    table.header = QStringList { QStringLiteral("No."), QStringLiteral("ジャンル"),
                                 QStringLiteral("項目"), QStringLiteral("根拠") };
    for (const ChecklistItem &item : t.items)
        table.rows << QVector<QVariant> { item.number, item.genre, item.text, item.basis };
    if (!t.note.isEmpty())
        table.notes << t.note;
    return table;
}

bool TemplateExporter::write(const ChecklistTemplate &t, const QString &path, QString *error)
{
    return TableWriter::write(table(t), path, error);
}

} // namespace Koso
