#include "map/MapGeometry.h"

#include "map/RegionOverrides.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <mutex>

namespace Koso {

namespace {

Q_LOGGING_CATEGORY(lcMap, "koso.map", QtWarningMsg)

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

const MapGeometry &MapGeometry::shared()
{
    static MapGeometry geometry;
    static std::once_flag once;
    std::call_once(once, [] {
        QString error;
        if (!geometry.load(readResource(QStringLiteral(":/core/map/municipalities-2021.topojson")),
                           readResource(QStringLiteral(":/core/map/municipality_to_region.csv")),
                           &error))
            qCWarning(lcMap) << error;
    });
    return geometry;
}

QString MapGeometry::creditLine()
{
    return QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
}

bool MapGeometry::load(const QByteArray &topojson, const QByteArray &regionCsv, QString *error)
{
    m_municipalities.clear();
    m_arcs.clear();
    m_arcUse.clear();
    m_byRegion.clear();
    m_regionNames.clear();
    m_byCode.clear();

    // municipality → region.
    QHash<QString, QPair<QString, QString>> region; // muni → (area code, area name)
    QHash<QString, QString> muniNames;
    const QList<QByteArray> lines = regionCsv.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = QString::fromUtf8(lines.at(i)).trimmed().split(QLatin1Char(','));
        if (f.size() < 4)
            continue;
        region.insert(f.at(0), qMakePair(f.at(2), f.at(3)));
        muniNames.insert(f.at(0), f.at(1));
        m_regionNames.insert(f.at(2), f.at(3));
    }
    if (region.isEmpty()) {
        *error = tr("The municipality → vision region table is empty or missing.");
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(topojson, &parseError);
    if (doc.isNull()) {
        *error = tr("The map boundaries cannot be read: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonArray scale = root.value(QStringLiteral("transform"))
                                 .toObject()
                                 .value(QStringLiteral("scale"))
                                 .toArray();
    const QJsonArray translate = root.value(QStringLiteral("transform"))
                                     .toObject()
                                     .value(QStringLiteral("translate"))
                                     .toArray();
    const double sx = scale.at(0).toDouble(1), sy = scale.at(1).toDouble(1);
    const double tx = translate.at(0).toDouble(), ty = translate.at(1).toDouble();
    // Quantized, delta-encoded arcs.
    const QJsonArray arcs = root.value(QStringLiteral("arcs")).toArray();
    m_arcs.reserve(arcs.size());
    for (const QJsonValue &a : arcs) {
        const QJsonArray points = a.toArray();
        QPolygonF poly;
        poly.reserve(points.size());
        double x = 0, y = 0;
        for (const QJsonValue &p : points) {
            const QJsonArray xy = p.toArray();
            x += xy.at(0).toDouble();
            y += xy.at(1).toDouble();
            poly << QPointF(tx + x * sx, ty + y * sy);
        }
        m_arcs << poly;
    }
    m_arcUse.resize(m_arcs.size());

    const QJsonObject objects = root.value(QStringLiteral("objects")).toObject();
    if (objects.isEmpty()) {
        *error = tr("The map boundaries hold no objects.");
        return false;
    }
    const QJsonArray geometries
        = objects.begin().value().toObject().value(QStringLiteral("geometries")).toArray();
    auto ringOf = [&](const QJsonArray &arcIndexes, const QString &regionCode, int shape) {
        QPolygonF ring;
        for (const QJsonValue &v : arcIndexes) {
            int index = v.toInt();
            const bool reversed = index < 0;
            if (reversed)
                index = ~index;
            if (index < 0 || index >= m_arcs.size())
                continue;
            ArcUse &use = m_arcUse[index];
            if (use.users == 0) {
                use.first = regionCode;
                use.firstShape = shape;
            } else {
                use.second = regionCode;
                use.secondShape = shape;
            }
            ++use.users;
            QPolygonF arc = m_arcs.at(index);
            if (reversed)
                std::reverse(arc.begin(), arc.end());
            // Consecutive arcs share their end point.
            if (!ring.isEmpty() && !arc.isEmpty())
                arc.removeFirst();
            ring << arc;
        }
        return ring;
    };
    for (const QJsonValue &g : geometries) {
        const QJsonObject o = g.toObject();
        const QJsonObject props = o.value(QStringLiteral("properties")).toObject();
        MunicipalityShape m;
        m.code = props.value(QStringLiteral("N03_007")).toString();
        m.name = muniNames.value(m.code, props.value(QStringLiteral("N03_004")).toString());
        const auto r = region.value(m.code);
        m.regionCode = r.first;
        m.prefectureCode = m.code.left(2);
        const QString type = o.value(QStringLiteral("type")).toString();
        const QJsonArray arcsOf = o.value(QStringLiteral("arcs")).toArray();
        QVector<QJsonArray> polygons;
        if (type == QLatin1String("Polygon"))
            polygons << arcsOf;
        else if (type == QLatin1String("MultiPolygon"))
            for (const QJsonValue &p : arcsOf)
                polygons << p.toArray();
        for (const QJsonArray &polygon : std::as_const(polygons)) {
            QVector<QPolygonF> rings;
            for (const QJsonValue &ring : polygon)
                rings << ringOf(ring.toArray(), m.regionCode, int(m_municipalities.size()));
            m.rings << rings;
            m.polygons << rings;
        }
        for (const QPolygonF &ring : std::as_const(m.rings))
            m.bounds
                = m.bounds.isNull() ? ring.boundingRect() : m.bounds.united(ring.boundingRect());
        if (!m.regionCode.isEmpty())
            m_byRegion[m.regionCode] << int(m_municipalities.size());
        if (!m.code.isEmpty())
            m_byCode.insert(m.code, int(m_municipalities.size()));
        m_municipalities << m;
    }
    if (m_byRegion.isEmpty()) {
        *error = tr("No municipality of the map belongs to a vision region.");
        return false;
    }
    return true;
}

MapGeometry MapGeometry::withOverrides(const QHash<QString, QString> &regionOfMunicipality) const
{
    MapGeometry copy(*this);
    bool changed = false;
    for (auto it = regionOfMunicipality.cbegin(); it != regionOfMunicipality.cend(); ++it) {
        const int i = municipalityIndex(it.key());
        if (i < 0 || it.value().size() != 4 || copy.m_municipalities.at(i).regionCode == it.value())
            continue;
        copy.m_municipalities[i].regionCode = it.value();
        changed = true;
    }
    if (changed)
        copy.rebuildRegions();
    return copy;
}

MapGeometry MapGeometry::forDataset(Dataset &dataset)
{
    return shared().withOverrides(RegionOverrides::regionOfMunicipality(dataset));
}

void MapGeometry::rebuildRegions()
{
    m_byRegion.clear();
    for (int i = 0; i < m_municipalities.size(); ++i) {
        if (!m_municipalities.at(i).regionCode.isEmpty())
            m_byRegion[m_municipalities.at(i).regionCode] << i;
    }
    for (ArcUse &use : m_arcUse) {
        if (use.firstShape >= 0)
            use.first = m_municipalities.at(use.firstShape).regionCode;
        if (use.secondShape >= 0)
            use.second = m_municipalities.at(use.secondShape).regionCode;
    }
}

QStringList MapGeometry::regionCodes(const QString &prefectureCode) const
{
    QStringList result;
    for (auto it = m_byRegion.cbegin(); it != m_byRegion.cend(); ++it) {
        if (prefectureCode.isEmpty() || it.key().startsWith(prefectureCode))
            result << it.key();
    }
    std::sort(result.begin(), result.end());
    return result;
}

QVector<QPolygonF> MapGeometry::regionOutlines(const QString &prefectureCode) const
{
    QVector<QPolygonF> result;
    for (int i = 0; i < m_arcs.size(); ++i) {
        const ArcUse &u = m_arcUse.at(i);
        if (u.users == 0 || (u.users >= 2 && u.first == u.second))
            continue; // inside one region
        if (!prefectureCode.isEmpty() && !u.first.startsWith(prefectureCode)
            && !u.second.startsWith(prefectureCode))
            continue;
        if (u.first.isEmpty() && u.second.isEmpty())
            continue;
        result << m_arcs.at(i);
    }
    return result;
}

QVector<QPolygonF> MapGeometry::outlineOf(const QString &regionCode) const
{
    QVector<QPolygonF> result;
    for (int i = 0; i < m_arcs.size(); ++i) {
        const ArcUse &u = m_arcUse.at(i);
        if (u.users == 0)
            continue;
        const bool first = u.first == regionCode;
        const bool second = u.users >= 2 && u.second == regionCode;
        if (first != second)
            result << m_arcs.at(i);
    }
    return result;
}

QVector<QPolygonF> MapGeometry::prefectureOutlines() const
{
    QVector<QPolygonF> result;
    for (int i = 0; i < m_arcs.size(); ++i) {
        const ArcUse &u = m_arcUse.at(i);
        if (u.users == 0)
            continue;
        if (u.users >= 2 && u.first.left(2) == u.second.left(2))
            continue;
        result << m_arcs.at(i);
    }
    return result;
}

QRectF MapGeometry::bounds(const QStringList &regionCodes) const
{
    QRectF r;
    for (const QString &code : regionCodes) {
        for (int i : m_byRegion.value(code)) {
            const QRectF b = m_municipalities.at(i).bounds;
            r = r.isNull() ? b : r.united(b);
        }
    }
    return r;
}

} // namespace Koso

namespace Koso {

QRectF MapGeometry::mainBounds(const QStringList &regionCodes) const
{
    struct Box
    {
        QRectF bounds;
        QString region;
    };
    QVector<Box> boxes;
    for (const QString &code : regionCodes) {
        for (int i : m_byRegion.value(code))
            boxes << Box { m_municipalities.at(i).bounds, code };
    }
    if (boxes.size() < 4)
        return bounds(regionCodes);
    // The median centre and the median distance from it; a municipality more than three times
    // that far (and over 1°) is an outlying island, left out unless its whole region is.
    QVector<double> xs, ys;
    for (const Box &b : std::as_const(boxes)) {
        xs << b.bounds.center().x();
        ys << b.bounds.center().y();
    }
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const QPointF median(xs.at(xs.size() / 2), ys.at(ys.size() / 2));
    QVector<double> distances;
    for (const Box &b : std::as_const(boxes))
        distances << QLineF(b.bounds.center(), median).length();
    QVector<double> sorted = distances;
    std::sort(sorted.begin(), sorted.end());
    const double limit = std::max(1.0, 3.0 * sorted.at(sorted.size() / 2));
    QSet<QString> near;
    for (int i = 0; i < boxes.size(); ++i) {
        if (distances.at(i) <= limit)
            near.insert(boxes.at(i).region);
    }
    QRectF r;
    for (int i = 0; i < boxes.size(); ++i) {
        if (distances.at(i) <= limit || !near.contains(boxes.at(i).region))
            r = r.isNull() ? boxes.at(i).bounds : r.united(boxes.at(i).bounds);
    }
    return r.isNull() ? bounds(regionCodes) : r;
}

} // namespace Koso
