#include "charts/DataPack.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "charts/DataPackDocument.h"
#include "charts/ReportCharts.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "policy/PolicyRates.h"
#include "report/RegionReport.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "util/JapaneseDate.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QThreadPool>

#include <memory>

namespace Koso {

namespace {

// As ChartExporter::toImage, but opaque (RGB32): a slide needs no alpha channel, and the PNG
// of an opaque image is a quarter smaller and quicker to encode.
QImage slideImage(QChart *chart, const ChartCaption &caption, const ChartExporter::Options &options)
{
    QImage image(options.pixelSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    const QSizeF page = ChartExporter::pageSize(options);
    QPainter painter(&image);
    painter.scale(options.pixelSize.width() / page.width(),
                  options.pixelSize.height() / page.height());
    ChartExporter::paintPage(&painter, QRectF(QPointF(0, 0), page), chart, caption);
    painter.end();
    return image;
}

// The response-policy rates of the prefecture and the chosen regions, with their definition.
DataPackDocument::RatesPage ratesPage(Dataset &dataset, const AreaGap &prefecture,
                                      const QVector<AreaGap> &chosen, const QDate &date,
                                      const std::optional<Edition> &edition)
{
    DataPackDocument::RatesPage page;
    QHash<QString, QString> names { { prefecture.code, prefecture.name } };
    for (const AreaGap &r : chosen)
        names.insert(r.code, r.name);
    for (const PolicyRate &r : PolicyRates::compute(dataset, prefecture.code, date)) {
        if (r.group == QLatin1String("all") && names.contains(r.scope))
            page.rows << DataPackDocument::RateRow { names.value(r.scope), r };
    }
    page.title = DataPack::tr("%1: response policies agreed or verified").arg(prefecture.name);
    page.subtitle = DataPack::tr("As of %1; hospitals and clinics with beds, merged ones excluded")
                        .arg(JapaneseDate::display(date));
    page.note = DataPack::tr("Done: 合意・検証済 (措置済 counted). Beds: each facility's newest "
                             "reported beds, 休棟中等 included.");
    page.source = DataPack::tr("Source: the prefecture's record of response policies; %1")
                      .arg(AnalysisText::sourceLine(edition));
    return page;
}

struct Slide
{
    QString name;
    std::unique_ptr<QChart> chart;
    ChartCaption caption;
};

// Reports the steps of the work to Options::progress (the charts of each region, each PDF
// page, each PNG; the total is estimated until the charts are built) and removes what was
// written when the planner cancels.
class Progress
{
public:
    Progress(const DataPack::Options &options, QString *error)
        : m_callback(options.progress)
        , m_error(error)
    { }
    void setTotal(int total) { m_total = total; }
    int done() const { return m_done; }
    void wrote(const QString &path) { m_written << path; }
    // False once cancelled: *error says so; discard() then removes the files.
    bool step(int count = 1)
    {
        m_done += count;
        if (!m_callback || m_callback(qMin(m_done, m_total), m_total))
            return true;
        *m_error = DataPack::cancelledMessage();
        return false;
    }
    void discard()
    {
        for (const QString &path : std::as_const(m_written))
            QFile::remove(path);
    }

private:
    std::function<bool(int, int)> m_callback;
    QString *m_error;
    QStringList m_written;
    int m_done = 0;
    int m_total = 0;
};

// The regions asked for, in their order; every region when none is asked for.
bool chooseRegions(const QVector<AreaGap> &all, const QStringList &codes,
                   const QString &prefectureName, QVector<AreaGap> *chosen, QString *error)
{
    if (codes.isEmpty()) {
        *chosen = all;
        return true;
    }
    for (const QString &code : codes) {
        auto it = std::find_if(all.cbegin(), all.cend(),
                               [&](const AreaGap &a) { return a.code == code; });
        if (it == all.cend()) {
            *error = DataPack::tr("There is no region %1 in %2.").arg(code, prefectureName);
            return false;
        }
        *chosen << *it;
    }
    return true;
}

// Writes DIR/png/NN-name.png of every slide. Charts are painted here (Qt Charts lives in this
// thread); the encoding, the slow part, runs on the thread pool.
bool writePngs(const std::vector<Slide> &slides, const DataPack::Options &options, const QDir &dir,
               Progress &progress, QStringList *paths, QString *error)
{
    ChartExporter::Options pngOptions;
    pngOptions.pixelSize = options.slideSize;
    pngOptions.dpi = options.dpi;
    QVector<QString> failures(int(slides.size()));
    QThreadPool pool;
    for (int i = 0; i < int(slides.size()); ++i) {
        const QString path = dir.filePath(QStringLiteral("png/%1-%2.png")
                                              .arg(i + 1, 2, 10, QLatin1Char('0'))
                                              .arg(slides.at(i).name));
        *paths << path;
        const QImage image = slideImage(slides.at(i).chart.get(), slides.at(i).caption, pngOptions);
        QString *failure = &failures[i];
        pool.start([image, path, failure] {
            if (!image.save(path, "PNG", 80))
                *failure = DataPack::tr("Cannot write %1.").arg(path);
        });
        progress.wrote(path);
        if (!progress.step()) {
            pool.clear(); // those not started are not written
            pool.waitForDone();
            progress.discard();
            return false;
        }
    }
    pool.waitForDone();
    for (const QString &failure : std::as_const(failures)) {
        if (!failure.isEmpty()) {
            *error = failure;
            return false;
        }
    }
    return true;
}

} // namespace

QString DataPack::cancelledMessage()
{
    return tr("The data pack was cancelled; nothing was kept.");
}

bool DataPack::write(Dataset &dataset, const Options &options, const QString &dirPath,
                     Result *result, QString *error)
{
    const QString prefectureCode
        = options.prefecture.isEmpty() ? dataset.homePrefectureCode() : options.prefecture;
    GapAnalysis::Options gapOptions;
    gapOptions.threshold = options.threshold;
    GapAnalysis analysis(dataset, gapOptions);
    const auto prefecture = analysis.prefecture(prefectureCode);
    const QVector<AreaGap> allRegions = analysis.regions(prefectureCode);
    if (!prefecture || allRegions.isEmpty()) {
        *error = options.prefecture.isEmpty()
            ? tr("The dataset holds no regions of its home prefecture %1; import MHLW's "
                 "workbooks first.")
                  .arg(prefectureCode)
            : tr("The dataset holds no regions of prefecture %1; import MHLW's workbooks "
                 "first.")
                  .arg(prefectureCode);
        return false;
    }
    QVector<AreaGap> chosen;
    if (!chooseRegions(allRegions, options.regions, prefecture->name, &chosen, error))
        return false;
    Progress progress(options, error);
    progress.setTotal(int(chosen.size()) * 5 + 5);
    if (!progress.step(0))
        return false;
    FigureStore figures(dataset);
    const std::optional<Edition> edition = figures.latestEdition();
    const BedFunctionList functions = figures.bedFunctions();

    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("png"))) {
        *error = tr("Cannot create the folder %1.").arg(dir.filePath(QStringLiteral("png")));
        return false;
    }

    // The slides: prefecture charts, then per region its gap, trend and facilities.
    std::vector<Slide> slides;
    auto addSlide = [&](const QString &name, QChart *chart, const ChartCaption &caption) {
        Slide s;
        s.name = name;
        s.chart.reset(chart);
        s.caption = caption;
        slides.push_back(std::move(s));
    };
    addSlide(QStringLiteral("prefecture-gap"), ChartFactory::prefectureGap(allRegions),
             ChartFactory::caption(ChartFactory::Kind::PrefectureGap, *prefecture, edition));
    const QVector<AreaGap> prefectures = analysis.prefectures();
    const auto nation = analysis.nation();
    const bool nationHasFigures = nation && nation->total.latest.hasValue();
    addSlide(QStringLiteral("national-comparison"),
             ChartFactory::nationalComparison(*prefecture, nationHasFigures ? &*nation : nullptr,
                                              prefectures),
             ChartFactory::caption(ChartFactory::Kind::NationalComparison, *prefecture, edition));
    QHash<QString, int> hospitalSlide; // region code → slide index
    for (const AreaGap &region : std::as_const(chosen)) {
        addSlide(region.code + QStringLiteral("-region-gap"), ChartFactory::regionGap(region),
                 ChartFactory::caption(ChartFactory::Kind::RegionGap, region, edition));
        addSlide(region.code + QStringLiteral("-region-trend"), ChartFactory::regionTrend(region),
                 ChartFactory::caption(ChartFactory::Kind::RegionTrend, region, edition));
        const RegionHospitals hospitals = HospitalAnalysis::forRegion(dataset, region.code);
        if (!hospitals.rows.isEmpty()) {
            hospitalSlide.insert(region.code, int(slides.size()));
            addSlide(region.code + QStringLiteral("-region-hospitals"),
                     ChartFactory::regionHospitals(hospitals, functions),
                     ChartFactory::caption(ChartFactory::Kind::RegionHospitals, region, edition,
                                           &hospitals));
        }
        if (!progress.step())
            return false;
    }

    // The PDF: A4 landscape, one topic a page.
    RegionReport regionReport(chosen, edition, options.date);
    ReportCharts reportCharts;
    regionReport.setChartPainter(&reportCharts);
    DataPackDocument document(tr("%1: data pack for the study session").arg(prefecture->name));
    document.addChartPage(slides.at(0).chart.get(), slides.at(0).caption);
    document.addChartPage(slides.at(1).chart.get(), slides.at(1).caption);
    for (int i = 0; i < chosen.size(); ++i) {
        document.addRegionPage(&regionReport, i);
        if (hospitalSlide.contains(chosen.at(i).code)) {
            const Slide &s = slides.at(hospitalSlide.value(chosen.at(i).code));
            document.addChartPage(s.chart.get(), s.caption);
        }
    }
    const DataPackDocument::RatesPage rates
        = ratesPage(dataset, *prefecture, chosen, options.date, edition);
    if (!rates.rows.isEmpty())
        document.addRatesPage(rates);
    // Now known: the PDF's pages and the PNGs.
    progress.setTotal(progress.done() + document.pageCount() + int(slides.size()));
    document.setPageDone([&progress] { return progress.step(); });
    const QString pdfPath = dir.filePath(tr("data-pack.pdf"));
    int pages = 0;
    if (!document.writePdf(pdfPath, error, &pages))
        return false; // a cancel inside leaves no PDF either
    progress.wrote(pdfPath);

    QStringList pngPaths;
    if (!writePngs(slides, options, dir, progress, &pngPaths, error))
        return false;
    if (result) {
        result->pdfPath = pdfPath;
        result->pngPaths = pngPaths;
        result->pages = pages;
    }
    return true;
}

} // namespace Koso
