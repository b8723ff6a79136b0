#include "policy/HospitalFiguresChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "analysis/AnalysisText.h"
#include "charts/ChartAxes.h"

namespace Koso {

namespace {

// Okabe–Ito colours by function, so the chart reads the same as the analysis charts.
QColor functionColour(const QString &key)
{
    if (key == QLatin1String("HighAcute"))
        return QColor(0xD5, 0x5E, 0x00);
    if (key == QLatin1String("Acute"))
        return QColor(0xE6, 0x9F, 0x00);
    if (key == QLatin1String("Recovery"))
        return QColor(0x00, 0x9E, 0x73);
    if (key == QLatin1String("Chronic"))
        return QColor(0x00, 0x72, 0xB2);
    return QColor(0x99, 0x99, 0x99);
}

} // namespace

HospitalFiguresChart::HospitalFiguresChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("hospitalFiguresChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void HospitalFiguresChart::setFigures(const QString &hospitalName, const BedFunctionList &functions,
                                      const QVector<Edition> &editions,
                                      const QVector<HospitalFigures> &figures)
{
    m_hospitalName = hospitalName;
    m_editionLabels.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(chartTitle().toHtmlEscaped()); // Qt Charts reads titles as rich text

    auto *series = new QStackedBarSeries;
    QHash<int, QString> labels;
    for (const Edition &e : editions)
        labels.insert(e.id, e.label);
    for (const HospitalFigures &f : figures)
        m_editionLabels << labels.value(f.editionId, QString::number(f.editionId));
    qint64 highest = 0;
    for (const HospitalFigures &f : figures) {
        qint64 sum = 0;
        for (auto it = f.beds.cbegin(); it != f.beds.cend(); ++it)
            sum += it.value();
        highest = qMax(highest, sum);
    }
    for (const BedFunction &fn : functions) {
        auto *set = new QBarSet(fn.displayName().toHtmlEscaped());
        set->setColor(functionColour(fn.key));
        set->setBorderColor(functionColour(fn.key));
        for (const HospitalFigures &f : figures)
            *set << double(f.beds.value(fn.key));
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_editionLabels);
    QValueAxis *y = ChartAxes::valueAxis(double(highest), AnalysisText::unitNote());
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString HospitalFiguresChart::chartTitle() const
{
    return tr("Beds by function: %1").arg(m_hospitalName);
}

QString HospitalFiguresChart::chartUnit() const
{
    return tr("Beds");
}

QString HospitalFiguresChart::chartSource() const
{
    return tr("Source: MHLW bed function report (%1)")
        .arg(m_editionLabels.join(QStringLiteral(", ")));
}

QString HospitalFiguresChart::chartCaveat() const
{
    return tr("Beds as reported by the hospital as of 1 July of each year; 休棟中等 are closed or "
              "unreported wards.");
}

void HospitalFiguresChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *exportAction
        = menu.addAction(tr("Export chart…"), this, &HospitalFiguresChart::exportChartRequested);
    // Offered once the main window has connected the chart exporter.
    exportAction->setEnabled(
        isSignalConnected(QMetaMethod::fromSignal(&HospitalFiguresChart::exportChartRequested)));
    menu.exec(event->globalPos());
}

} // namespace Koso
