#pragma once

#include "charts/ChartCaption.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace Koso {

// Exports any QChart with its caption (title, subtitle, unit, source, caveat) as PNG (pixel
// size and DPI), SVG and PDF (vector; Japanese text embedded: as a font subset in PDF, as
// glyph outlines in SVG), or to the clipboard. The page is laid out in physical units: the
// size in inches is pixels ÷ DPI, so 1920×1080 at 144 DPI is a 13.33 × 7.5 in widescreen
// slide on which a 10 pt label reads as 10 pt. The chart is moved into a private scene for
// the duration and given back unchanged, so a chart shown in a QChartView can be exported.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QSize pixelSize { 1920, 1080 };
        int dpi = 144;
    };

    // Paints the body of a page that is not a QChart (the map) into rect; units 1/96 in.
    using BodyPainter = std::function<void(QPainter *painter, const QRectF &rect)>;

    static std::optional<Format> formatFor(const QString &path);
    // Chooses the format by the suffix (.png, .svg, .pdf); writes atomically.
    static bool exportChart(QChart *chart, const ChartCaption &caption, const QString &path,
                            const Options &options, QString *error);

    static QImage toImage(QChart *chart, const ChartCaption &caption, const Options &options);
    static QByteArray toPng(QChart *chart, const ChartCaption &caption, const Options &options);
    static QByteArray toSvg(QChart *chart, const ChartCaption &caption, const Options &options);
    static QByteArray toPdf(QChart *chart, const ChartCaption &caption, const Options &options);
    // Image, PNG and SVG on the clipboard, for pasting into a slide or a document.
    static void copyToClipboard(QChart *chart, const ChartCaption &caption, const Options &options);

    // The same for any body painted by a function (the map page).
    static bool exportPage(const BodyPainter &body, const ChartCaption &caption,
                           const QString &path, const Options &options, QString *error);
    static QImage toImage(const BodyPainter &body, const ChartCaption &caption,
                          const Options &options);
    static QByteArray toPng(const BodyPainter &body, const ChartCaption &caption,
                            const Options &options);
    static QByteArray toSvg(const BodyPainter &body, const ChartCaption &caption,
                            const Options &options);
    static QByteArray toPdf(const BodyPainter &body, const ChartCaption &caption,
                            const Options &options);
    static void copyToClipboard(const BodyPainter &body, const ChartCaption &caption,
                                const Options &options);
    static BodyPainter chartBody(QChart *chart);

    // Paints caption and chart into page; painter units are 1/96 in.
    static void paintPage(QPainter *painter, const QRectF &page, QChart *chart,
                          const ChartCaption &caption);
    static void paintPage(QPainter *painter, const QRectF &page, const BodyPainter &body,
                          const ChartCaption &caption);
    // Paints the chart alone, laid out at rect's size; painter units are 1/96 in.
    static void paintChart(QPainter *painter, const QRectF &rect, QChart *chart);
    // The page size in painter units (1/96 in) for these options.
    static QSizeF pageSize(const Options &options);
    // Point sizes in painter units (1/96 in).
    static double pointsToUnits(double points) { return points * 96.0 / 72.0; }
};

} // namespace Koso
