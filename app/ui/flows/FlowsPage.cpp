#include "flows/FlowsPage.h"

#include "analysis/AnalysisText.h"
#include "analysis/PlanVsActual.h"
#include "charts/FlowCharts.h"
#include "document/Document.h"
#include "flows/FlowStore.h"
#include "storage/GeographyStore.h"
#include "widgets/ChartPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Koso {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

QTableView *makeTable(QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->setAlternatingRowColors(true);
    return view;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, SortRole);
    return item;
}

QStandardItem *numberItem(std::optional<double> value, const QString &text,
                          const QString &missing = QString())
{
    auto *item = new QStandardItem(value ? text : missing);
    item->setData(value ? QVariant(*value) : QVariant(-1e300), SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percentText(double fraction, int decimals = 1)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral("%");
}

QString signedPercent(double fraction)
{
    const QString t = QLocale().toString(std::fabs(fraction) * 100.0, 'f', 1) + QStringLiteral("%");
    return fraction < 0 ? QStringLiteral("▼") + t : QStringLiteral("▲") + t;
}

QString claimsText(double v)
{
    return QLocale().toString(v, 'f', 0);
}

QString bedsText(const BedValue &v)
{
    return v.hasValue() ? QLocale().toString(*v.beds) : v.missingReason;
}

} // namespace

FlowsPage::FlowsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("flowsRegion"));
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("flowsDirection"));
    m_direction->addItem(tr("Outflow (residents admitted elsewhere)"), QStringLiteral("outflow"));
    m_direction->addItem(tr("Inflow (patients from elsewhere)"), QStringLiteral("inflow"));
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("flowsGroup"));
    for (const QString &g : FlowKeys::groups().mid(1))
        m_group->addItem(FlowCharts::groupName(g), g);
    // Narrow enough for the main window's smallest size; the lists open at their full width.
    for (QComboBox *box : { m_region, m_direction, m_group }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    bar->addWidget(new QLabel(tr("Vision region:")));
    bar->addWidget(m_region);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Flow:")));
    bar->addWidget(m_direction);
    bar->addWidget(new QLabel(tr("Functions:")));
    bar->addWidget(m_group);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("flowsTabs"));
    layout->addWidget(m_tabs, 1);

    // 1. The region's partners.
    m_flowModel = new QStandardItemModel(this);
    m_flowModel->setSortRole(SortRole);
    m_flowTable = makeTable(m_flowModel, QStringLiteral("flowPartnerTable"));
    m_flowChart = new ChartPanel;
    m_flowChart->setObjectName(QStringLiteral("flowPartnerChart"));
    auto *flowSplit = new QSplitter(Qt::Horizontal);
    flowSplit->addWidget(m_flowTable);
    flowSplit->addWidget(m_flowChart);
    flowSplit->setStretchFactor(0, 2);
    flowSplit->setStretchFactor(1, 3);
    m_tabs->addTab(flowSplit, tr("Patient flows"));

    // 2. Demand to 2050: the region's curves and the ranking of the prefecture's regions.
    m_demandModel = new QStandardItemModel(this);
    m_demandTable = makeTable(m_demandModel, QStringLiteral("demandTable"));
    m_demandTable->setSortingEnabled(false);
    m_demandChart = new ChartPanel;
    m_demandChart->setObjectName(QStringLiteral("demandChart"));
    m_rankingModel = new QStandardItemModel(this);
    m_rankingModel->setSortRole(SortRole);
    m_rankingTable = makeTable(m_rankingModel, QStringLiteral("demandRankingTable"));
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_demandTable);
    top->addWidget(m_demandChart);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *demandSplit = new QSplitter(Qt::Vertical);
    demandSplit->addWidget(top);
    demandSplit->addWidget(m_rankingTable);
    demandSplit->setStretchFactor(0, 3);
    demandSplit->setStretchFactor(1, 2);
    m_tabs->addTab(demandSplit, tr("Demand to 2050"));

    // 3. The prefecture's matrix.
    m_matrixModel = new QStandardItemModel(this);
    m_matrixTable = makeTable(m_matrixModel, QStringLiteral("flowMatrixTable"));
    m_matrixTable->setSortingEnabled(false);
    m_tabs->addTab(m_matrixTable, tr("Flow matrix"));

    // 4. Planned against reported.
    auto *plan = new QWidget;
    auto *planLayout = new QVBoxLayout(plan);
    planLayout->setContentsMargins(0, 0, 0, 0);
    m_planModel = new QStandardItemModel(this);
    m_planTable = makeTable(m_planModel, QStringLiteral("planVsActualTable"));
    m_planTable->setSortingEnabled(false);
    m_changeModel = new QStandardItemModel(this);
    m_changeTable = makeTable(m_changeModel, QStringLiteral("reportedChangeTable"));
    m_changeTable->setSortingEnabled(false);
    m_planNote = new QLabel;
    m_planNote->setTextFormat(Qt::PlainText);
    m_planNote->setWordWrap(true);
    planLayout->addWidget(new QLabel(tr("Planned beds (見込量) against the beds reported for the "
                                        "same year in a later edition")));
    planLayout->addWidget(m_planTable, 3);
    planLayout->addWidget(new QLabel(tr("Change of reported beds between the two latest reports")));
    planLayout->addWidget(m_changeTable, 2);
    planLayout->addWidget(m_planNote);
    m_tabs->addTab(plan, tr("Planned vs reported"));

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("flowsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_region, &QComboBox::currentIndexChanged, this, &FlowsPage::reload);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &FlowsPage::reload);
    connect(m_group, &QComboBox::currentIndexChanged, this, &FlowsPage::reload);
}

void FlowsPage::setDocument(Document *document)
{
    if (m_dataset)
        disconnect(m_dataset, nullptr, this, nullptr);
    setDataset(document ? document->dataset() : nullptr);
}

void FlowsPage::setDataset(Dataset *dataset)
{
    if (m_dataset)
        disconnect(m_dataset, nullptr, this, nullptr);
    m_dataset = dataset;
    if (m_dataset)
        connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
            if (changes & (DataChange::Figures | DataChange::Geography))
                fillRegions();
        });
    fillRegions();
}

void FlowsPage::fillRegions()
{
    const QString current = region();
    const QSignalBlocker block(m_region);
    m_region->clear();
    if (m_dataset) {
        for (const Region &r : GeographyStore(*m_dataset).regions(m_dataset->homePrefectureCode()))
            m_region->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    }
    const int i = m_region->findData(current);
    m_region->setCurrentIndex(i >= 0 ? i : 0);
    reload();
}

void FlowsPage::setRegion(const QString &code)
{
    const int i = m_region->findData(code);
    if (i >= 0)
        m_region->setCurrentIndex(i);
}

QString FlowsPage::region() const
{
    return m_region->currentData().toString();
}

QString FlowsPage::regionName(const QString &code) const
{
    const int i = m_region->findData(code);
    return i >= 0 ? m_region->itemText(i).section(QLatin1Char(' '), 1) : code;
}

void FlowsPage::reload()
{
    showFlows();
    showDemand();
    showMatrix();
    showPlan();
}

void FlowsPage::showFlows()
{
    m_flowModel->clear();
    m_flowModel->setHorizontalHeaderLabels(
        { tr("Region code"), tr("Partner region"), tr("Share"), tr("Rank") });
    if (!m_dataset || region().isEmpty()) {
        m_flowChart->setChart(nullptr, {});
        m_note->clear();
        return;
    }
    FlowStore store(*m_dataset);
    const QVector<FlowShare> shares = store.regionFlows(region());
    const QString direction = m_direction->currentData().toString();
    const QString group = m_group->currentData().toString();
    QString overall;
    for (const FlowShare &s : shares) {
        if (s.direction != direction)
            continue;
        if (s.group == QLatin1String("all")) {
            overall = s.share ? percentText(*s.share) : s.missingReason;
            continue;
        }
        if (s.group != group)
            continue;
        QList<QStandardItem *> row;
        row << textItem(s.partnerCode.isEmpty() ? tr("(unknown)") : s.partnerCode)
            << textItem(s.partnerCode == s.regionCode ? tr("%1 (itself)").arg(s.partnerName)
                                                      : s.partnerName)
            << numberItem(s.share, s.share ? percentText(*s.share) : QString(),
                          tr("no value (%1)").arg(s.missingReason))
            << numberItem(double(s.position), QString::number(s.position));
        m_flowModel->appendRow(row);
    }
    m_flowTable->resizeColumnsToContents();
    const QString name = regionName(region());
    if (shares.isEmpty()) {
        m_flowChart->setChart(nullptr, {});
        m_note->setText(tr("No patient flows imported: import MHLW's 構想区域の流出率及び流入率 "
                           "(File › Import MHLW Workbook)."));
        return;
    }
    m_flowChart->setChart(
        FlowCharts::partners(shares, name, direction, group),
        FlowCharts::partnersCaption(name, direction, group, store.flowEditionLabel()));
    m_note->setText(
        tr("%1 of all patients: %2 from or to other regions. %3")
            .arg(name, overall.isEmpty() ? tr("no value") : overall, FlowCharts::flowNote()));
}

void FlowsPage::showDemand()
{
    m_demandModel->clear();
    m_rankingModel->clear();
    if (!m_dataset)
        return;
    FlowStore store(*m_dataset);
    const QVector<DemandFigure> demand = store.regionDemand(region());
    QList<int> years;
    for (const DemandFigure &d : demand) {
        if (!years.contains(d.fiscalYear))
            years << d.fiscalYear;
    }
    std::sort(years.begin(), years.end());
    QStringList header { tr("Claims per month") };
    for (int y : std::as_const(years))
        header << tr("FY%1").arg(y);
    m_demandModel->setHorizontalHeaderLabels(header);
    for (const QString &kind : FlowKeys::demandKinds()) {
        QList<QStandardItem *> row { textItem(FlowCharts::kindName(kind)) };
        for (int y : std::as_const(years)) {
            QStandardItem *item = numberItem(std::nullopt, QString());
            for (const DemandFigure &d : demand) {
                if (d.kind == kind && d.fiscalYear == y) {
                    delete item;
                    item = numberItem(d.claimsPerMonth,
                                      d.claimsPerMonth ? claimsText(*d.claimsPerMonth) : QString(),
                                      d.missingReason);
                }
            }
            row << item;
        }
        m_demandModel->appendRow(row);
    }
    m_demandTable->resizeColumnsToContents();
    const QString name = regionName(region());
    if (demand.isEmpty())
        m_demandChart->setChart(nullptr, {});
    else
        m_demandChart->setChart(FlowCharts::demandCurves(demand, name),
                                FlowCharts::demandCaption(name, store.demandEditionLabel()));

    // Ranking of the prefecture's regions by the change to 2040.
    m_rankingModel->setHorizontalHeaderLabels(
        { tr("Vision region"), tr("Population 2024"), tr("Population 2040"), tr("Home visits 2024"),
          tr("Home visits 2040"), tr("Change to 2040"), tr("Home visits per 1,000 (2040)"),
          tr("Outpatients 2024"), tr("Outpatients 2040"), tr("Change to 2040"),
          tr("Outpatients per 1,000 (2040)") });
    const QString pref = m_dataset->homePrefectureCode();
    QMap<QString, QMap<QString, std::optional<double>>> byRegion; // code → kind|year → value
    for (const DemandFigure &d : store.demand(pref))
        byRegion[d.regionCode][d.kind + QString::number(d.fiscalYear)] = d.claimsPerMonth;
    QMap<QString, QMap<int, std::optional<qint64>>> population;
    for (const RegionPopulation &p : store.populations(pref))
        population[p.regionCode][p.year] = p.population;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        const auto &v = it.value();
        const auto p2024 = population.value(it.key()).value(2024);
        const auto p2040 = population.value(it.key()).value(2040);
        QList<QStandardItem *> row { textItem(
            QStringLiteral("%1 %2").arg(it.key(), regionName(it.key()))) };
        row << numberItem(p2024 ? std::optional<double>(double(*p2024)) : std::nullopt,
                          p2024 ? QLocale().toString(*p2024) : QString())
            << numberItem(p2040 ? std::optional<double>(double(*p2040)) : std::nullopt,
                          p2040 ? QLocale().toString(*p2040) : QString());
        for (const QString &kind : FlowKeys::demandKinds()) {
            const auto a = v.value(kind + QStringLiteral("2024"));
            const auto b = v.value(kind + QStringLiteral("2040"));
            row << numberItem(a, a ? claimsText(*a) : QString())
                << numberItem(b, b ? claimsText(*b) : QString());
            std::optional<double> change;
            if (a && b && *a > 0)
                change = *b / *a - 1.0;
            row << numberItem(change, change ? signedPercent(*change) : QString());
            std::optional<double> per;
            if (b && p2040 && *p2040 > 0)
                per = *b / double(*p2040) * 1000.0;
            row << numberItem(per, per ? QLocale().toString(*per, 'f', 1) : QString());
        }
        m_rankingModel->appendRow(row);
    }
    m_rankingTable->sortByColumn(5, Qt::DescendingOrder);
    m_rankingTable->resizeColumnsToContents();
}

void FlowsPage::showMatrix()
{
    m_matrixModel->clear();
    if (!m_dataset)
        return;
    const QString pref = m_dataset->homePrefectureCode();
    const QVector<Region> regions = GeographyStore(*m_dataset).regions(pref);
    const QString direction = m_direction->currentData().toString();
    const QString group = m_group->currentData().toString();
    QStringList header { direction == QLatin1String("outflow")
                             ? tr("Residents of ↓ admitted in →")
                             : tr("Hospitals of ↓, patients from →") };
    QHash<QString, int> column;
    for (const Region &r : regions) {
        column.insert(r.code, int(header.size()));
        header << r.name;
    }
    const int other = int(header.size());
    header << tr("Other prefectures") << tr("Not listed");
    m_matrixModel->setHorizontalHeaderLabels(header);
    QHash<QString, QVector<FlowShare>> byRegion;
    for (const FlowShare &s : FlowStore(*m_dataset).flows(pref)) {
        if (s.direction == direction && s.group == group)
            byRegion[s.regionCode] << s;
    }
    const QColor shade = QColor(0x00, 0x72, 0xB2); // Okabe–Ito blue
    for (const Region &r : regions) {
        QList<QStandardItem *> row { textItem(QStringLiteral("%1 %2").arg(r.code, r.name)) };
        for (int c = 1; c < header.size(); ++c)
            row << numberItem(std::nullopt, QString());
        double listed = 0;
        double outside = 0;
        bool any = false;
        for (const FlowShare &s : byRegion.value(r.code)) {
            if (!s.share)
                continue;
            any = true;
            listed += *s.share;
            const int c = column.value(s.partnerCode, -1);
            if (c < 0) {
                outside += *s.share;
                continue;
            }
            QStandardItem *item = row.at(c);
            item->setText(percentText(*s.share));
            QColor bg = shade;
            bg.setAlphaF(std::min(0.85, 0.1 + *s.share * 0.75));
            item->setBackground(bg);
            if (*s.share > 0.5)
                item->setForeground(Qt::white);
            item->setToolTip(
                tr("%1 → %2: %3").arg(r.name, s.partnerName, percentText(*s.share, 2)));
        }
        if (any) {
            row.at(other)->setText(percentText(outside));
            row.at(other + 1)->setText(percentText(std::max(0.0, 1.0 - listed)));
        }
        m_matrixModel->appendRow(row);
    }
    m_matrixTable->resizeColumnsToContents();
}

void FlowsPage::showPlan()
{
    m_planModel->clear();
    m_changeModel->clear();
    m_planNote->clear();
    if (!m_dataset || region().isEmpty())
        return;
    const PlanVsActual plan = PlanVsActual::forRegion(*m_dataset, region());
    const Table t = plan.table(false);
    QStringList header = t.header;
    header << tr("Older editions");
    m_planModel->setHorizontalHeaderLabels(header);
    for (const PlanVsActualRow &r : plan.rows) {
        QStringList older;
        for (const EditionValue &o : r.olderPlanned)
            older << tr("planned %1 in %2").arg(bedsText(o.value), o.edition);
        for (const EditionValue &o : r.olderReported)
            older << tr("reported %1 in %2").arg(bedsText(o.value), o.edition);
        QList<QStandardItem *> row;
        row << textItem(r.functionName) << textItem(QString::number(r.year))
            << numberItem(0.0, bedsText(r.planned.value)) << textItem(r.planned.edition)
            << numberItem(0.0, bedsText(r.reported.value)) << textItem(r.reported.edition)
            << numberItem(r.difference ? std::optional<double>(double(*r.difference))
                                       : std::nullopt,
                          r.difference ? AnalysisText::signedNumber(*r.difference) : QString())
            << numberItem(r.ratio, r.ratio ? percentText(*r.ratio) : QString())
            << textItem(older.join(tr("; ")));
        if (r.difference && *r.difference != 0)
            row.at(6)->setForeground(*r.difference > 0 ? QColor(0xD5, 0x5E, 0x00)
                                                       : QColor(0x00, 0x72, 0xB2));
        if (!older.isEmpty())
            row.last()->setBackground(QColor(0xFF, 0xF4, 0xD6));
        m_planModel->appendRow(row);
    }
    m_planTable->resizeColumnsToContents();
    const Table c = plan.changeTable();
    m_changeModel->setHorizontalHeaderLabels(c.header);
    for (const ReportedChange &r : plan.latestChange) {
        m_changeModel->appendRow(
            { textItem(r.functionName), textItem(QString::number(r.fromYear)),
              numberItem(0.0, bedsText(r.from.value)), textItem(QString::number(r.toYear)),
              numberItem(0.0, bedsText(r.to.value)),
              numberItem(r.change ? std::optional<double>(double(*r.change)) : std::nullopt,
                         r.change ? AnalysisText::signedNumber(*r.change) : QString()),
              numberItem(r.ratio, r.ratio ? percentText(*r.ratio) : QString()) });
    }
    m_changeTable->resizeColumnsToContents();
    m_planNote->setText(plan.rows.isEmpty()
                            ? tr("No year has both planned beds (見込量) and reported beds (実績) "
                                 "yet: import a later edition that reports the planned year.")
                            : AnalysisText::caveat());
}

} // namespace Koso
