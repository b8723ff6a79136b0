#include "charts/FlowCharts.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Koso {

QString FlowCharts::directionName(const QString &direction)
{
    return direction == QLatin1String("inflow")
        ? tr("Inflow (where the patients of its hospitals live)")
        : tr("Outflow (where its residents are admitted)");
}

QString FlowCharts::groupName(const QString &group)
{
    if (group == QLatin1String("acute"))
        return tr("Advanced acute + acute");
    if (group == QLatin1String("comprehensive"))
        return tr("Comprehensive (recovery)");
    if (group == QLatin1String("chronic"))
        return tr("Chronic");
    return tr("All functions");
}

QString FlowCharts::kindName(const QString &kind)
{
    return kind == QLatin1String("home_visit") ? tr("Home visits") : tr("Outpatients");
}

QString FlowCharts::flowNote()
{
    return tr("Shares of inpatients from NDB claims (MHLW ④ 流入率・流出率); only partners with "
              "enough patients are listed (absent is not 0). They differ from the estimated "
              "outflow and inflow shares of the patient survey in 別添5.");
}

QString FlowCharts::demandNote()
{
    return tr("現状投影: today's use rates applied to the projected population; a demand scenario, "
              "not a target.");
}

QChart *FlowCharts::partners(const QVector<FlowShare> &shares, const QString &regionName,
                             const QString &direction, const QString &group, int top)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(
        tr("%1: %2, %3")
            .arg(regionName.toHtmlEscaped(), directionName(direction), groupName(group)));
    QVector<const FlowShare *> list;
    QString self;
    for (const FlowShare &s : shares) {
        if (s.direction == direction && s.group == group && s.share && !s.partnerCode.isEmpty()
            && s.partnerCode != s.regionCode)
            list << &s;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const FlowShare *a, const FlowShare *b) { return *a->share > *b->share; });
    if (list.size() > top)
        list.resize(top);
    auto *set = new QBarSet(tr("Share (%)"));
    set->setColor(ChartStyle::okabeIto(direction == QLatin1String("inflow") ? 5 : 1));
    QStringList categories;
    double maximum = 1;
    // Horizontal bars run bottom-up: the largest last so that it is drawn at the top.
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const FlowShare *s = *it;
        categories << QStringLiteral("%1 %2").arg(s->partnerCode, s->partnerName.toHtmlEscaped());
        *set << std::round(*s->share * 1000.0) / 10.0;
        maximum = std::max(maximum, *s->share * 100.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories.isEmpty() ? QStringList { tr("(none listed)") } : categories);
    ChartStyle::styleAxis(yAxis);
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, std::ceil(maximum * 1.15 / 10.0) * 10.0);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(xAxis->max() > 50 ? 20 : 10);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTitleText(tr("% of patients"));
    ChartStyle::styleAxis(xAxis);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    chart->legend()->hide();
    return chart;
}

ChartCaption FlowCharts::partnersCaption(const QString &regionName, const QString &direction,
                                         const QString &group, const QString &edition)
{
    ChartCaption c;
    c.title = tr("%1: patient %2 by partner region").arg(regionName, directionName(direction));
    c.subtitle = groupName(group);
    c.unit = tr("Unit: % of patients");
    c.source = tr("Source: MHLW, 構想区域の流出率及び流入率 (NDB), %1").arg(edition);
    c.caveat = flowNote();
    return c;
}

QChart *FlowCharts::demandCurves(const QVector<DemandFigure> &demand, const QString &regionName)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(tr("%1: demand to 2050 (base year = 100)").arg(regionName.toHtmlEscaped()));
    double low = 100;
    double high = 100;
    int firstYear = 9999;
    int lastYear = 0;
    int colour = 0;
    for (const QString &kind : FlowKeys::demandKinds()) {
        std::optional<double> base;
        auto *line = new QLineSeries;
        auto *points = new QScatterSeries;
        line->setName(kindName(kind));
        const QColor c = ChartStyle::okabeIto(kind == QLatin1String("home_visit") ? 6 : 2);
        QPen pen(c);
        pen.setWidthF(2.5);
        if (colour++ == 1)
            pen.setStyle(Qt::DashLine); // told apart without colour
        line->setPen(pen);
        points->setColor(c);
        points->setBorderColor(c);
        points->setMarkerSize(7);
        for (const DemandFigure &d : demand) {
            if (d.kind != kind || !d.claimsPerMonth)
                continue;
            if (!base) {
                if (*d.claimsPerMonth <= 0)
                    break;
                base = *d.claimsPerMonth;
            }
            const double index = *d.claimsPerMonth / *base * 100.0;
            line->append(d.fiscalYear, index);
            points->append(d.fiscalYear, index);
            low = std::min(low, index);
            high = std::max(high, index);
            firstYear = std::min(firstYear, d.fiscalYear);
            lastYear = std::max(lastYear, d.fiscalYear);
        }
        chart->addSeries(line);
        chart->addSeries(points);
    }
    if (lastYear == 0) {
        firstYear = 2024;
        lastYear = 2050;
    }
    // The years of the estimate (2024, 2030, 2035 …) as they are, not a regular scale.
    auto *xAxis = new QCategoryAxis;
    xAxis->setRange(firstYear - 1, lastYear + 1);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QList<int> years;
    for (const DemandFigure &d : demand) {
        if (!years.contains(d.fiscalYear))
            years << d.fiscalYear;
    }
    std::sort(years.begin(), years.end());
    for (int y : std::as_const(years))
        xAxis->append(QString::number(y), y);
    ChartStyle::styleAxis(xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(std::floor((low - 5) / 10) * 10, std::ceil((high + 5) / 10) * 10);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(100);
    yAxis->setTickInterval(yAxis->max() - yAxis->min() > 60 ? 20 : 10);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Index (base year = 100)"));
    ChartStyle::styleAxis(yAxis);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    // One legend entry per kind (the points are part of the line).
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (qobject_cast<QScatterSeries *>(m->series()))
            m->setVisible(false);
    }
    return chart;
}

ChartCaption FlowCharts::demandCaption(const QString &regionName, const QString &edition)
{
    ChartCaption c;
    c.title = tr("%1: home-visit and outpatient demand to 2050").arg(regionName);
    c.subtitle = tr("Claims per month, base year 2024 = 100");
    c.unit = tr("Unit: index");
    c.source = tr("Source: MHLW, 構想区域別の医療需要推計, %1").arg(edition);
    c.caveat = demandNote();
    return c;
}

} // namespace Koso
