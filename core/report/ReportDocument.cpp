#include "report/ReportDocument.h"

#include "util/PdfUnicodeFix.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Koso {

bool ReportDocument::nextPage(QPagedPaintDevice *device, int page, QString *error)
{
    if (device->newPage())
        return true;
    *error = tr("Cannot start page %1 of the document.").arg(page + 1);
    return false;
}

int ReportDocument::render(QPagedPaintDevice *device, QString *error) const
{
    device->setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("Cannot start printing the document.");
        return 0;
    }
    const int pages = paintPages(painter, device, error);
    if (!painter.end() && pages > 0) {
        *error = tr("Cannot finish the document.");
        return 0;
    }
    return pages;
}

bool ReportDocument::writePdf(const QString &path, QString *error, int *pages) const
{
    QByteArray bytes;
    int count = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("Koso Planner %1").arg(QStringLiteral(KOSO_VERSION)));
        count = render(&writer, error);
    }
    if (count <= 0)
        return false;
    // Text copied from the PDF must read 月, not the radical ⽉ that shares its glyph.
    const QString family = fontFamily();
    PdfUnicodeFix::fixBytes(bytes,
                            family.isEmpty() ? QHash<ushort, ushort>()
                                             : PdfUnicodeFix::sharedGlyphMap(family, usedText()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}

} // namespace Koso
