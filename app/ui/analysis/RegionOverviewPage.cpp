#include "analysis/RegionOverviewPage.h"

#include "analysis/BedOverview.h"
#include "analysis/RegionOverviewModel.h"
#include "document/Document.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Koso {

RegionOverviewPage::RegionOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegionOverviewModel(this))
{
    m_regions = new QListWidget;
    m_regions->setObjectName(QStringLiteral("regionList"));
    m_regions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regions->setMinimumWidth(140);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText); // names from data are text, never markup
    m_edition = new QLabel;
    m_edition->setObjectName(QStringLiteral("overviewEdition"));
    m_edition->setWordWrap(true);
    m_edition->setTextFormat(Qt::PlainText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // The table is a few rows: it takes the height it needs, without scroll bars.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_caveat = new QLabel(tr("Bed function report totals and required beds are computed "
                             "differently and cannot be compared directly."));
    m_caveat->setObjectName(QStringLiteral("overviewCaveat"));
    m_caveat->setWordWrap(true);
    m_caveat->setForegroundRole(QPalette::PlaceholderText);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_edition);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_table);
    detailLayout->addWidget(m_caveat);
    detailLayout->addStretch(1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_regions);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 180, 760 });

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("overviewEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_regions, &QListWidget::currentRowChanged, this, &RegionOverviewPage::showArea);
    reload();
}

void RegionOverviewPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &RegionOverviewPage::onDataChanged);
    reload();
}

void RegionOverviewPage::onDataChanged(DataChanges changes)
{
    if (changes & (DataChange::Geography | DataChange::Figures))
        reload();
}

QString RegionOverviewPage::currentAreaCode() const
{
    const QListWidgetItem *item = m_regions->currentItem();
    return item ? item->data(AreaCodeRole).toString() : QString();
}

bool RegionOverviewPage::selectArea(const QString &code)
{
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->data(AreaCodeRole).toString() == code) {
            m_regions->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void RegionOverviewPage::reload()
{
    const QString previous = currentAreaCode();
    const QSignalBlocker blocker(m_regions);
    m_regions->clear();
    m_model->clear();
    if (!m_document) {
        m_emptyLabel->setText(tr("No dataset is open."));
        m_stack->setCurrentIndex(0);
        return;
    }

    const GeographyStore geography(*m_document->dataset());
    const QString homeCode = m_document->homePrefectureCode();
    const auto home = geography.prefecture(homeCode);
    const QString homeName = home ? home->name : homeCode;
    const QVector<Region> regions = geography.regions(homeCode);
    if (regions.isEmpty()) {
        m_emptyLabel->setText(tr("This dataset has no regions of %1 yet.\n"
                                 "Import MHLW's workbooks to fill it.")
                                  .arg(homeName));
        m_stack->setCurrentIndex(0);
        return;
    }

    auto *whole = new QListWidgetItem(tr("%1 (whole prefecture)").arg(homeName));
    whole->setData(AreaCodeRole, homeCode);
    QFont bold = whole->font();
    bold.setBold(true);
    whole->setFont(bold);
    m_regions->addItem(whole);
    const QLocale locale;
    for (const Region &region : regions) {
        auto *item = new QListWidgetItem(region.name);
        item->setData(AreaCodeRole, region.code);
        item->setToolTip(region.population
                             ? tr("Region %1, population %2")
                                   .arg(region.code, locale.toString(*region.population))
                             : tr("Region %1").arg(region.code));
        m_regions->addItem(item);
    }
    m_stack->setCurrentIndex(1);
    if (previous.isEmpty() || !selectArea(previous))
        m_regions->setCurrentRow(0);
    showArea();
}

void RegionOverviewPage::showArea()
{
    const QString code = currentAreaCode();
    if (!m_document || code.isEmpty()) {
        m_model->clear();
        m_title->clear();
        m_edition->clear();
        return;
    }
    const FigureStore figures(*m_document->dataset());
    const auto area = code.size() == 2 ? FigureStore::Area::Prefecture : FigureStore::Area::Region;
    const BedOverview overview
        = BedOverview::build(figures.beds(area, code), figures.bedFunctions());
    m_model->setOverview(overview);
    m_title->setText(m_regions->currentItem()->text());

    if (overview.isEmpty()) {
        m_edition->setText(tr("No bed figures for this area yet."));
        return;
    }
    QString edition;
    for (const Edition &e : figures.editions()) {
        if (e.id == overview.editionId)
            edition = JapaneseDate::fiscalYearLabel(e.fiscalYear);
    }
    m_edition->setText(
        edition.isEmpty()
            ? tr("Reported beds as of 1 July %1 (bed function report).").arg(overview.reportedYear)
            : tr("Reported beds as of 1 July %1 (bed function report); source: %2 edition.")
                  .arg(overview.reportedYear)
                  .arg(edition));
}

} // namespace Koso
