#include "widgets/ChartPanel.h"

#include "analysis/AnalysisSettings.h"
#include "charts/ChartExporter.h"
#include "widgets/ChartExportDialog.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Koso {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 200); // two side by side fit a 1024-pixel screen
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Save the chart with its title, source and caveat as PNG, SVG or PDF"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the chart as a slide-sized image"));
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportChart);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyChart);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // never sideways
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    setChart(nullptr, {});
}

void ChartPanel::setChart(QChart *chart, const ChartCaption &caption)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart ? chart : new QChart);
    delete old;
    m_caption = caption;
    m_export->setEnabled(chart);
    m_copy->setEnabled(chart);
}

void ChartPanel::setMinimumChartHeight(int pixels)
{
    m_view->setMinimumHeight(qMax(200, pixels));
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::exportChart()
{
    ChartExportDialog dialog(chart(), m_caption, this);
    dialog.exec();
}

void ChartPanel::copyChart()
{
    ChartExporter::copyToClipboard(
        chart(), m_caption, { AnalysisSettings::exportSize(), AnalysisSettings::exportDpi() });
}

} // namespace Koso
