#include "widgets/TableExport.h"

#include "io/TableWriter.h"
#include "util/Folders.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Koso {

void TableExport::saveAs(QWidget *parent, const Table &table, const QString &suggestedName)
{
    QString name = suggestedName;
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    const QString folder = defaultDocumentsFolder();
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export table"), QDir(folder).filePath(name + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableWriter::write(table, path, &error))
        QMessageBox::warning(parent, tr("Export table"), error);
}

} // namespace Koso
