#include "map/MapPage.h"

#include "analysis/AnalysisText.h"
#include "charts/MapRenderer.h"
#include "document/Document.h"
#include "flows/FlowStore.h"
#include "map/GeoJsonExport.h"
#include "map/HospitalPoints.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/RegionCorrectionsDialog.h"
#include "map/RegionOverrides.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"
#include "util/Folders.h"
#include "widgets/ChartExportDialog.h"
#include "widgets/EmptyDatasetNotice.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Koso {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QWidget *legendRow(const QColor &colour, const QString &text, QWidget *parent, bool round = false)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    QPixmap swatch(18, 12);
    swatch.fill(Qt::transparent);
    {
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QColor(0x80, 0x80, 0x80));
        p.setBrush(colour);
        if (round)
            p.drawEllipse(QRectF(3.5, 0.5, 11, 11));
        else
            p.drawRect(QRectF(0.5, 0.5, 17, 11));
    }
    auto *sw = new QLabel(row);
    sw->setPixmap(swatch);
    sw->setFixedSize(18, 12);
    layout->addWidget(sw);
    layout->addWidget(plainLabel(text, row), 1);
    row->show();
    return row;
}

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

MapPage::MapPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapPage"));

    // The top bar: what is drawn, and what to do with it.
    m_viewCombo = new QComboBox(this);
    m_viewCombo->setObjectName(QStringLiteral("viewCombo"));
    m_viewCombo->addItem(tr("Home prefecture"));
    m_viewCombo->addItem(tr("Japan (all regions)"));
    m_measureCombo = new QComboBox(this);
    m_measureCombo->setObjectName(QStringLiteral("measureCombo"));
    for (const QString &key : MapMeasures::keys())
        m_measureCombo->addItem(MapMeasures::displayName(key), key);
    // Long measure names must not widen the window past small screens.
    m_measureCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measureCombo->setMinimumContentsLength(14);
    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (or turn the mouse wheel; drag to move the map)"));
    auto *fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("fitButton"));
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole map"));
    m_correctionsButton = new QPushButton(tr("Region corrections…"), this);
    m_correctionsButton->setObjectName(QStringLiteral("correctionsButton"));
    m_correctionsButton->setToolTip(
        tr("Municipalities drawn in another region than the shipped table; right-click a "
           "municipality on the map to move it"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Image (PNG, SVG, PDF)…"), this, &MapPage::exportImageDialog);
    exportMenu->addAction(tr("GeoJSON for GIS (QGIS)…"), this, &MapPage::exportGeoJsonDialog);
    m_exportButton->setMenu(exportMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Map:"), this));
    top->addWidget(m_viewCombo);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Colour by:"), this));
    top->addWidget(m_measureCombo, 1);
    top->addSpacing(8);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);
    top->addSpacing(8);
    top->addWidget(m_exportButton);

    // The map and its side panel.
    m_scene = new MapScene(this);
    m_view = new MapView(m_scene, this);
    connect(zoomIn, &QToolButton::clicked, m_view, &MapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &MapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &MapView::fit);

    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(4, 0, 4, 0);
    auto *legendBox = new QGroupBox(tr("Legend"), panel);
    auto *legendLayout = new QVBoxLayout(legendBox);
    m_legendTitle = plainLabel(QString(), legendBox);
    m_legendTitle->setObjectName(QStringLiteral("legendTitle"));
    QFont bold = m_legendTitle->font();
    bold.setBold(true);
    m_legendTitle->setFont(bold);
    legendLayout->addWidget(m_legendTitle);
    m_legendRows = new QVBoxLayout;
    m_legendRows->setSpacing(2);
    legendLayout->addLayout(m_legendRows);
    panelLayout->addWidget(legendBox);

    auto *detailsBox = new QGroupBox(tr("Region"), panel);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    m_details = plainLabel(QString(), detailsBox);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    detailsLayout->addWidget(m_details);
    m_openRegion = new QPushButton(tr("Open region page"), detailsBox);
    m_openRegion->setObjectName(QStringLiteral("openRegionButton"));
    m_openRegion->setEnabled(false);
    connect(m_openRegion, &QPushButton::clicked, this, [this] {
        if (!selectedRegion().isEmpty())
            emit regionActivated(selectedRegion());
    });
    detailsLayout->addWidget(m_openRegion);
    panelLayout->addWidget(detailsBox);

    auto *layersBox = new QGroupBox(tr("Layers"), panel);
    auto *layersLayout = new QVBoxLayout(layersBox);
    layersLayout->addWidget(new QLabel(tr("Patient flows of the selected region:"), layersBox));
    m_flowCombo = new QComboBox(layersBox);
    m_flowCombo->setObjectName(QStringLiteral("flowCombo"));
    m_flowCombo->addItem(tr("Off"), QString());
    m_flowCombo->addItem(tr("High acute and acute"), QStringLiteral("acute"));
    m_flowCombo->addItem(tr("Comprehensive (包括期)"), QStringLiteral("comprehensive"));
    m_flowCombo->addItem(tr("Chronic"), QStringLiteral("chronic"));
    m_flowCombo->setCurrentIndex(1);
    layersLayout->addWidget(m_flowCombo);
    layersLayout->addWidget(legendRow(MapScene::flowColour(QStringLiteral("outflow")),
                                      tr("Outflow: residents admitted there (solid)"), layersBox));
    layersLayout->addWidget(legendRow(MapScene::flowColour(QStringLiteral("inflow")),
                                      tr("Inflow: patients from there (dashed)"), layersBox));
    m_flowNote = plainLabel(QString(), layersBox);
    m_flowNote->setObjectName(QStringLiteral("flowNote"));
    layersLayout->addWidget(m_flowNote);
    layersLayout->addSpacing(6);
    layersLayout->addWidget(new QLabel(tr("Hospitals (size by beds):"), layersBox));
    m_hospitalCombo = new QComboBox(layersBox);
    m_hospitalCombo->setObjectName(QStringLiteral("hospitalCombo"));
    m_hospitalCombo->addItem(tr("Off"));
    m_hospitalCombo->addItem(tr("Coloured by policy status"));
    m_hospitalCombo->addItem(tr("Coloured by main function"));
    m_hospitalCombo->setCurrentIndex(1);
    layersLayout->addWidget(m_hospitalCombo);
    m_hospitalRows = new QVBoxLayout;
    m_hospitalRows->setSpacing(2);
    layersLayout->addLayout(m_hospitalRows);
    m_hospitalNote = plainLabel(QString(), layersBox);
    m_hospitalNote->setObjectName(QStringLiteral("hospitalNote"));
    m_hospitalNote->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));
    layersLayout->addWidget(m_hospitalNote);
    panelLayout->addWidget(layersBox);
    m_correctionsButton->setParent(panel);
    panelLayout->addWidget(m_correctionsButton);
    panelLayout->addStretch(1);
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setWidget(panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setFixedWidth(270);

    auto *mapArea = new QWidget(this);
    auto *mapLayout = new QHBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(panelScroll);

    // The honest empty state: no boundaries for the home prefecture, or no dataset.
    auto *emptyArea = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyArea);
    m_empty = new EmptyDatasetNotice(emptyArea);
    m_empty->setObjectName(QStringLiteral("mapEmptyNotice"));
    m_empty->setAction(tr("Import MHLW Workbooks…"), QStringLiteral("actionImportWorkbook"));
    m_nationButton = new QPushButton(tr("Show the map of Japan"), emptyArea);
    m_nationButton->setObjectName(QStringLiteral("showNationButton"));
    connect(m_nationButton, &QPushButton::clicked, this, [this] { setView(View::Nation); });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    auto *nationRow = new QHBoxLayout;
    nationRow->addStretch(1);
    nationRow->addWidget(m_nationButton);
    nationRow->addStretch(1);
    emptyLayout->addLayout(nationRow);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(mapArea);
    m_stack->addWidget(emptyArea);

    // Source and credit, always shown.
    m_source = plainLabel(QString(), this);
    m_source->setObjectName(QStringLiteral("mapSource"));
    m_credit = plainLabel(MapGeometry::creditLine(), this);
    m_credit->setObjectName(QStringLiteral("mapCredit"));
    for (QLabel *l : { m_source, m_credit })
        l->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_credit);

    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, [this] {
        computeMeasure();
        rebuild();
    });
    connect(m_flowCombo, &QComboBox::currentIndexChanged, this, &MapPage::updateFlows);
    connect(m_hospitalCombo, &QComboBox::currentIndexChanged, this, &MapPage::updateHospitals);
    connect(m_correctionsButton, &QPushButton::clicked, this, &MapPage::showCorrections);
    connect(m_view, &MapView::regionHovered, this, [this](const QString &code) {
        m_hovered = code;
        updateDetails(code.isEmpty() ? selectedRegion() : code);
        emit regionHovered(code);
    });
    connect(m_view, &MapView::regionClicked, this, &MapPage::selectRegion);
    connect(m_view, &MapView::regionDoubleClicked, this, [this](const QString &code) {
        selectRegion(code);
        emit regionActivated(code);
    });
    connect(m_view, &MapView::municipalityMenuRequested, this, &MapPage::municipalityMenu);
    connect(m_view, &MapView::zoomChanged, this, &MapPage::updateLabels);
    m_dirty = true; // drawn when first shown
}

MapPage::~MapPage() = default;

MapPage::View MapPage::view() const
{
    return m_viewCombo->currentIndex() == 1 ? View::Nation : View::Prefecture;
}

void MapPage::setView(View view)
{
    m_viewCombo->setCurrentIndex(view == View::Nation ? 1 : 0);
}

QString MapPage::measureKey() const
{
    return m_measureCombo->currentData().toString();
}

void MapPage::setMeasure(const QString &key)
{
    const int i = m_measureCombo->findData(key);
    if (i >= 0)
        m_measureCombo->setCurrentIndex(i);
}

void MapPage::setFlowGroup(const QString &group)
{
    const int i = m_flowCombo->findData(group);
    if (i >= 0)
        m_flowCombo->setCurrentIndex(i);
}

void MapPage::setHospitalLayer(HospitalLayer layer)
{
    m_hospitalCombo->setCurrentIndex(int(layer));
}

QString MapPage::selectedRegion() const
{
    return m_scene->selectedRegion();
}

bool MapPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QString MapPage::emptyStateText() const
{
    return isShowingEmptyState() ? m_empty->message() : QString();
}

QString MapPage::hospitalNote() const
{
    return m_hospitalNote->isHidden() ? QString() : m_hospitalNote->text();
}

QString MapPage::detailsText() const
{
    return m_details->text();
}

QString MapPage::sourceText() const
{
    return m_source->text();
}

QString MapPage::creditText() const
{
    return m_credit->text();
}

void MapPage::setDocument(Document *document)
{
    if (m_dataset)
        disconnect(m_dataset, nullptr, this, nullptr);
    m_document = document;
    m_dataset = document ? document->dataset() : nullptr;
    if (m_dataset)
        connect(m_dataset, &Dataset::changed, this, [this] {
            m_dirty = true;
            if (isVisible())
                reload();
        });
    // The boundaries (about 200 ms to load) are read when the page is first shown, not
    // when the window opens a dataset.
    m_dirty = true;
    if (isVisible())
        reload();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void MapPage::reload()
{
    m_dirty = false;
    m_regionNames.clear();
    if (m_dataset) {
        m_geometry = MapGeometry::forDataset(*m_dataset);
        for (const Region &r : GeographyStore(*m_dataset).regions())
            m_regionNames.insert(r.code, r.name);
    } else {
        m_geometry = MapGeometry::shared();
    }
    computeMeasure();
    rebuild();
}

void MapPage::computeMeasure()
{
    m_measure.reset();
    if (!m_dataset)
        return;
    QString error;
    m_measure = MapMeasures::compute(*m_dataset, measureKey(), &error);
}

QString MapPage::regionName(const QString &code) const
{
    const QString name = m_regionNames.value(code, m_geometry.regionName(code));
    return name.isEmpty() ? code : name;
}

QString MapPage::areaName() const
{
    if (view() == View::Nation || !m_dataset)
        return tr("Japan");
    const QString home = m_dataset->homePrefectureCode();
    const auto p = GeographyStore(*m_dataset).prefecture(home);
    return p ? p->name : home;
}

void MapPage::rebuild()
{
    const QString selected = selectedRegion();
    m_regions.clear();
    const bool nation = view() == View::Nation;
    m_exportButton->setEnabled(false);
    m_correctionsButton->setEnabled(m_document && !m_dataset->isReadOnly());
    if (!m_dataset) {
        m_drawnRegions.clear();
        m_scene->build({});
        m_empty->setMessage(tr("Open or create a dataset to draw the map of its regions."));
        m_empty->button()->hide();
        m_nationButton->hide();
        m_stack->setCurrentIndex(1);
        m_source->clear();
        return;
    }
    const QString home = m_dataset->homePrefectureCode();
    m_regions = m_geometry.regionCodes(nation ? QString() : home);
    if (m_regions.isEmpty()) {
        m_drawnRegions.clear();
        m_scene->build({});
        m_empty->setMessage(
            tr("There is no map of %1: the map holds the boundaries of the 47 prefectures, and "
               "this dataset's home prefecture (%2) is not one of them — the demo's サンプル県 is "
               "fictional. Show the map of Japan, or create a dataset for your prefecture and "
               "import MHLW's workbooks (File › New Dataset…, then File › Import MHLW "
               "Workbook…) to see its regions.")
                .arg(areaName(), home));
        m_empty->button()->show();
        m_nationButton->show();
        m_stack->setCurrentIndex(1);
        m_source->setText(m_measure ? m_measure->source : QString());
        return;
    }
    m_stack->setCurrentIndex(0);
    // Another measure over the same regions keeps where the user zoomed to.
    const bool keepView = m_drawnRegions == m_regions && !m_view->isFitted();
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QElapsedTimer timer;
    timer.start();
    MapScene::Content content;
    content.geometry = &m_geometry;
    content.regions = m_regions;
    content.nation = nation;
    if (m_measure)
        content.measure = *m_measure;
    content.regionNames = m_regionNames;
    m_scene->build(content);
    m_buildMs = timer.nsecsElapsed() / 1e6;
    m_drawnRegions = m_regions;
    if (keepView) {
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    } else {
        m_view->fit();
    }
    updateLabels();
    if (!selected.isEmpty())
        m_scene->setSelectedRegion(selected);
    updateLegend();
    updateDetails(selectedRegion());
    updateFlows();
    updateHospitals();
    m_source->setText(m_measure ? m_measure->source : QString());
    m_exportButton->setEnabled(true);
}

void MapPage::updateLabels()
{
    // The national map names its regions once zoomed in far enough to read them.
    m_scene->setLabelsVisible(view() == View::Prefecture || m_view->zoom() >= 2.5);
    m_scene->declutterLabels(m_view->transform());
}

void MapPage::updateLegend()
{
    clearLayout(m_legendRows);
    m_legendTitle->setText(m_measure ? m_measure->name : QString());
    const auto classes = m_scene->classes();
    for (auto it = classes.crbegin(); it != classes.crend(); ++it)
        m_legendRows->addWidget(legendRow(it->colour, it->label, this));
    m_legendRows->addWidget(legendRow(MapRenderer::noValueColour(), tr("no value"), this));
}

void MapPage::updateDetails(const QString &code)
{
    if (code.isEmpty() || !m_measure) {
        m_details->setText(tr("Point at a region: its value. Click: select it, draw its flows. "
                              "Double-click: open its page."));
        m_openRegion->setEnabled(!selectedRegion().isEmpty());
        return;
    }
    const auto value = m_measure->values.value(code);
    QStringList lines;
    lines << QStringLiteral("%1 (%2)").arg(regionName(code), code);
    lines << QStringLiteral("%1: %2").arg(
        m_measure->name, value ? MapRenderer::valueText(*m_measure, *value) : tr("no value"));
    int municipalities = 0;
    for (int i : m_geometry.regionShapes(code)) {
        Q_UNUSED(i);
        ++municipalities;
    }
    lines << tr("%n municipalities", nullptr, municipalities);
    lines << m_measure->source;
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_openRegion->setEnabled(!selectedRegion().isEmpty());
}

void MapPage::selectRegion(const QString &regionCode)
{
    m_scene->setSelectedRegion(regionCode);
    updateDetails(m_hovered.isEmpty() ? selectedRegion() : m_hovered);
    updateFlows();
}

void MapPage::updateFlows()
{
    const QString group = m_flowCombo->currentData().toString();
    if (group.isEmpty() || !m_dataset || selectedRegion().isEmpty()) {
        m_scene->setFlows({}, QString());
        m_flowNote->clear();
        m_flowNote->hide();
        return;
    }
    FlowStore store(*m_dataset);
    m_scene->setFlows(store.regionFlows(selectedRegion()), group);
    m_flowNote->show();
    m_flowNote->setText(
        m_scene->flowLineCount() == 0
            ? tr("No flows of %1 in this dataset: import MHLW's 流出率・流入率 workbook "
                 "(令和7年度 edition).")
                  .arg(regionName(selectedRegion()))
            : tr("%1: line width by share (%2).")
                  .arg(regionName(selectedRegion()), store.flowEditionLabel()));
}

void MapPage::updateHospitals()
{
    clearLayout(m_hospitalRows);
    const auto layer = HospitalLayer(m_hospitalCombo->currentIndex());
    if (layer == HospitalLayer::Off || !m_dataset || m_regions.isEmpty()) {
        m_hospitals.clear();
        m_scene->setHospitals({}, MapRenderer::Map::HospitalColouring::None);
        m_hospitalNote->clear();
        m_hospitalNote->hide();
        m_credit->setText(MapGeometry::creditLine());
        return;
    }
    m_hospitalColouring = layer == HospitalLayer::MainFunction
        ? MapRenderer::Map::HospitalColouring::Function
        : MapRenderer::Map::HospitalColouring::Policy;
    m_hospitals = HospitalPoints::load(
        *m_dataset, view() == View::Nation ? QString() : m_dataset->homePrefectureCode());
    const QVector<HospitalPoint> &points = m_hospitals;
    m_scene->setHospitals(points, m_hospitalColouring);
    // The open data's credit, asked for wherever its locations are shown.
    m_credit->setText(points.isEmpty() ? MapGeometry::creditLine()
                                       : MapGeometry::creditLine() + QLatin1Char('\n')
                              + HospitalPoints::sourceLine(*m_dataset));
    if (points.isEmpty()) {
        m_hospitalNote->setText(
            tr("No hospital located yet. Import MHLW's 医療情報ネット open data to place "
               "hospitals."));
        m_hospitalNote->show();
        return;
    }
    for (const MapRenderer::PointCategory &c : MapRenderer::pointCategories(m_hospitalColouring))
        m_hospitalRows->addWidget(legendRow(c.colour, c.label, this, true));
    m_hospitalNote->setText(tr("%n hospitals placed.", nullptr, int(points.size())));
    m_hospitalNote->show();
}

ChartCaption MapPage::exportCaption() const
{
    ChartCaption caption;
    if (!m_measure)
        return caption;
    caption.title = tr("%1: %2 by vision region").arg(areaName(), m_measure->name);
    caption.unit = m_measure->share ? QStringLiteral("%") : m_measure->unit;
    caption.source = m_measure->source;
    const QString key = m_measure->key;
    if (key.startsWith(QLatin1String("gap_ratio")) || key == QLatin1String("planned_ratio"))
        caption.caveat = AnalysisText::caveat();
    return caption;
}

bool MapPage::exportImage(const QString &path, const ChartExporter::Options &options,
                          QString *error)
{
    if (m_regions.isEmpty() || !m_measure) {
        *error = tr("There is no map to export.");
        return false;
    }
    MapRenderer::Map map;
    map.geometry = &m_geometry;
    map.regions = m_regions;
    map.prefectureCode = view() == View::Nation ? QString() : m_regions.first().left(2);
    map.measure = *m_measure;
    map.regionNames = m_regionNames;
    if (!m_hospitals.isEmpty()) {
        map.hospitals = m_hospitals;
        map.hospitalColouring = m_hospitalColouring;
        map.hospitalSource = HospitalPoints::sourceLine(*m_dataset);
    }
    return ChartExporter::exportPage(
        [map](QPainter *p, const QRectF &r) { MapRenderer::paintBody(*p, r, map); },
        exportCaption(), path, options, error);
}

void MapPage::exportImageDialog()
{
    if (m_regions.isEmpty() || !m_measure)
        return;
    MapRenderer::Map map;
    map.geometry = &m_geometry;
    map.regions = m_regions;
    map.prefectureCode = view() == View::Nation ? QString() : m_regions.first().left(2);
    map.measure = *m_measure;
    map.regionNames = m_regionNames;
    ChartExportDialog dialog(
        [map](QPainter *p, const QRectF &r) { MapRenderer::paintBody(*p, r, map); },
        exportCaption(), this);
    dialog.exec();
}

bool MapPage::exportGeoJson(const QString &path, QString *error)
{
    if (m_regions.isEmpty() || !m_measure) {
        *error = tr("There is no map to export.");
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes
        = GeoJsonExport::regions(m_geometry, m_regions, *m_measure, m_regionNames);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MapPage::exportGeoJsonDialog()
{
    if (m_regions.isEmpty() || !m_measure)
        return;
    const QString suggested
        = QDir(defaultDocumentsFolder())
              .filePath(QStringLiteral("%1-%2.geojson")
                            .arg(view() == View::Nation ? QStringLiteral("japan")
                                                        : m_dataset->homePrefectureCode(),
                                 m_measure->key));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export GeoJSON"), suggested,
                                                      tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportGeoJson(path, &error))
        QMessageBox::warning(this, tr("Export GeoJSON"), error);
}

bool MapPage::moveMunicipality(const QString &municipalityCode, const QString &regionCode,
                               const QString &note, QString *error)
{
    if (!m_document) {
        *error = tr("No dataset is open.");
        return false;
    }
    const int i = MapGeometry::shared().municipalityIndex(municipalityCode);
    const QString name
        = i >= 0 ? MapGeometry::shared().municipalities().at(i).name : municipalityCode;
    // Back to the shipped region: the correction goes.
    const QString shipped
        = i >= 0 ? MapGeometry::shared().municipalities().at(i).regionCode : QString();
    const QString target = regionCode == shipped ? QString() : regionCode;
    return DatasetCommand::push(
        m_document->undoStack(),
        new MoveMunicipalityCommand(m_dataset, municipalityCode, name, target, note), error);
}

void MapPage::municipalityMenu(int municipality, const QPoint &globalPos)
{
    if (!m_document || m_dataset->isReadOnly() || municipality < 0
        || municipality >= m_geometry.municipalities().size())
        return;
    const MunicipalityShape &m = m_geometry.municipalities().at(municipality);
    QMenu menu(this);
    QAction *move = menu.addAction(tr("Move %1 to region…").arg(m.name));
    const auto existing = RegionOverrides::of(*m_dataset, m.code);
    QAction *restore
        = existing ? menu.addAction(tr("Restore the shipped region of %1").arg(m.name)) : nullptr;
    QAction *chosen = menu.exec(globalPos);
    QString error;
    if (chosen == move) {
        MoveMunicipalityDialog dialog(MapGeometry::shared(), m.code, m.regionCode, m_regionNames,
                                      this);
        if (existing)
            dialog.setNote(existing->note);
        if (dialog.exec() != QDialog::Accepted || dialog.regionCode() == m.regionCode)
            return;
        if (!moveMunicipality(m.code, dialog.regionCode(), dialog.note(), &error))
            QMessageBox::warning(this, tr("Move to region"), error);
    } else if (chosen && chosen == restore) {
        if (!moveMunicipality(m.code, QString(), QString(), &error))
            QMessageBox::warning(this, tr("Move to region"), error);
    }
}

void MapPage::showCorrections()
{
    if (!m_document)
        return;
    RegionCorrectionsDialog dialog(m_document, m_regionNames, this);
    dialog.exec();
}

} // namespace Koso
