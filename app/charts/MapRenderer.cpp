#include "charts/MapRenderer.h"

#include "charts/ChartStyle.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Koso {

QString MapRenderer::valueText(const MapMeasure &m, double v)
{
    if (m.share)
        return QLocale().toString(v * 100.0, 'f', 1) + QStringLiteral("%");
    if (m.ratio)
        return QLocale().toString(v, 'f', 2);
    return QLocale().toString(v, 'f', 0);
}

QColor MapRenderer::colourOf(const QVector<Class> &classes, const std::optional<double> &v)
{
    if (!v)
        return noValueColour();
    for (const Class &c : classes) {
        if ((!c.from || *v >= *c.from) && (!c.to || *v < *c.to))
            return c.colour;
    }
    return noValueColour();
}

QVector<MapRenderer::PointCategory> MapRenderer::pointCategories(Map::HospitalColouring colouring)
{
    if (colouring == Map::HospitalColouring::Function)
        return {
            { QStringLiteral("HighAcute"), ChartStyle::functionColor(QStringLiteral("HighAcute")),
              tr("Mostly advanced acute") },
            { QStringLiteral("Acute"), ChartStyle::functionColor(QStringLiteral("Acute")),
              tr("Mostly acute") },
            { QStringLiteral("Recovery"), ChartStyle::functionColor(QStringLiteral("Recovery")),
              tr("Mostly recovery") },
            { QStringLiteral("Chronic"), ChartStyle::functionColor(QStringLiteral("Chronic")),
              tr("Mostly chronic") },
            { QString(), ChartStyle::neutral(), tr("No beds reported") },
        };
    // Okabe–Ito: blue done, orange under way, reddish purple not drafted.
    return {
        { QStringLiteral("done"), QColor(0x00, 0x72, 0xB2), tr("Policy agreed and verified") },
        { QStringLiteral("progress"), QColor(0xE6, 0x9F, 0x00), tr("Policy under way") },
        { QStringLiteral("none"), QColor(0xCC, 0x79, 0xA7), tr("No policy drafted") },
    };
}

QColor MapRenderer::pointColour(Map::HospitalColouring colouring, const HospitalPoint &point)
{
    QString key;
    if (colouring == Map::HospitalColouring::Function) {
        key = point.mainFunction;
    } else {
        const QString s = point.policyStatus;
        key = s == QLatin1String("agreed_verified") || s == QLatin1String("implemented")
            ? QStringLiteral("done")
            : s.isEmpty() || s == QLatin1String("not_drafted") ? QStringLiteral("none")
                                                               : QStringLiteral("progress");
    }
    const QVector<PointCategory> categories = pointCategories(colouring);
    for (const PointCategory &c : categories) {
        if (c.key == key)
            return c.colour;
    }
    return categories.last().colour;
}

double MapRenderer::pointRadius(int beds)
{
    return 1.6 + 0.22 * std::sqrt(double(std::max(0, beds)));
}

QColor MapRenderer::noValueColour()
{
    return QColor(0xDD, 0xDD, 0xDD);
}

QVector<MapRenderer::Class> MapRenderer::classes(const MapMeasure &m, const QStringList &regions)
{
    QVector<Class> result;
    if (m.ratio) {
        // ColorBrewer PuOr (colour-blind safe): purple under 1, orange over.
        const double breaks[] = { 0.8, 0.9, 0.95, 1.05, 1.1, 1.2 };
        const QColor colours[]
            = { QColor(0x54, 0x27, 0x88), QColor(0x99, 0x8E, 0xC3), QColor(0xD8, 0xDA, 0xEB),
                QColor(0xF7, 0xF7, 0xF7), QColor(0xFE, 0xE0, 0xB6), QColor(0xF1, 0xA3, 0x40),
                QColor(0xB3, 0x58, 0x06) };
        for (int i = 0; i < 7; ++i) {
            Class c;
            if (i > 0)
                c.from = breaks[i - 1];
            if (i < 6)
                c.to = breaks[i];
            c.colour = colours[i];
            c.label = !c.from ? tr("under %1").arg(valueText(m, *c.to))
                : !c.to       ? tr("%1 or more").arg(valueText(m, *c.from))
                              : tr("%1 – %2").arg(valueText(m, *c.from), valueText(m, *c.to));
            result << c;
        }
        return result;
    }
    // Viridis in five classes at the quintiles of the regions drawn.
    QVector<double> values;
    for (const QString &r : regions) {
        if (const auto v = m.values.value(r))
            values << *v;
    }
    std::sort(values.begin(), values.end());
    const QColor colours[]
        = { QColor(0x44, 0x01, 0x54), QColor(0x3B, 0x52, 0x8B), QColor(0x21, 0x91, 0x8C),
            QColor(0x5E, 0xC9, 0x62), QColor(0xFD, 0xE7, 0x25) };
    if (values.isEmpty())
        return result;
    QVector<double> breaks;
    for (int i = 1; i < 5; ++i) {
        const double b = values.at(std::min<qsizetype>(values.size() - 1, values.size() * i / 5));
        if (breaks.isEmpty() || b > breaks.last())
            breaks << b;
    }
    for (int i = 0; i <= breaks.size(); ++i) {
        Class c;
        if (i > 0)
            c.from = breaks.at(i - 1);
        if (i < breaks.size())
            c.to = breaks.at(i);
        c.colour = colours[std::min<int>(4, i * 4 / std::max<int>(1, int(breaks.size())))];
        c.label = !c.from ? tr("under %1").arg(valueText(m, *c.to))
            : !c.to       ? tr("%1 or more").arg(valueText(m, *c.from))
                          : tr("%1 – %2").arg(valueText(m, *c.from), valueText(m, *c.to));
        result << c;
    }
    return result;
}

void MapRenderer::paint(QPainter &p, const QRectF &rect, const Map &map)
{
    paintMap(p, rect, map, true);
}

void MapRenderer::paintBody(QPainter &p, const QRectF &rect, const Map &map)
{
    paintMap(p, rect, map, false);
}

void MapRenderer::paintMap(QPainter &p, const QRectF &rect, const Map &map, bool caption)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    const double scale
        = caption ? std::max(0.5, rect.height() / 900.0) : std::max(1.3, rect.height() / 700.0);
    const QFont titleFont = ChartStyle::font(13 * scale, true);
    const QFont font = ChartStyle::font(8.5 * scale);
    const QFont small = ChartStyle::font(7 * scale);
    const double margin = 16 * scale;
    // Title.
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const QRectF titleRect(rect.left() + margin, rect.top() + margin * 0.6,
                           rect.width() - 2 * margin, caption ? 28 * scale : 0.0);
    if (caption)
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, map.title);
    // Footer: source, caveat, credit.
    QStringList footer;
    if (caption && !map.measure.source.isEmpty())
        footer << map.measure.source;
    if (caption && !map.caveat.isEmpty())
        footer << map.caveat;
    footer << MapGeometry::creditLine();
    const bool drawHospitals
        = map.hospitalColouring != Map::HospitalColouring::None && !map.hospitals.isEmpty();
    if (drawHospitals && !map.hospitalSource.isEmpty())
        footer << map.hospitalSource;
    p.setFont(small);
    const double lineHeight = QFontMetricsF(small).height();
    const double footerHeight = lineHeight * (footer.size() + 1);
    const QRectF footerRect(rect.left() + margin, rect.bottom() - footerHeight - margin * 0.5,
                            rect.width() - 2 * margin, footerHeight);
    p.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               footer.join(QLatin1Char('\n')));
    // Legend on the right.
    const QVector<Class> classes = MapRenderer::classes(map.measure, map.regions);
    const double legendWidth = 190 * scale;
    p.setFont(font);
    const double fh = QFontMetricsF(font).height();
    double ly = titleRect.bottom() + margin;
    const double lx = rect.right() - margin - legendWidth;
    p.drawText(QRectF(lx, ly, legendWidth, fh * 2.4), Qt::AlignLeft | Qt::TextWordWrap,
               map.measure.name);
    ly += fh * 2.6;
    auto legendRow = [&](const QColor &c, const QString &label) {
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6 * scale));
        p.setBrush(c);
        p.drawRect(QRectF(lx, ly, fh * 1.4, fh * 0.95));
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + fh * 1.8, ly - fh * 0.1, legendWidth - fh * 1.8, fh * 1.2),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        ly += fh * 1.35;
    };
    for (auto it = classes.crbegin(); it != classes.crend(); ++it)
        legendRow(it->colour, it->label);
    legendRow(noValueColour(), tr("no value"));
    // Hospitals: colour categories, then the size of two bed counts.
    const double pointScale = scale * (map.prefectureCode.isEmpty() ? 0.5 : 1.0);
    if (drawHospitals) {
        ly += fh * 0.6;
        p.setPen(Qt::black);
        p.drawText(QRectF(lx, ly, legendWidth, fh * 2.4), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("Hospitals (%n located)", nullptr, int(map.hospitals.size())));
        ly += fh * 1.4;
        auto pointRow = [&](const QColor &c, double radius, const QString &label) {
            p.setPen(QPen(Qt::white, 0.6 * scale));
            p.setBrush(c);
            p.drawEllipse(QPointF(lx + fh * 0.7, ly + fh * 0.5), radius, radius);
            p.setPen(Qt::black);
            p.drawText(QRectF(lx + fh * 1.8, ly - fh * 0.1, legendWidth - fh * 1.8, fh * 1.2),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
            ly += std::max(fh * 1.35, radius * 2 + fh * 0.3);
        };
        for (const PointCategory &c : pointCategories(map.hospitalColouring))
            pointRow(c.colour, fh * 0.4, c.label);
        for (int beds : { 100, 500 })
            pointRow(ChartStyle::neutral(), pointRadius(beds) * pointScale,
                     tr("%L1 beds").arg(beds));
    }

    // The map area.
    const QRectF area(rect.left() + margin, titleRect.bottom() + margin * 0.5,
                      lx - rect.left() - 2 * margin,
                      footerRect.top() - titleRect.bottom() - margin);
    const MapGeometry &g = *map.geometry;
    QRectF b = map.prefectureCode.isEmpty() ? g.bounds(map.regions) : g.mainBounds(map.regions);
    if (b.isNull() || area.width() <= 0 || area.height() <= 0) {
        p.restore();
        return;
    }
    const double k = std::cos(b.center().y() * M_PI / 180.0);
    const double w = b.width() * k;
    const double h = b.height();
    const double s = std::min(area.width() / w, area.height() / h);
    const double ox = area.left() + (area.width() - w * s) / 2;
    const double oy = area.top() + (area.height() - h * s) / 2;
    auto project = [&](const QPointF &pt) {
        return QPointF(ox + (pt.x() - b.left()) * k * s, oy + (b.bottom() - pt.y()) * s);
    };
    auto colourOf = [&](const QString &code) {
        return MapRenderer::colourOf(classes, map.measure.values.value(code));
    };
    p.save();
    p.setClipRect(area);
    // Fill the municipalities with their region's colour (a thin pen of the same colour hides
    // the seams between them).
    for (const QString &code : map.regions) {
        const QColor c = colourOf(code);
        p.setBrush(c);
        p.setPen(QPen(c, 0.6));
        for (int i : g.regionShapes(code)) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : g.municipalities().at(i).rings) {
                QPolygonF projected;
                projected.reserve(ring.size());
                for (const QPointF &pt : ring)
                    projected << project(pt);
                path.addPolygon(projected);
                path.closeSubpath();
            }
            p.drawPath(path);
        }
    }
    // Outlines: region borders, and the prefecture borders heavier on the national map.
    p.setBrush(Qt::NoBrush);
    auto drawLines = [&](const QVector<QPolygonF> &lines, const QPen &pen) {
        p.setPen(pen);
        for (const QPolygonF &line : lines) {
            QPolygonF projected;
            projected.reserve(line.size());
            for (const QPointF &pt : line)
                projected << project(pt);
            p.drawPolyline(projected);
        }
    };
    drawLines(g.regionOutlines(map.prefectureCode),
              QPen(QColor(0x40, 0x40, 0x40), (map.prefectureCode.isEmpty() ? 0.35 : 1.0) * scale));
    if (map.prefectureCode.isEmpty())
        drawLines(g.prefectureOutlines(), QPen(Qt::black, 0.8 * scale));
    // Hospitals, the largest first so that small ones stay visible on top.
    if (drawHospitals) {
        QVector<const HospitalPoint *> order;
        order.reserve(map.hospitals.size());
        for (const HospitalPoint &h : map.hospitals)
            order << &h;
        std::stable_sort(
            order.begin(), order.end(),
            [](const HospitalPoint *a, const HospitalPoint *b) { return a->beds > b->beds; });
        p.save();
        p.setClipRect(area);
        p.setPen(QPen(Qt::white, 0.5 * scale));
        for (const HospitalPoint *h : std::as_const(order)) {
            const double r = pointRadius(h->beds) * pointScale;
            QColor c = pointColour(map.hospitalColouring, *h);
            c.setAlpha(220);
            p.setBrush(c);
            p.drawEllipse(project(h->lonLat), r, r);
        }
        p.restore();
    }
    // Region names on the prefecture map.
    if (!map.prefectureCode.isEmpty()) {
        p.setFont(font);
        for (const QString &code : map.regions) {
            // At the centre of the region's largest municipality.
            QRectF largest;
            for (int i : g.regionShapes(code)) {
                const QRectF mb = g.municipalities().at(i).bounds;
                if (mb.width() * mb.height() > largest.width() * largest.height())
                    largest = mb;
            }
            const QPointF at = project(largest.center());
            const QString name = map.regionNames.value(code, g.regionName(code));
            const QRectF box(at.x() - 80 * scale, at.y() - fh / 2, 160 * scale, fh);
            p.setPen(QPen(Qt::white, 3 * scale));
            QPainterPath text;
            const QFontMetricsF fm(font);
            text.addText(at.x() - fm.horizontalAdvance(name) / 2, at.y() + fm.ascent() / 2 - 1,
                         font, name);
            p.setBrush(Qt::NoBrush);
            p.drawPath(text);
            p.fillPath(text, Qt::black);
            Q_UNUSED(box);
        }
    }
    p.restore();
    p.restore();
}

bool MapRenderer::write(const Map &map, const QString &path, const QSize &size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)), map);
        p.end();
        if (!image.save(path, "PNG")) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(map.title);
        svg.setDescription(MapGeometry::creditLine());
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)), map);
        p.end();
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(size.width() >= size.height() ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait);
        pdf.setResolution(150);
        pdf.setTitle(map.title);
        QPainter p;
        if (!p.begin(&pdf)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        paint(p, QRectF(QPointF(0, 0), QSizeF(page.size())), map);
        p.end();
        return true;
    }
    *error = tr("Cannot draw a map to %1: the file name must end in .png, .svg, .pdf or .geojson.")
                 .arg(path);
    return false;
}

} // namespace Koso
