#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace Koso {

// A printed document of the core (the region report, the checklist forms): painted with
// QPainter on any paged device, so that the same code writes the PDF here (QPdfWriter) and
// paints the printer or the print preview in the application (QPrinter, see ReportPrinting).
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ReportDocument)

public:
    virtual ~ReportDocument() = default;

    // The title the PDF and the print preview carry.
    virtual QString documentTitle() const = 0;
    // The page every device is set to before painting (QPageLayout::FullPageMode: the
    // document keeps its own margins and paints the whole sheet).
    virtual QPageLayout pageLayout() const = 0;

    // Sets the device's page layout and paints every page; returns the number of pages, 0
    // and *error on failure.
    int render(QPagedPaintDevice *device, QString *error) const;
    // Writes the PDF (fonts embedded, text extractable: see PdfUnicodeFix) to a temporary
    // file renamed at the end, so a failure leaves no half file.
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;

protected:
    // Paints the pages on painter, begun on device; calls nextPage() before every page but
    // the first. Returns the number of pages, 0 and *error on failure.
    virtual int paintPages(QPainter &painter, QPagedPaintDevice *device, QString *error) const = 0;
    static bool nextPage(QPagedPaintDevice *device, int page, QString *error);
    // The font family the text is drawn in and all the text drawn, for the repair of the
    // PDF's text layer; an empty family: radicals and tabs only.
    virtual QString fontFamily() const { return QString(); }
    virtual QString usedText() const { return QString(); }
};

} // namespace Koso
