#include "policy/WhatIfView.h"

#include "io/TableWriter.h"
#include "policy/PolicyEmptyState.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "widgets/AreaComboBox.h"
#include "widgets/EmptyDatasetNotice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "analysis/AnalysisText.h"
#include "charts/ChartAxes.h"

namespace Koso {

WhatIfView::WhatIfView(Dataset *dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_area(new AreaComboBox(this))
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QChartView(this))
    , m_caveat(new QLabel(WhatIfAnalysis::caveat(), this))
{
    setObjectName(QStringLiteral("whatIfView"));
    m_area->setObjectName(QStringLiteral("areaCombo"));
    m_table->setObjectName(QStringLiteral("whatIfTable"));
    m_year->setRange(2016, 2060);
    m_year->setValue(2025);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMinimumHeight(260);
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_caveat->setWordWrap(true);

    m_exportChart = new QPushButton(tr("Export &chart…"), this);
    QPushButton *exportChart = m_exportChart;
    auto *exportTable = new QPushButton(tr("Export &table…"), this);
    auto *controls = new QHBoxLayout;
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area); // the marker is a shortcut, never shown as text
    controls->addWidget(areaLabel);
    controls->addWidget(m_area);
    auto *yearLabel = new QLabel(tr("Target &year:"), this);
    yearLabel->setBuddy(m_year);
    controls->addWidget(yearLabel);
    controls->addWidget(m_year);
    controls->addStretch();
    controls->addWidget(exportTable);
    controls->addWidget(exportChart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    m_notice = new EmptyDatasetNotice(this);
    m_notice->hide();
    m_content = splitter;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_caveat);

    connect(m_area, &QComboBox::currentIndexChanged, this, &WhatIfView::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &WhatIfView::reload);
    connect(exportTable, &QPushButton::clicked, this, &WhatIfView::exportTable);
    connect(exportChart, &QPushButton::clicked, this, &WhatIfView::exportChartRequested);
    exportChart->setEnabled(false);
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes
            & (DataChange::Policies | DataChange::Hospitals | DataChange::Figures
               | DataChange::Geography | DataChange::Imports)) {
            if (changes & (DataChange::Geography | DataChange::Imports))
                m_area->fill(*m_dataset);
            reload();
        }
    });
    m_area->fill(*m_dataset);
    reload();
}

void WhatIfView::showEvent(QShowEvent *event)
{
    // Offered once the main window has connected the shared chart exporter.
    m_exportChart->setEnabled(
        isSignalConnected(QMetaMethod::fromSignal(&WhatIfView::exportChartRequested)));
    QWidget::showEvent(event);
}

void WhatIfView::setArea(const QString &areaCode)
{
    m_area->setCurrentIndex(qMax(0, m_area->findData(areaCode)));
}

void WhatIfView::setTargetYear(int year)
{
    m_year->setValue(year);
}

void WhatIfView::reload()
{
    // Without policies every figure would read 実施後 = 報告: say how to start instead.
    const PolicyEmptyState empty = PolicyEmptyState::of(*m_dataset);
    m_notice->setVisible(empty.isEmpty());
    m_content->setVisible(!empty.isEmpty());
    if (empty.isEmpty()) {
        m_notice->setMessage(empty.message);
        m_notice->setAction(empty.buttonText, empty.actionName);
    }
    const QString area = m_area->currentData().toString();
    const QString home = m_dataset->homePrefectureCode();
    m_rows = WhatIfAnalysis::compute(*m_dataset, home, m_year->value(),
                                     area.size() == 4 ? area : QString());
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [&](const WhatIfRow &r) { return r.areaCode != area; }),
                 m_rows.end());
    const Table t = WhatIfAnalysis::toTable(m_rows, m_year->value());
    // The area columns are the same on every row: the combo box says which area it is.
    m_table->clear();
    m_table->setColumnCount(int(t.header.size()) - 2);
    m_table->setHorizontalHeaderLabels(t.header.mid(2));
    m_table->setRowCount(int(t.rows.size()));
    QLocale locale;
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 2; c < t.header.size(); ++c) {
            const QVariant v = t.rows.at(r).at(c);
            auto *item = new QTableWidgetItem;
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                const qint64 n = v.toLongLong();
                const bool signedColumn = c == 7 || c == 9; // change, gap
                item->setText(signedColumn && n > 0 ? QStringLiteral("+") + locale.toString(n)
                                                    : locale.toString(n));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setText(v.toString());
            }
            if (m_rows.at(r).functionKey == WhatIfAnalysis::totalKey()) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c - 2, item);
        }
    }
    m_table->resizeColumnsToContents();
    fillChart();
}

void WhatIfView::fillChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(chartTitle());
    auto *reported = new QBarSet(tr("Reported"));
    auto *whatIf = new QBarSet(tr("If carried out"));
    auto *required = new QBarSet(tr("Required (2025)"));
    reported->setColor(QColor(0x99, 0x99, 0x99));
    whatIf->setColor(QColor(0xE6, 0x9F, 0x00));
    required->setColor(QColor(0x00, 0x72, 0xB2));
    QStringList categories;
    double highest = 10;
    const BedFunctionList functions = FigureStore(*m_dataset).bedFunctions();
    for (const WhatIfRow &r : std::as_const(m_rows)) {
        bool counts = false;
        for (const BedFunction &f : functions)
            counts = counts || (f.key == r.functionKey && f.countsInTotal);
        if (!counts)
            continue; // 休棟中等 has no required beds; the total would dwarf the functions
        categories << r.functionName.toHtmlEscaped(); // axis labels are rich text
        *reported << double(r.reported);
        *whatIf << double(r.whatIf);
        *required << double(r.required.value_or(0));
        highest = qMax(highest, double(qMax(qMax(r.reported, r.whatIf), r.required.value_or(0))));
    }
    auto *series = new QBarSeries;
    series->append({ reported, whatIf, required });
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = ChartAxes::valueAxis(highest * 1.04, AnalysisText::unitNote());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void WhatIfView::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), tr("what-if.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableWriter::write(WhatIfAnalysis::toTable(m_rows, m_year->value()), path, &error))
        QMessageBox::warning(this, tr("Export table"), error);
}

QChart *WhatIfView::exportableChart() const
{
    return m_chart->chart();
}

QString WhatIfView::chartTitle() const
{
    return tr("If every agreed policy is carried out (%1)").arg(m_year->value());
}

QString WhatIfView::chartSubtitle() const
{
    return m_area->currentText();
}

QString WhatIfView::chartUnit() const
{
    return tr("Beds");
}

QString WhatIfView::chartSource() const
{
    return tr("Source: response policies recorded by the prefecture; MHLW bed function report; "
              "required beds of the regional vision");
}

QString WhatIfView::chartCaveat() const
{
    return WhatIfAnalysis::caveat();
}

} // namespace Koso
