#pragma once

#include "charts/ChartExporter.h"
#include "charts/MapRenderer.h"
#include "map/HospitalPoints.h"
#include "map/MapGeometry.h"
#include "map/MapMeasures.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace Koso {

class Dataset;
class Document;
class EmptyDatasetNotice;
class MapScene;
class MapView;

// The map of the vision regions: the home prefecture (default) or the nation, coloured by a
// chosen measure with its legend, names, hover details and the source and MLIT credit always
// shown; a click selects a region (details, its patient flows as lines to its partners), a
// double-click or "Open region page" opens its page; zoom (wheel, buttons, fit) and pan (drag);
// the located hospitals as points; export as PNG/SVG/PDF through the chart export dialog or as
// GeoJSON; right-click a municipality to move it to another region (the planner's
// corrections, undoable). A dataset whose home prefecture has no boundaries (the demo's
// サンプル県) shows why, with the national map and the import one click away.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Prefecture, Nation };
    enum class HospitalLayer { Off, PolicyStatus, MainFunction };

    explicit MapPage(QWidget *parent = nullptr);
    ~MapPage() override;

    View view() const;
    void setView(View view);
    QString measureKey() const;
    void setMeasure(const QString &key);
    const std::optional<MapMeasure> &measure() const { return m_measure; }
    QStringList regions() const { return m_regions; }
    // "" when flows are off, else acute, comprehensive or chronic.
    void setFlowGroup(const QString &group);
    void setHospitalLayer(HospitalLayer layer);
    void selectRegion(const QString &regionCode);
    QString selectedRegion() const;

    MapScene *scene() const { return m_scene; }
    MapView *mapView() const { return m_view; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QString hospitalNote() const;
    QString detailsText() const;
    QString sourceText() const;
    QString creditText() const;
    double lastBuildMilliseconds() const { return m_buildMs; }
    const MapGeometry &geometry() const { return m_geometry; }

    // What the export writes, for the dialog and the tests.
    ChartCaption exportCaption() const;
    bool exportImage(const QString &path, const ChartExporter::Options &options, QString *error);
    bool exportGeoJson(const QString &path, QString *error);
    // Moves a municipality to a region (empty: back to the shipped one) as one undo step.
    bool moveMunicipality(const QString &municipalityCode, const QString &regionCode,
                          const QString &note, QString *error);

signals:
    void regionActivated(const QString &regionCode);
    void regionHovered(const QString &regionCode);

public slots:
    void setDocument(Koso::Document *document);
    void reload();
    void exportImageDialog();
    void exportGeoJsonDialog();
    void showCorrections();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void computeMeasure();
    void updateLegend();
    void updateDetails(const QString &regionCode);
    void updateFlows();
    void updateHospitals();
    void updateLabels();
    void municipalityMenu(int municipality, const QPoint &globalPos);
    QString areaName() const;
    QString regionName(const QString &code) const;

    QPointer<Document> m_document;
    QPointer<Dataset> m_dataset;
    MapGeometry m_geometry;
    QHash<QString, QString> m_regionNames;
    std::optional<MapMeasure> m_measure;
    QStringList m_regions;
    bool m_dirty = true;
    double m_buildMs = 0;

    QComboBox *m_viewCombo = nullptr;
    QComboBox *m_measureCombo = nullptr;
    QComboBox *m_flowCombo = nullptr;
    QComboBox *m_hospitalCombo = nullptr;
    QToolButton *m_exportButton = nullptr;
    QPushButton *m_correctionsButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    EmptyDatasetNotice *m_empty = nullptr;
    QPushButton *m_nationButton = nullptr;
    QLabel *m_legendTitle = nullptr;
    QVBoxLayout *m_legendRows = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openRegion = nullptr;
    QLabel *m_flowNote = nullptr;
    QVBoxLayout *m_hospitalRows = nullptr;
    QLabel *m_hospitalNote = nullptr;
    QVector<HospitalPoint> m_hospitals; // drawn now, and exported with the map
    MapRenderer::Map::HospitalColouring m_hospitalColouring
        = MapRenderer::Map::HospitalColouring::None;
    QLabel *m_source = nullptr;
    QLabel *m_credit = nullptr;
    QString m_hovered;
    QStringList m_drawnRegions; // what the scene holds, to keep zoom and centre on a recolour
};

} // namespace Koso
