#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Koso {

class Dataset;

// One municipality: its rings in longitude/latitude (outer rings and holes, even-odd), and the
// vision region it belongs to (empty for the Northern Territories and unnamed islets).
struct MunicipalityShape
{
    QString code; // 5 digits
    QString name;
    QString regionCode; // 4 digits
    QString prefectureCode; // 2 digits
    QVector<QPolygonF> rings; // every ring, for drawing (odd-even fill)
    QVector<QVector<QPolygonF>> polygons; // outer ring then holes, for GeoJSON
    QRectF bounds;
};

// The boundaries of the vision regions, from the municipality TopoJSON shipped in the
// resources (国土数値情報 N03, simplified) and the municipality → region table. Regions are the
// municipalities they group; their outlines are the TopoJSON arcs between municipalities of
// different regions (and the coast), so no polygon union is computed.
class MapGeometry
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MapGeometry)

public:
    // Loaded once from :/core/map/ (thread-safe); empty with an error logged if unreadable.
    static const MapGeometry &shared();
    bool load(const QByteArray &topojson, const QByteArray &regionCsv, QString *error);

    const QVector<MunicipalityShape> &municipalities() const { return m_municipalities; }
    // Indexes into municipalities() of a region's municipalities.
    QVector<int> regionShapes(const QString &regionCode) const
    {
        return m_byRegion.value(regionCode);
    }
    QStringList regionCodes(const QString &prefectureCode = QString()) const;
    QString regionName(const QString &regionCode) const { return m_regionNames.value(regionCode); }
    // Index into municipalities() of a municipality code; -1 when the map has none.
    int municipalityIndex(const QString &municipalityCode) const
    {
        return m_byCode.value(municipalityCode, -1);
    }

    // A copy in which some municipalities belong to another region (the planner's corrections:
    // municipality code → region code); regions, outlines and bounds follow. Codes the map does
    // not know are ignored.
    MapGeometry withOverrides(const QHash<QString, QString> &regionOfMunicipality) const;
    // The shared geometry with the dataset's corrections (RegionOverrides) applied.
    static MapGeometry forDataset(Dataset &dataset);

    // The arcs (longitude/latitude polylines) that outline the regions of a prefecture (all
    // regions when empty): borders between two regions and coasts. prefectureBorders: only the
    // borders between prefectures.
    QVector<QPolygonF> regionOutlines(const QString &prefectureCode = QString()) const;
    QVector<QPolygonF> prefectureOutlines() const;
    // The arcs around one region (its borders with other regions and its coasts).
    QVector<QPolygonF> outlineOf(const QString &regionCode) const;
    QRectF bounds(const QStringList &regionCodes) const;
    // The bounds of the main body of the regions: municipalities far out to sea (東京都's
    // 小笠原, 鹿児島県's 奄美) are left out so that a prefecture's map is not shrunk to a dot;
    // the same as bounds() when nothing is that far.
    QRectF mainBounds(const QStringList &regionCodes) const;

    // The credit line MLIT asks for wherever the map is shown or exported.
    static QString creditLine();

private:
    struct ArcUse
    {
        QString first; // region of the first municipality using the arc
        QString second; // of the second (empty: a coast or the edge of the data)
        int users = 0;
        int firstShape = -1; // index into m_municipalities
        int secondShape = -1;
    };
    void rebuildRegions();

    QVector<MunicipalityShape> m_municipalities;
    QVector<QPolygonF> m_arcs;
    QVector<ArcUse> m_arcUse;
    QHash<QString, QVector<int>> m_byRegion;
    QHash<QString, QString> m_regionNames;
    QHash<QString, int> m_byCode;
};

} // namespace Koso
