#include "charts/DataPack.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "charts/ReportCharts.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HospitalAnalysis.h"
#include "policy/PolicyRates.h"
#include "report/RegionReport.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "util/CjkFont.h"
#include "util/JapaneseDate.h"
#include "util/PdfUnicodeFix.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Koso {

namespace {

constexpr int PdfResolution = 300;

// Painter units of ChartExporter: 1/96 in.
double unitsPerDevicePixel()
{
    return PdfResolution / 96.0;
}

struct RateRow
{
    QString area;
    PolicyRate rate;
};

// The policy rates of the prefecture and the chosen regions as a ruled table, with the
// definition and the source; page in 1/96 in.
void paintRatesPage(QPainter *p, const QRectF &page, const QString &title, const QString &subtitle,
                    const QVector<RateRow> &rows, const QString &note, const QString &source)
{
    p->save();
    p->fillRect(page, Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    const double margin = ChartExporter::pointsToUnits(16);
    QRectF area = page.adjusted(margin, margin * 0.8, -margin, -margin * 0.7);
    const QColor ink(0x22, 0x22, 0x22);
    p->setPen(ink);
    const QFont titleFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(16)), true);
    const QFont bodyFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(10.5)));
    const QFont smallFont = CjkFont::unitFont(qRound(ChartExporter::pointsToUnits(8.5)));
    p->setFont(titleFont);
    const double titleHeight = QFontMetricsF(titleFont).height();
    p->drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft, title);
    area.setTop(area.top() + titleHeight + 4);
    p->setFont(smallFont);
    const double smallHeight = QFontMetricsF(smallFont).height();
    p->drawText(QRectF(area.left(), area.top(), area.width(), smallHeight), Qt::AlignLeft,
                subtitle);
    area.setTop(area.top() + smallHeight * 1.8);

    const QStringList header { DataPack::tr("Area"), DataPack::tr("Hospitals done / all"),
                               DataPack::tr("Share of hospitals"), DataPack::tr("Beds done / all"),
                               DataPack::tr("Share of beds") };
    const QVector<double> widths { 0.32, 0.18, 0.14, 0.22, 0.14 };
    const double rowHeight = QFontMetricsF(bodyFont).height() * 1.45;
    const double footerHeight = smallHeight * 4;
    const int fit = qMax(1, int((area.height() - footerHeight) / rowHeight) - 1);
    p->setFont(bodyFont);
    double y = area.top();
    auto drawRow = [&](const QStringList &cells, bool head, bool shade) {
        double x = area.left();
        const QRectF band(area.left(), y, area.width(), rowHeight);
        if (head)
            p->fillRect(band, QColor(0xe8, 0xee, 0xf4));
        else if (shade)
            p->fillRect(band, QColor(0xf6, 0xf6, 0xf6));
        for (int c = 0; c < cells.size(); ++c) {
            const double w = area.width() * widths.at(c);
            const Qt::Alignment align
                = c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter);
            p->drawText(QRectF(x + 6, y, w - 12, rowHeight), align, cells.at(c));
            x += w;
        }
        p->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
        p->drawLine(QPointF(area.left(), y + rowHeight), QPointF(area.right(), y + rowHeight));
        p->setPen(ink);
        y += rowHeight;
    };
    drawRow(header, true, false);
    const QLocale locale;
    for (int i = 0; i < rows.size() && i < fit; ++i) {
        const PolicyRate &r = rows.at(i).rate;
        drawRow({ rows.at(i).area,
                  QStringLiteral("%1 / %2").arg(locale.toString(r.hospitalsDone),
                                                locale.toString(r.hospitalsTotal)),
                  PolicyRates::percentText(r.hospitalShare()),
                  QStringLiteral("%1 / %2").arg(locale.toString(r.bedsDone),
                                                locale.toString(r.bedsTotal)),
                  PolicyRates::percentText(r.bedShare()) },
                false, i == 0);
    }
    p->setFont(smallFont);
    const QRectF foot(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
    p->drawText(foot, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                note + QLatin1Char('\n') + source);
    p->restore();
}

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

struct Slide
{
    QString name;
    std::unique_ptr<QChart> chart;
    ChartCaption caption;
};

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
    if (options.regions.isEmpty()) {
        chosen = allRegions;
    } else {
        for (const QString &code : options.regions) {
            auto it = std::find_if(allRegions.cbegin(), allRegions.cend(),
                                   [&](const AreaGap &a) { return a.code == code; });
            if (it == allRegions.cend()) {
                *error = tr("There is no region %1 in %2.").arg(code, prefecture->name);
                return false;
            }
            chosen << *it;
        }
    }
    // Steps: the charts of each region, each PDF page, each PNG (estimated until the charts
    // are built). Cancelling removes the files written so far.
    int done = 0;
    int total = int(chosen.size()) * 5 + 5;
    QStringList written;
    const auto step = [&](int count = 1) {
        done += count;
        if (!options.progress || options.progress(qMin(done, total), total))
            return true;
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        *error = cancelledMessage();
        return false;
    };
    if (!step(0))
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
        if (!step())
            return false;
    }

    // The PDF: A4 landscape, one topic a page.
    RegionReport regionReport(chosen, edition, options.date);
    ReportCharts reportCharts;
    regionReport.setChartPainter(&reportCharts);
    QVector<RateRow> rateRows;
    {
        QHash<QString, QString> names { { prefectureCode, prefecture->name } };
        QSet<QString> wanted { prefectureCode };
        for (const AreaGap &r : std::as_const(chosen)) {
            names.insert(r.code, r.name);
            wanted.insert(r.code);
        }
        for (const PolicyRate &r : PolicyRates::compute(dataset, prefectureCode, options.date)) {
            if (r.group == QLatin1String("all") && wanted.contains(r.scope))
                rateRows << RateRow { names.value(r.scope), r };
        }
    }

    // Now known: the PDF's pages (2 + a region page and maybe its facilities + the rates)
    // and the PNGs.
    total = done + 2 + int(chosen.size()) + int(hospitalSlide.size()) + (rateRows.isEmpty() ? 0 : 1)
        + int(slides.size());
    QByteArray pdf;
    int pages = 0;
    bool cancelled = false;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        // A4 landscape without margins, like the region report: each page keeps its own.
        QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(),
                           QPageLayout::Point);
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        writer.setCreator(QStringLiteral("Koso Planner"));
        writer.setTitle(tr("%1: data pack for the study session").arg(prefecture->name));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot start the PDF.");
            return false;
        }
        const QRectF pagePixels(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const QRectF pageUnits(QPointF(0, 0), pagePixels.size() / unitsPerDevicePixel());
        const QRectF pagePoints(QPointF(0, 0), pagePixels.size() * (72.0 / PdfResolution));
        auto newPage = [&] {
            if (pages++ > 0)
                writer.newPage();
            cancelled = cancelled || !step();
        };
        auto chartPage = [&](Slide &s) {
            newPage();
            painter.save();
            painter.scale(unitsPerDevicePixel(), unitsPerDevicePixel());
            ChartExporter::paintPage(&painter, pageUnits, s.chart.get(), s.caption);
            painter.restore();
        };
        chartPage(slides.at(0));
        chartPage(slides.at(1));
        for (int i = 0; i < chosen.size() && !cancelled; ++i) {
            newPage();
            painter.save();
            painter.scale(PdfResolution / 72.0, PdfResolution / 72.0);
            regionReport.paintPage(&painter, pagePoints, i);
            painter.restore();
            if (hospitalSlide.contains(chosen.at(i).code))
                chartPage(slides.at(hospitalSlide.value(chosen.at(i).code)));
        }
        if (!rateRows.isEmpty() && !cancelled) {
            newPage();
            painter.save();
            painter.scale(unitsPerDevicePixel(), unitsPerDevicePixel());
            paintRatesPage(&painter, pageUnits,
                           tr("%1: response policies agreed or verified").arg(prefecture->name),
                           tr("As of %1; hospitals and clinics with beds, merged ones excluded")
                               .arg(JapaneseDate::display(options.date)),
                           rateRows,
                           tr("Done: 合意・検証済 (措置済 counted). Beds: each facility's newest "
                              "reported beds, 休棟中等 included."),
                           tr("Source: the prefecture's record of response policies; %1")
                               .arg(AnalysisText::sourceLine(edition)));
            painter.restore();
        }
        painter.end();
    }
    if (cancelled)
        return false; // nothing written yet
    PdfUnicodeFix::fixBytes(pdf);
    const QString pdfPath = dir.filePath(tr("data-pack.pdf"));
    QSaveFile pdfFile(pdfPath);
    if (!pdfFile.open(QIODevice::WriteOnly) || pdfFile.write(pdf) != pdf.size()
        || !pdfFile.commit()) {
        *error = tr("Cannot write %1: %2").arg(pdfPath, pdfFile.errorString());
        return false;
    }
    written << pdfPath;

    // The PNGs: charts are painted here (Qt Charts lives in this thread); the encoding,
    // the slow part, runs on the thread pool.
    ChartExporter::Options pngOptions;
    pngOptions.pixelSize = options.slideSize;
    pngOptions.dpi = options.dpi;
    QStringList pngPaths;
    QVector<QString> failures(int(slides.size()));
    QThreadPool pool;
    for (int i = 0; i < int(slides.size()); ++i) {
        const QString path = dir.filePath(QStringLiteral("png/%1-%2.png")
                                              .arg(i + 1, 2, 10, QLatin1Char('0'))
                                              .arg(slides.at(i).name));
        pngPaths << path;
        const QImage image = slideImage(slides.at(i).chart.get(), slides.at(i).caption, pngOptions);
        QString *failure = &failures[i];
        pool.start([image, path, failure] {
            if (!image.save(path, "PNG", 80))
                *failure = tr("Cannot write %1.").arg(path);
        });
        if (!step()) {
            pool.clear(); // those not started are not written
            pool.waitForDone();
            for (const QString &p : std::as_const(pngPaths))
                QFile::remove(p);
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
    if (result) {
        result->pdfPath = pdfPath;
        result->pngPaths = pngPaths;
        result->pages = pages;
    }
    return true;
}

} // namespace Koso
