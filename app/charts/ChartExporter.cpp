#include "charts/ChartExporter.h"

#include "charts/ChartStyle.h"
#include "charts/OutlineTextDevice.h"
#include "util/CjkFont.h"
#include "util/PdfUnicodeFix.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXYSeries>

#include <functional>
#include <vector>

namespace Koso {

namespace {

// Gives the chart pixel-sized fonts for the duration of an export (a point size would be
// resolved against the screen's DPI, which differs between machines) and restores them.
class FontPixelSizes
{
public:
    explicit FontPixelSizes(QChart *chart)
    {
        add([chart] { return chart->titleFont(); },
            [chart](const QFont &f) { chart->setTitleFont(f); });
        QLegend *legend = chart->legend();
        add([legend] { return legend->font(); }, [legend](const QFont &f) { legend->setFont(f); });
        for (QAbstractAxis *axis : chart->axes()) {
            add([axis] { return axis->labelsFont(); },
                [axis](const QFont &f) { axis->setLabelsFont(f); });
            add([axis] { return axis->titleFont(); },
                [axis](const QFont &f) { axis->setTitleFont(f); });
        }
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    add([set] { return set->labelFont(); },
                        [set](const QFont &f) { set->setLabelFont(f); });
            } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                add([xy] { return xy->pointLabelsFont(); },
                    [xy](const QFont &f) { xy->setPointLabelsFont(f); });
            }
        }
    }
    ~FontPixelSizes()
    {
        for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
            (*it)();
    }

private:
    void add(const std::function<QFont()> &get, const std::function<void(const QFont &)> &set)
    {
        const QFont original = get();
        if (original.pointSizeF() <= 0)
            return;
        QFont scaled = original;
        scaled.setPixelSize(qMax(1, qRound(ChartExporter::pointsToUnits(original.pointSizeF()))));
        set(scaled);
        m_restore.push_back([set, original] { set(original); });
    }

    std::vector<std::function<void()>> m_restore;
};

// Takes the chart out of its scene (a QChartView's) into a private one and puts it back.
class BorrowedChart
{
public:
    BorrowedChart(QChart *chart, const QSizeF &size)
        : m_chart(chart)
        , m_originalScene(chart->scene())
        , m_originalGeometry(chart->geometry())
    {
        if (m_originalScene)
            m_originalScene->removeItem(chart);
        m_scene.addItem(chart);
        chart->setPos(0, 0);
        chart->resize(size);
        if (chart->layout())
            chart->layout()->activate();
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
    }
    ~BorrowedChart()
    {
        m_scene.removeItem(m_chart);
        if (m_originalScene) {
            m_originalScene->addItem(m_chart);
            m_chart->setGeometry(m_originalGeometry);
        }
    }
    QGraphicsScene &scene() { return m_scene; }

private:
    QChart *m_chart;
    QGraphicsScene *m_originalScene;
    QRectF m_originalGeometry;
    QGraphicsScene m_scene;
};

QFont unitFont(double points, bool bold = false)
{
    return CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(points)), bold);
}

double textHeight(const QFont &font, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QSizeF ChartExporter::pageSize(const Options &options)
{
    const double dpi = options.dpi > 0 ? options.dpi : 96;
    return QSizeF(options.pixelSize.width() * 96.0 / dpi, options.pixelSize.height() * 96.0 / dpi);
}

void ChartExporter::paintChart(QPainter *painter, const QRectF &rect, QChart *chart)
{
    if (!chart || rect.isEmpty())
        return;
    FontPixelSizes fonts(chart);
    BorrowedChart borrowed(chart, rect.size());
    borrowed.scene().render(painter, rect, QRectF(QPointF(0, 0), rect.size()),
                            Qt::IgnoreAspectRatio);
}

ChartExporter::BodyPainter ChartExporter::chartBody(QChart *chart)
{
    return [chart](QPainter *painter, const QRectF &rect) {
        // The chart keeps its own title off: the caption carries it.
        if (!chart)
            return;
        const QString chartTitle = chart->title();
        chart->setTitle(QString());
        paintChart(painter, rect, chart);
        chart->setTitle(chartTitle);
    };
}

void ChartExporter::paintPage(QPainter *painter, const QRectF &page, QChart *chart,
                              const ChartCaption &caption)
{
    paintPage(painter, page, chartBody(chart), caption);
}

void ChartExporter::paintPage(QPainter *painter, const QRectF &page, const BodyPainter &body,
                              const ChartCaption &caption)
{
    painter->save();
    painter->fillRect(page, Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const double margin = pointsToUnits(16);
    const double gap = pointsToUnits(6);
    QRectF area = page.adjusted(margin, margin * 0.8, -margin, -margin * 0.7);
    const QColor text(0x22, 0x22, 0x22);
    const QColor muted(0x55, 0x55, 0x55);

    // Title, then the subtitle with the unit on the right.
    const QFont titleFont = unitFont(18, true);
    const double titleHeight = textHeight(titleFont, area.width(), caption.title);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption.title);
    area.setTop(area.top() + titleHeight);

    const QFont subFont = unitFont(11);
    const double unitWidth
        = caption.unit.isEmpty() ? 0 : QFontMetricsF(subFont).horizontalAdvance(caption.unit) + gap;
    const double subHeight = qMax(textHeight(subFont, area.width() - unitWidth, caption.subtitle),
                                  caption.unit.isEmpty() ? 0.0 : QFontMetricsF(subFont).height());
    painter->setFont(subFont);
    painter->setPen(muted);
    const QRectF subRect(area.left(), area.top() + gap / 2, area.width(), subHeight);
    painter->drawText(subRect.adjusted(0, 0, -unitWidth, 0),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption.subtitle);
    painter->drawText(subRect, Qt::AlignRight | Qt::AlignTop, caption.unit);
    area.setTop(subRect.bottom() + gap);

    // Footer: source line and caveat, from the bottom up.
    const QFont footFont = unitFont(9);
    const double caveatHeight = textHeight(footFont, area.width(), caption.caveat);
    const double sourceHeight = textHeight(footFont, area.width(), caption.source);
    const double footerHeight
        = caveatHeight + sourceHeight + (caveatHeight > 0 && sourceHeight > 0 ? gap / 2 : 0);
    const QRectF footer(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
    painter->setFont(footFont);
    painter->setPen(muted);
    painter->drawText(QRectF(footer.left(), footer.top(), footer.width(), sourceHeight),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption.source);
    painter->drawText(
        QRectF(footer.left(), footer.bottom() - caveatHeight, footer.width(), caveatHeight),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption.caveat);
    painter->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.75));
    painter->drawLine(QPointF(footer.left(), footer.top() - gap / 2),
                      QPointF(footer.right(), footer.top() - gap / 2));
    area.setBottom(footer.top() - gap);

    if (body)
        body(painter, area);
    painter->restore();
}

QImage ChartExporter::toImage(QChart *chart, const ChartCaption &caption, const Options &options)
{
    return toImage(chartBody(chart), caption, options);
}

QImage ChartExporter::toImage(const BodyPainter &chart, const ChartCaption &caption,
                              const Options &options)
{
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    const QSizeF page = pageSize(options);
    QPainter painter(&image);
    painter.scale(options.pixelSize.width() / page.width(),
                  options.pixelSize.height() / page.height());
    paintPage(&painter, QRectF(QPointF(0, 0), page), chart, caption);
    painter.end();
    return image;
}

QByteArray ChartExporter::toPng(QChart *chart, const ChartCaption &caption, const Options &options)
{
    return toPng(chartBody(chart), caption, options);
}

QByteArray ChartExporter::toPng(const BodyPainter &chart, const ChartCaption &caption,
                                const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Light compression: the file stays small for a chart and is written quickly.
    toImage(chart, caption, options).save(&buffer, "PNG", 80);
    return bytes;
}

QByteArray ChartExporter::toSvg(QChart *chart, const ChartCaption &caption, const Options &options)
{
    return toSvg(chartBody(chart), caption, options);
}

QByteArray ChartExporter::toSvg(const BodyPainter &chart, const ChartCaption &caption,
                                const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF page = pageSize(options);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.pixelSize);
    generator.setResolution(options.dpi);
    generator.setViewBox(QRectF(QPointF(0, 0), page));
    generator.setTitle(caption.title);
    QStringList description { caption.subtitle, caption.unit, caption.source, caption.caveat };
    description.removeAll(QString());
    generator.setDescription(description.join(QLatin1Char('\n')));
    QPainter svgPainter(&generator);
    {
        // Text as outlines: SVG cannot carry the font.
        OutlineTextDevice outlines(&svgPainter);
        QPainter painter(&outlines);
        paintPage(&painter, QRectF(QPointF(0, 0), page), chart, caption);
    }
    svgPainter.end();
    return bytes;
}

QByteArray ChartExporter::toPdf(QChart *chart, const ChartCaption &caption, const Options &options)
{
    return toPdf(chartBody(chart), caption, options);
}

QByteArray ChartExporter::toPdf(const BodyPainter &chart, const ChartCaption &caption,
                                const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF page = pageSize(options);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageSize(
            QPageSize(QSizeF(page.width() / 96.0 * 25.4, page.height() / 96.0 * 25.4),
                      QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(caption.title);
        writer.setCreator(QStringLiteral("Koso Planner"));
        QPainter painter(&writer);
        const double scale = writer.resolution() / 96.0;
        painter.scale(scale, scale);
        paintPage(&painter, QRectF(QPointF(0, 0), page), chart, caption);
    }
    PdfUnicodeFix::fixBytes(bytes);
    return bytes;
}

bool ChartExporter::exportChart(QChart *chart, const ChartCaption &caption, const QString &path,
                                const Options &options, QString *error)
{
    return exportPage(chartBody(chart), caption, path, options, error);
}

bool ChartExporter::exportPage(const BodyPainter &chart, const ChartCaption &caption,
                               const QString &path, const Options &options, QString *error)
{
    const auto format = formatFor(path);
    if (!format) {
        *error = tr("Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    if (options.pixelSize.width() < 16 || options.pixelSize.height() < 16
        || options.pixelSize.width() > 20000 || options.pixelSize.height() > 20000) {
        *error = tr("The image size %1×%2 is out of range (16 to 20,000 pixels).")
                     .arg(options.pixelSize.width())
                     .arg(options.pixelSize.height());
        return false;
    }
    if (options.dpi < 36 || options.dpi > 2400) {
        *error = tr("The resolution %1 DPI is out of range (36 to 2,400).").arg(options.dpi);
        return false;
    }
    QByteArray bytes;
    switch (*format) {
    case Format::Png:
        bytes = toPng(chart, caption, options);
        break;
    case Format::Svg:
        bytes = toSvg(chart, caption, options);
        break;
    case Format::Pdf:
        bytes = toPdf(chart, caption, options);
        break;
    }
    if (bytes.isEmpty()) {
        *error = tr("The chart could not be drawn.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartExporter::copyToClipboard(QChart *chart, const ChartCaption &caption,
                                    const Options &options)
{
    copyToClipboard(chartBody(chart), caption, options);
}

void ChartExporter::copyToClipboard(const BodyPainter &chart, const ChartCaption &caption,
                                    const Options &options)
{
    auto *mime = new QMimeData;
    const QImage image = toImage(chart, caption, options);
    mime->setImageData(image);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 80);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setData(QStringLiteral("image/svg+xml"), toSvg(chart, caption, options));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace Koso
