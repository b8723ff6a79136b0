#include "charts/ChartFactory.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "charts/ChartAxes.h"
#include "charts/ChartStyle.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Koso {

namespace {

QValueAxis *bedAxis(double maximum, const QString &title)
{
    // A little room above the highest bar or point, then the next round bound.
    return ChartAxes::valueAxis(maximum * 1.04, title);
}

QString bedsAxisTitle()
{
    return AnalysisText::unitNote(); // 単位：床
}

// Qt Charts draws titles, legend entries and axis labels as rich text: every text that may
// hold a name from data goes in escaped, so a name is shown as the letters it has.
QString plain(const QString &text)
{
    return text.toHtmlEscaped();
}

void setPlainTitle(QChart *chart, const QString &title)
{
    chart->setTitle(plain(title));
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

QString shortName(const QString &name, int length = 16)
{
    // 「医療法人社団仁愛会　緑ヶ丘病院」: the facility's own name after the legal entity's.
    QString text = name.simplified();
    const int space = text.lastIndexOf(QLatin1Char(' '));
    if (text.size() > length && space > 0 && text.size() - space - 1 >= 3)
        text = text.mid(space + 1);
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

double valueOf(const BedValue &v)
{
    return v.hasValue() ? double(*v.beds) : 0.0;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(plain(label));
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    set->setLabelFont(ChartStyle::font(ChartStyle::SmallPoints));
    return set;
}

QVector<const FunctionGap *> countingFunctions(const AreaGap &area)
{
    QVector<const FunctionGap *> list;
    for (const FunctionGap &f : area.functions) {
        if (f.countsInTotal)
            list << &f;
    }
    return list;
}

} // namespace

QString ChartFactory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RegionTrend:
        return QStringLiteral("region-trend");
    case Kind::RegionGap:
        return QStringLiteral("region-gap");
    case Kind::PrefectureGap:
        return QStringLiteral("prefecture-gap");
    case Kind::RegionHospitals:
        return QStringLiteral("region-hospitals");
    case Kind::NationalComparison:
        return QStringLiteral("national-comparison");
    }
    return QString();
}

QStringList ChartFactory::kindNames()
{
    return { kindName(Kind::RegionTrend), kindName(Kind::RegionGap), kindName(Kind::PrefectureGap),
             kindName(Kind::RegionHospitals), kindName(Kind::NationalComparison) };
}

std::optional<ChartFactory::Kind> ChartFactory::kindFromName(const QString &name)
{
    for (Kind k : { Kind::RegionTrend, Kind::RegionGap, Kind::PrefectureGap, Kind::RegionHospitals,
                    Kind::NationalComparison }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

bool ChartFactory::isRegionKind(Kind kind)
{
    return kind == Kind::RegionTrend || kind == Kind::RegionGap || kind == Kind::RegionHospitals;
}

QChart *ChartFactory::regionTrend(const AreaGap &area, bool legendKeys)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    if (legendKeys)
        setPlainTitle(chart, tr("%1: beds by function").arg(area.name));
    else
        setPlainTitle(chart,
                      tr("%1: trend (dashed: required %2; ▲: planned %3)")
                          .arg(area.name)
                          .arg(area.total.requiredYear)
                          .arg(area.total.plannedYear));
    // Lines show as lines in the legend, the planned key as its triangle.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    const QVector<const FunctionGap *> functions = countingFunctions(area);
    int firstYear
        = area.reportedYears.isEmpty() ? GapAnalysis::DefaultBaseYear : area.reportedYears.first();
    int lastYear = area.total.latestYear;
    lastYear = std::max({ lastYear, area.total.plannedYear, area.total.requiredYear });
    if (lastYear < firstYear)
        lastYear = firstYear + 1;

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(firstYear - 0.5);
    for (int y = firstYear; y <= lastYear; ++y)
        xAxis->append(QString::number(y), y);
    xAxis->setRange(firstYear - 0.5, lastYear + 0.5);
    xAxis->setTitleText(tr("Year (as of 1 July)"));
    ChartStyle::styleAxis(xAxis);
    xAxis->setGridLineVisible(false);

    double maximum = 0;
    for (const FunctionGap *f : functions) {
        for (auto it = f->reported.cbegin(); it != f->reported.cend(); ++it)
            maximum = std::max(maximum, valueOf(*it));
        maximum = std::max({ maximum, valueOf(f->planned), valueOf(f->required) });
    }
    QValueAxis *yAxis = bedAxis(maximum, bedsAxisTitle());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    for (const FunctionGap *f : functions) {
        const QColor colour = ChartStyle::functionColor(f->functionKey);
        auto *line = new QLineSeries;
        line->setName(plain(f->displayName()));
        for (auto it = f->reported.cbegin(); it != f->reported.cend(); ++it) {
            if (it->hasValue())
                line->append(it.key(), double(*it->beds));
        }
        line->setPen(QPen(colour, 2.5));
        line->setPointsVisible(true);
        attach(line);

        if (f->required.hasValue() && f->requiredYear > 0) {
            auto *required = new QLineSeries;
            required->setName(plain(tr("%1 required").arg(f->displayName())));
            required->append(firstYear, double(*f->required.beds));
            required->append(f->requiredYear, double(*f->required.beds));
            QPen pen(colour, 1.8, Qt::DashLine);
            required->setPen(pen);
            attach(required);
            hideFromLegend(chart, required);
        }
        if (f->planned.hasValue() && f->plannedYear > 0) {
            if (f->latest.hasValue() && f->plannedYear > f->latestYear) {
                auto *toPlanned = new QLineSeries;
                toPlanned->append(f->latestYear, double(*f->latest.beds));
                toPlanned->append(f->plannedYear, double(*f->planned.beds));
                toPlanned->setPen(QPen(colour, 1.5, Qt::DotLine));
                attach(toPlanned);
                hideFromLegend(chart, toPlanned);
            }
            auto *planned = new QScatterSeries;
            planned->setName(plain(tr("%1 planned").arg(f->displayName())));
            planned->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            planned->setMarkerSize(13);
            planned->setColor(colour);
            planned->setBorderColor(Qt::white);
            planned->append(f->plannedYear, double(*f->planned.beds));
            attach(planned);
            hideFromLegend(chart, planned);
        }
    }
    // Keys for the dashed required line and the planned marker, in neutral grey.
    if (legendKeys && area.total.requiredYear > 0) {
        auto *key = new QLineSeries;
        // Short keys: the year is where the dashed line ends and the ▲ sits.
        key->setName(plain(tr("Required", "legend key of the dashed line")));
        key->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.8, Qt::DashLine));
        attach(key);
    }
    if (legendKeys && area.total.plannedYear > 0) {
        auto *key = new QScatterSeries;
        key->setName(plain(tr("Planned", "legend key of the triangle")));
        key->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        key->setMarkerSize(13);
        key->setColor(QColor(0x44, 0x44, 0x44));
        key->setBorderColor(Qt::white);
        attach(key);
    }
    return chart;
}

QChart *ChartFactory::regionGap(const AreaGap &area)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    setPlainTitle(chart, tr("%1: latest, planned and required beds").arg(area.name));
    const QVector<const FunctionGap *> functions = countingFunctions(area);
    const FunctionGap &t = area.total;

    auto *latest
        = barSet(tr("Reported %1").arg(t.latestYear), ChartStyle::measureColor(Measure::Reported));
    auto *planned
        = barSet(tr("Planned %1").arg(t.plannedYear), ChartStyle::measureColor(Measure::Planned));
    auto *required = barSet(tr("Required %1").arg(t.requiredYear),
                            ChartStyle::measureColor(Measure::Required));
    QStringList categories;
    double maximum = 0;
    for (const FunctionGap *f : functions) {
        categories << plain(f->displayName());
        *latest << valueOf(f->latest);
        *planned << valueOf(f->planned);
        *required << valueOf(f->required);
        maximum
            = std::max({ maximum, valueOf(f->latest), valueOf(f->planned), valueOf(f->required) });
    }
    auto *series = new QBarSeries;
    series->append(latest);
    if (t.plannedYear > 0)
        series->append(planned);
    else
        delete planned;
    series->append(required);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.85);
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    ChartStyle::styleAxis(xAxis);
    xAxis->setGridLineVisible(false);
    QValueAxis *yAxis = bedAxis(maximum * 1.12, bedsAxisTitle()); // room for the labels on top
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return chart;
}

QChart *ChartFactory::prefectureGap(const QVector<AreaGap> &regions)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    const QString prefecture = regions.isEmpty() ? QString() : regions.first().prefectureName;
    setPlainTitle(chart, tr("%1: reported and required beds by region").arg(prefecture));
    if (regions.isEmpty())
        return chart;

    // Two stacked series on one category axis sit side by side in each region's row: the
    // latest report in full colour, the required beds in a paler shade of the same colours.
    const QVector<const FunctionGap *> functions = countingFunctions(regions.first());
    QVector<QBarSet *> reported, required;
    for (const FunctionGap *f : functions) {
        const QColor colour = ChartStyle::functionColor(f->functionKey);
        reported << barSet(f->displayName(), colour);
        required << barSet(tr("%1 required").arg(f->displayName()),
                           QColor::fromHsvF(colour.hsvHueF(), colour.hsvSaturationF() * 0.4,
                                            std::min(1.0, colour.valueF() * 0.55 + 0.45)));
    }
    QStringList categories;
    double maximum = 0;
    // A vertical axis runs bottom-up: add the regions in reverse so the first is on top.
    for (auto it = regions.crbegin(); it != regions.crend(); ++it) {
        const AreaGap &a = *it;
        categories << plain(a.name);
        for (int i = 0; i < functions.size(); ++i) {
            const FunctionGap *f = a.find(functions.at(i)->functionKey);
            *reported[i] << (f ? valueOf(f->latest) : 0.0);
            *required[i] << (f ? valueOf(f->required) : 0.0);
        }
        maximum = std::max({ maximum, valueOf(a.total.latest), valueOf(a.total.required) });
    }
    // Added bottom-up too: the required bar below, the report above it.
    auto *requiredSeries = new QHorizontalStackedBarSeries;
    for (QBarSet *s : std::as_const(required))
        requiredSeries->append(s);
    auto *reportedSeries = new QHorizontalStackedBarSeries;
    for (QBarSet *s : std::as_const(reported))
        reportedSeries->append(s);
    for (auto *series : { requiredSeries, reportedSeries }) {
        series->setBarWidth(0.8);
        chart->addSeries(series);
    }
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    ChartStyle::styleAxis(yAxis);
    yAxis->setGridLineVisible(false);
    // Qt hides a label that would touch its neighbour: smaller type for many regions
    // (北海道 has 21) keeps every name on a slide.
    if (regions.size() > 12)
        yAxis->setLabelsFont(ChartStyle::font(regions.size() > 18 ? 8 : ChartStyle::SmallPoints));
    // The axis title says which bar is which: a legend entry for it would be cut.
    QValueAxis *xAxis
        = ChartAxes::valueAxis(maximum * 1.02,
                               tr("%1 (upper bar: reported %2; lower, paler bar: required %3)")
                                   .arg(bedsAxisTitle())
                                   .arg(regions.first().total.latestYear)
                                   .arg(regions.first().total.requiredYear),
                               4);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    for (auto *series : { requiredSeries, reportedSeries }) {
        series->attachAxis(yAxis);
        series->attachAxis(xAxis);
    }
    // The legend names the functions once (the paler shades are the same functions), above
    // the bars so that it stays in view when a tall chart scrolls.
    for (QLegendMarker *m : chart->legend()->markers(requiredSeries))
        m->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *ChartFactory::regionHospitals(const RegionHospitals &hospitals,
                                      const BedFunctionList &functions, int largest)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    setPlainTitle(chart,
                  tr("%1: which facilities hold each function's beds").arg(hospitals.regionName));
    chart->legend()->setAlignment(Qt::AlignRight);

    // The largest facilities by beds (休棟中等 included), the rest together.
    QVector<const HospitalRow *> rows;
    for (const HospitalRow &r : hospitals.rows)
        rows << &r;
    std::stable_sort(rows.begin(), rows.end(), [](const HospitalRow *a, const HospitalRow *b) {
        return a->totalWithClosed > b->totalWithClosed;
    });
    const int shown = std::min(int(rows.size()), largest);
    static const int colourOrder[] = { 4, 0, 2, 5, 1, 6, 3 };

    QVector<BedFunction> order;
    for (const BedFunction &f : functions) {
        if (hospitals.functionTotals.value(f.key) > 0 || f.countsInTotal)
            order << f;
    }
    std::reverse(order.begin(), order.end()); // first function on top
    QStringList categories;
    for (const BedFunction &f : std::as_const(order))
        categories << plain(f.displayName());

    auto *series = new QHorizontalStackedBarSeries;
    for (int i = 0; i < shown; ++i) {
        auto *set = barSet(shortName(rows.at(i)->hospital.name, 14),
                           ChartStyle::okabeIto(colourOrder[i % 7]));
        for (const BedFunction &f : std::as_const(order))
            *set << double(rows.at(i)->bedsOf(f.key));
        series->append(set);
    }
    if (rows.size() > shown) {
        auto *others
            = barSet(tr("Others (%1 facilities)").arg(rows.size() - shown), ChartStyle::neutral());
        for (const BedFunction &f : std::as_const(order)) {
            qint64 sum = 0;
            for (int i = shown; i < rows.size(); ++i)
                sum += rows.at(i)->bedsOf(f.key);
            *others << double(sum);
        }
        series->append(others);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    double maximum = 0;
    for (const BedFunction &f : std::as_const(order))
        maximum = std::max(maximum, double(hospitals.functionTotals.value(f.key)));
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    ChartStyle::styleAxis(yAxis);
    yAxis->setGridLineVisible(false);
    // Fewer, round ticks on a horizontal axis: "1,000" labels need room side by side.
    QValueAxis *xAxis = ChartAxes::valueAxis(maximum, bedsAxisTitle(), 4);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    return chart;
}

std::optional<double> ChartFactory::medianPer100k(const QVector<AreaGap> &prefectures,
                                                  const QString &exceptCode,
                                                  const QString &functionKey)
{
    QVector<double> values;
    for (const AreaGap &p : prefectures) {
        if (p.code == exceptCode)
            continue;
        if (const FunctionGap *f = p.find(functionKey); f && f->latestPer100k)
            values << *f->latestPer100k;
    }
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QChart *ChartFactory::nationalComparison(const AreaGap &home, const AreaGap *nation,
                                         const QVector<AreaGap> &prefectures)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    setPlainTitle(chart, tr("%1: beds per 100,000 population by function").arg(home.name));
    QVector<const FunctionGap *> functions = countingFunctions(home);
    functions << &home.total;

    auto *homeSet = barSet(tr("%1 reported %2").arg(home.name).arg(home.total.latestYear),
                           ChartStyle::okabeIto(5));
    auto *homeRequired = barSet(tr("%1 required %2").arg(home.name).arg(home.total.requiredYear),
                                ChartStyle::okabeIto(0));
    auto *nationSet = barSet(nation ? tr("%1 reported").arg(nation->name) : tr("Nation"),
                             ChartStyle::okabeIto(4));
    auto *medianSet = barSet(tr("Median of the other prefectures"), ChartStyle::neutral());
    QStringList categories;
    double maximum = 0;
    for (const FunctionGap *f : std::as_const(functions)) {
        categories << plain(f->displayName());
        const double h = std::round(f->latestPer100k.value_or(0));
        const double r = std::round(f->requiredPer100k.value_or(0));
        const FunctionGap *n = nation ? nation->find(f->functionKey) : nullptr;
        const double nv = std::round(n && n->latestPer100k ? *n->latestPer100k : 0);
        const double m
            = std::round(medianPer100k(prefectures, home.code, f->functionKey).value_or(0));
        *homeSet << h;
        *homeRequired << r;
        *nationSet << nv;
        *medianSet << m;
        maximum = std::max({ maximum, h, r, nv, m });
    }
    auto *series = new QBarSeries;
    series->append(homeSet);
    series->append(homeRequired);
    if (nation)
        series->append(nationSet);
    else
        delete nationSet;
    if (prefectures.size() > 1)
        series->append(medianSet);
    else
        delete medianSet;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    ChartStyle::styleAxis(xAxis);
    xAxis->setGridLineVisible(false);
    QValueAxis *yAxis = bedAxis(maximum * 1.06, tr("Beds per 100,000 population"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return chart;
}

QStringList ChartFactory::missingFigures(const AreaGap &area, bool includePlanned)
{
    QStringList missing;
    for (const FunctionGap *f : countingFunctions(area)) {
        const struct
        {
            const BedValue &value;
            Measure measure;
        } figures[] = { { f->latest, Measure::Reported },
                        { f->planned, Measure::Planned },
                        { f->required, Measure::Required } };
        for (const auto &fig : figures) {
            if (fig.measure == Measure::Planned && (f->plannedYear == 0 || !includePlanned))
                continue;
            if (!fig.value.hasValue())
                missing << tr("%1 %2 (%3)")
                               .arg(f->displayName(), AnalysisText::measureName(fig.measure),
                                    fig.value.missingReason);
        }
    }
    return missing;
}

ChartCaption ChartFactory::caption(Kind kind, const AreaGap &area,
                                   const std::optional<Edition> &edition,
                                   const RegionHospitals *hospitals)
{
    ChartCaption c;
    const QString where = AnalysisText::areaTitle(area);
    const FunctionGap &t = area.total;
    const QString editionText
        = edition ? tr("%1 edition").arg(AnalysisText::editionLabel(edition)) : QString();
    c.unit = AnalysisText::unitNote();
    c.source = AnalysisText::sourceLine(edition);
    c.caveat = AnalysisText::caveat(&area);
    QString figures = tr("reported %1, planned %2, required %3")
                          .arg(t.latestYear)
                          .arg(t.plannedYear)
                          .arg(t.requiredYear);
    switch (kind) {
    case Kind::RegionTrend:
        c.title = tr("%1: beds by function, %2–%3")
                      .arg(where)
                      .arg(area.reportedYears.isEmpty() ? 0 : area.reportedYears.first())
                      .arg(t.latestYear);
        break;
    case Kind::RegionGap:
        c.title = tr("%1: latest, planned and required beds by function").arg(where);
        break;
    case Kind::PrefectureGap:
        c.title = tr("%1: reported (%2) and required (%3) beds by region and function")
                      .arg(where)
                      .arg(t.latestYear)
                      .arg(t.requiredYear);
        figures = tr("reported %1, required %2").arg(t.latestYear).arg(t.requiredYear);
        break;
    case Kind::RegionHospitals:
        c.title = tr("%1: beds by function and facility").arg(where);
        if (hospitals) {
            figures = tr("%1 hospitals and %2 clinics with beds; 休棟中等 = closed or unreported "
                         "wards")
                          .arg(hospitals->hospitalCount)
                          .arg(hospitals->clinicCount);
            if (hospitals->edition)
                c.source = AnalysisText::sourceLine(hospitals->edition);
        }
        break;
    case Kind::NationalComparison:
        c.title = tr("%1: beds per 100,000 population by function, compared with the nation")
                      .arg(where);
        c.unit = tr("Unit: beds per 100,000 population");
        c.source = tr("%1 Population: 2020 census.").arg(c.source);
        break;
    }
    c.subtitle = editionText.isEmpty() ? figures : tr("%1 · %2").arg(figures, editionText);
    if (kind != Kind::RegionHospitals) {
        const QStringList missing
            = missingFigures(area, kind == Kind::RegionTrend || kind == Kind::RegionGap);
        if (!missing.isEmpty())
            c.caveat = tr("%1 No value (drawn as 0): %2.").arg(c.caveat, missing.join(tr(", ")));
    }
    return c;
}

std::optional<ChartFactory::Built> ChartFactory::build(Dataset &dataset, Kind kind,
                                                       const QString &code, double threshold,
                                                       QString *error)
{
    GapAnalysis::Options options;
    options.threshold = threshold;
    GapAnalysis analysis(dataset, options);
    FigureStore figures(dataset);
    const std::optional<Edition> edition = figures.latestEdition();
    Built built;

    if (isRegionKind(kind)) {
        const auto region = analysis.region(code);
        if (!region) {
            *error = tr("There is no region %1 in this dataset.").arg(code);
            return std::nullopt;
        }
        if (kind == Kind::RegionHospitals) {
            const RegionHospitals hospitals = HospitalAnalysis::forRegion(dataset, code);
            if (hospitals.rows.isEmpty()) {
                *error = tr("The dataset lists no facilities in region %1 %2.")
                             .arg(code, region->name);
                return std::nullopt;
            }
            built.chart.reset(regionHospitals(hospitals, figures.bedFunctions()));
            built.caption = caption(kind, *region, edition, &hospitals);
            return built;
        }
        if (region->reportedYears.isEmpty() && !region->total.required.hasValue()) {
            *error
                = tr("The dataset holds no bed figures for region %1 %2.").arg(code, region->name);
            return std::nullopt;
        }
        built.chart.reset(kind == Kind::RegionTrend ? regionTrend(*region) : regionGap(*region));
        built.caption = caption(kind, *region, edition);
        return built;
    }

    const auto prefecture = analysis.prefecture(code);
    if (!prefecture || prefecture->kind == AreaKind::Nation) {
        *error = tr("There is no prefecture %1 in this dataset.").arg(code);
        return std::nullopt;
    }
    if (kind == Kind::PrefectureGap) {
        const QVector<AreaGap> regions = analysis.regions(code);
        if (regions.isEmpty()) {
            *error = tr("The dataset holds no regions of %1 %2.").arg(code, prefecture->name);
            return std::nullopt;
        }
        built.chart.reset(prefectureGap(regions));
    } else {
        const QVector<AreaGap> prefectures = analysis.prefectures();
        const auto nation = analysis.nation();
        const bool nationHasFigures = nation && nation->total.latest.hasValue();
        built.chart.reset(
            nationalComparison(*prefecture, nationHasFigures ? &*nation : nullptr, prefectures));
    }
    built.caption = caption(kind, *prefecture, edition);
    return built;
}

} // namespace Koso
