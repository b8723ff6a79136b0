#include "map/MapScene.h"

#include "policy/PolicyVocabulary.h"
#include "policy/ResponsePolicy.h"

#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Koso {

namespace {

constexpr double Scale = 100.0;

// A name drawn at a fixed pixel size whatever the zoom, white halo under black text.
class LabelItem : public QGraphicsItem
{
public:
    LabelItem(const QString &text, const QFont &font)
    {
        const QFontMetricsF fm(font);
        m_path.addText(-fm.horizontalAdvance(text) / 2, fm.ascent() / 2 - 1, font, text);
        m_bounds = m_path.boundingRect().adjusted(-3, -3, 3, 3);
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(QColor(255, 255, 255, 230), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_path);
        p->fillPath(m_path, QColor(0x20, 0x20, 0x20));
    }
    // Labels never catch the mouse: the region under them does.
    QPainterPath shape() const override { return QPainterPath(); }

private:
    QPainterPath m_path;
    QRectF m_bounds;
};

// A region's fill: bounds and shape are the path itself (a QGraphicsPathItem strokes the whole
// path to find them, which takes seconds for the nation). Filled without antialiasing so the
// municipalities of one region show no seams; the outlines on top are antialiased.
class RegionItem : public QGraphicsItem
{
public:
    RegionItem(const QPainterPath &path, const QColor &colour)
        : m_path(path)
        , m_bounds(path.boundingRect())
        , m_colour(colour)
    { }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    bool contains(const QPointF &point) const override
    {
        return m_bounds.contains(point) && m_path.contains(point);
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing, false);
        p->fillPath(m_path, m_colour);
    }
    const QPainterPath &path() const { return m_path; }
    QColor colour() const { return m_colour; }

private:
    QPainterPath m_path;
    QRectF m_bounds;
    QColor m_colour;
};

// Outlines (region, prefecture or selection borders): polylines drawn one by one with a
// cosmetic pen (much faster than stroking one path of thousands of parts), never hit.
class LinesItem : public QGraphicsItem
{
public:
    LinesItem(const QVector<QPolygonF> &lines, const QPen &pen)
        : m_lines(lines)
        , m_pen(pen)
    {
        for (const QPolygonF &line : m_lines)
            m_bounds = m_bounds.united(line.boundingRect());
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemUsesExtendedStyleOption);
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return QPainterPath(); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(m_pen);
        p->setBrush(Qt::NoBrush);
        const QRectF visible = option->exposedRect;
        for (const QPolygonF &line : m_lines) {
            if (visible.isEmpty() || visible.intersects(line.boundingRect()))
                p->drawPolyline(line);
        }
    }

private:
    QVector<QPolygonF> m_lines;
    QRectF m_bounds;
    QPen m_pen;
};

QPen cosmetic(const QColor &colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

QPointF MapScene::project(const QPointF &lonLat) const
{
    return QPointF(lonLat.x() * m_k * Scale, -lonLat.y() * Scale);
}

void MapScene::build(const Content &content)
{
    clear();
    m_content = content;
    m_regionItems.clear();
    m_anchors.clear();
    m_labels.clear();
    m_flowItems.clear();
    m_hospitalItems.clear();
    m_selectionItem = nullptr;
    m_selected.clear();
    m_mapRect = QRectF();
    m_classes = MapRenderer::classes(content.measure, content.regions);
    if (!content.geometry || content.regions.isEmpty())
        return;
    const MapGeometry &g = *content.geometry;
    const QRectF bounds = g.mainBounds(content.regions);
    m_k = std::cos(bounds.center().y() * M_PI / 180.0);

    QFont font;
    font.setPointSizeF(content.nation ? 7.5 : 8.5);

    for (const QString &code : content.regions) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        QRectF largest;
        for (int i : g.regionShapes(code)) {
            const MunicipalityShape &m = g.municipalities().at(i);
            for (const QPolygonF &ring : m.rings) {
                QPolygonF projected;
                projected.reserve(ring.size());
                for (const QPointF &pt : ring)
                    projected << project(pt);
                path.addPolygon(projected);
                path.closeSubpath();
            }
            if (m.bounds.width() * m.bounds.height() > largest.width() * largest.height())
                largest = m.bounds;
        }
        const QColor colour = MapRenderer::colourOf(m_classes, content.measure.values.value(code));
        auto *item = new RegionItem(path, colour);
        addItem(item);
        item->setData(0, code);
        item->setZValue(0);
        const QString name = content.regionNames.value(code, g.regionName(code));
        const auto value = content.measure.values.value(code);
        item->setToolTip(
            QStringLiteral("%1 (%2)\n%3: %4")
                .arg(name, code, content.measure.name,
                     value ? MapRenderer::valueText(content.measure, *value) : tr("no value")));
        m_regionItems.insert(code, item);
        m_anchors.insert(code, project(largest.center()));
        auto *label = new LabelItem(name, font);
        label->setPos(project(largest.center()));
        label->setZValue(20);
        label->setData(1, path.boundingRect().width() * path.boundingRect().height());
        addItem(label);
        m_labels << label;
    }
    std::sort(m_labels.begin(), m_labels.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
        return a->data(1).toDouble() > b->data(1).toDouble();
    });
    QRectF all;
    for (const QGraphicsItem *item : std::as_const(m_regionItems))
        all = all.united(item->boundingRect());

    m_mapRect = QRectF(project(bounds.topLeft()), project(bounds.bottomRight())).normalized();

    // Outlines: region borders, then prefecture borders heavier on the national map.
    const QString prefecture = content.nation ? QString() : content.regions.first().left(2);
    auto projectLines = [&](const QVector<QPolygonF> &lines) {
        QVector<QPolygonF> result;
        result.reserve(lines.size());
        for (const QPolygonF &line : lines) {
            QPolygonF projected;
            projected.reserve(line.size());
            for (const QPointF &pt : line)
                projected << project(pt);
            result << projected;
        }
        return result;
    };
    auto *outlines = new LinesItem(projectLines(g.regionOutlines(prefecture)),
                                   cosmetic(QColor(0x40, 0x40, 0x40), content.nation ? 0.5 : 1.0));
    outlines->setZValue(5);
    addItem(outlines);
    if (content.nation) {
        auto *prefectures
            = new LinesItem(projectLines(g.prefectureOutlines()), cosmetic(Qt::black, 1.4));
        prefectures->setZValue(6);
        addItem(prefectures);
    }
    setLabelsVisible(m_labelsVisible);
    // Room around the map to pan.
    const double margin = std::max(m_mapRect.width(), m_mapRect.height());
    setSceneRect(all.united(m_mapRect).adjusted(-margin, -margin, margin, margin));
}

QString MapScene::regionAt(const QPointF &scenePos) const
{
    const auto under = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : under) {
        const QString code = item->data(0).toString();
        if (!code.isEmpty() && m_regionItems.contains(code))
            return code;
    }
    return QString();
}

int MapScene::municipalityAt(const QPointF &scenePos) const
{
    const QString region = regionAt(scenePos);
    if (region.isEmpty() || !m_content.geometry)
        return -1;
    const MapGeometry &g = *m_content.geometry;
    for (int i : g.regionShapes(region)) {
        const MunicipalityShape &m = g.municipalities().at(i);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : m.rings) {
            QPolygonF projected;
            for (const QPointF &pt : ring)
                projected << project(pt);
            path.addPolygon(projected);
            path.closeSubpath();
        }
        if (path.contains(scenePos))
            return i;
    }
    return -1;
}

QColor MapScene::regionColour(const QString &regionCode) const
{
    const auto *item = static_cast<const RegionItem *>(m_regionItems.value(regionCode));
    return item ? item->colour() : QColor();
}

QPointF MapScene::anchor(const QString &regionCode) const
{
    if (m_anchors.contains(regionCode))
        return m_anchors.value(regionCode);
    // A partner outside the regions drawn.
    if (!m_content.geometry)
        return QPointF();
    QRectF largest;
    for (int i : m_content.geometry->regionShapes(regionCode)) {
        const QRectF b = m_content.geometry->municipalities().at(i).bounds;
        if (b.width() * b.height() > largest.width() * largest.height())
            largest = b;
    }
    return largest.isNull() ? QPointF() : project(largest.center());
}

void MapScene::setSelectedRegion(const QString &regionCode)
{
    if (m_selectionItem) {
        removeItem(m_selectionItem);
        delete m_selectionItem;
        m_selectionItem = nullptr;
    }
    m_selected = m_regionItems.contains(regionCode) ? regionCode : QString();
    if (m_selected.isEmpty())
        return;
    QVector<QPolygonF> lines;
    for (const QPolygonF &arc : m_content.geometry->outlineOf(m_selected)) {
        QPolygonF projected;
        projected.reserve(arc.size());
        for (const QPointF &pt : arc)
            projected << project(pt);
        lines << projected;
    }
    m_selectionItem = new LinesItem(lines, cosmetic(Qt::black, 3));
    m_selectionItem->setZValue(8);
    addItem(m_selectionItem);
}

void MapScene::setLabelsVisible(bool visible)
{
    m_labelsVisible = visible;
    for (QGraphicsItem *label : std::as_const(m_labels))
        label->setVisible(visible);
}

void MapScene::declutterLabels(const QTransform &viewTransform)
{
    QVector<QRectF> placed;
    for (QGraphicsItem *label : std::as_const(m_labels)) {
        if (!m_labelsVisible) {
            label->setVisible(false);
            continue;
        }
        const QRectF r = label->boundingRect().translated(viewTransform.map(label->pos()));
        bool free = true;
        for (const QRectF &p : std::as_const(placed)) {
            if (p.intersects(r)) {
                free = false;
                break;
            }
        }
        label->setVisible(free);
        if (free)
            placed << r;
    }
}

int MapScene::visibleLabelCount() const
{
    int n = 0;
    for (QGraphicsItem *label : m_labels)
        n += label->isVisible() ? 1 : 0;
    return n;
}

QColor MapScene::flowColour(const QString &direction)
{
    // Okabe–Ito blue and vermilion: told apart with any colour vision; inflow is dashed too.
    return direction == QLatin1String("inflow") ? QColor(0x00, 0x72, 0xB2)
                                                : QColor(0xD5, 0x5E, 0x00);
}

void MapScene::setFlows(const QVector<FlowShare> &shares, const QString &group)
{
    for (QGraphicsItem *item : std::as_const(m_flowItems)) {
        removeItem(item);
        delete item;
    }
    m_flowItems.clear();
    if (m_selected.isEmpty())
        return;
    const QPointF from = anchor(m_selected);
    for (const FlowShare &s : shares) {
        if (s.regionCode != m_selected || s.group != group || s.partnerCode.isEmpty()
            || s.partnerCode == m_selected || !s.share || *s.share <= 0)
            continue;
        const QPointF to = anchor(s.partnerCode);
        if (to.isNull())
            continue;
        const bool inflow = s.direction == QLatin1String("inflow");
        // Outflow goes from the region to the partner, inflow comes back: each bends to its
        // right, so the two lines of one partner do not cover each other.
        const QPointF a = inflow ? to : from;
        const QPointF b = inflow ? from : to;
        const QPointF mid = (a + b) / 2;
        const QPointF d = b - a;
        const QPointF bend = mid + QPointF(-d.y(), d.x()) * 0.18;
        QPainterPath path(a);
        path.quadTo(bend, b);
        const double width = 1.5 + 14.0 * std::min(1.0, *s.share);
        auto *line = addPath(
            path, cosmetic(flowColour(s.direction), width, inflow ? Qt::DashLine : Qt::SolidLine));
        line->setZValue(30);
        line->setOpacity(0.85);
        line->setAcceptedMouseButtons(Qt::NoButton);
        line->setToolTip(
            tr("%1 → %2: %3")
                .arg(inflow ? s.partnerName : m_content.regionNames.value(m_selected),
                     inflow ? m_content.regionNames.value(m_selected) : s.partnerName,
                     QLocale().toString(*s.share * 100, 'f', 1) + QStringLiteral("%")));
        m_flowItems << line;
        // The partner's end: a dot.
        const QPointF dotAt = inflow ? a : b;
        auto *dot = addEllipse(QRectF(dotAt - QPointF(0.6, 0.6), QSizeF(1.2, 1.2)),
                               cosmetic(flowColour(s.direction), 1), flowColour(s.direction));
        dot->setZValue(31);
        dot->setAcceptedMouseButtons(Qt::NoButton);
        m_flowItems << dot;
    }
}

void MapScene::setHospitals(const QVector<HospitalPoint> &points,
                            MapRenderer::Map::HospitalColouring colouring)
{
    for (QGraphicsItem *item : std::as_const(m_hospitalItems)) {
        removeItem(item);
        delete item;
    }
    m_hospitalItems.clear();
    for (const HospitalPoint &h : points) {
        // The exported map's sizes and colours, so the screen and the slide agree.
        const double r = MapRenderer::pointRadius(h.beds);
        auto *dot = new QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r));
        dot->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        dot->setPos(project(h.lonLat));
        // Translucent, so that a city's hospitals do not hide its region's colour.
        QColor fill = MapRenderer::pointColour(colouring, h);
        fill.setAlpha(190);
        dot->setBrush(fill);
        dot->setPen(QPen(QColor(0x20, 0x20, 0x20, 160), 0.5));
        dot->setZValue(40);
        dot->setToolTip(tr("%1\n%2 beds").arg(h.name, QLocale().toString(h.beds)));
        addItem(dot);
        m_hospitalItems << dot;
    }
}

} // namespace Koso
