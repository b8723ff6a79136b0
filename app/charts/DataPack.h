#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace Koso {

class Dataset;

// The data pack for part ② of a study session ("the prefecture's provision and demand in
// data"), in one action: one PDF (A4 landscape, a page per topic, each with MHLW's caveat and
// the source) and a folder of slide-size PNGs of every chart.
//
// Topics: the prefecture's regions against their need, beds per 100,000 against the nation,
// for each chosen region its figures, gap table and trend (the region report page) and who
// holds its beds, and the response-policy rates of the prefecture and the chosen regions.
class DataPack
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DataPack)

public:
    struct Options
    {
        QString prefecture; // 2-digit code; empty: the dataset's home prefecture
        QStringList regions; // region codes of that prefecture; empty: every one of them
        double threshold = 0.10;
        QSize slideSize { 1920, 1080 };
        int dpi = 144;
        QDate date = QDate::currentDate(); // printed on the pages
        // Called as the work goes on (done of total steps; total may be revised once the
        // charts are built); returning false cancels: write() then removes what it wrote
        // and fails with cancelledMessage().
        std::function<bool(int done, int total)> progress;
    };
    struct Result
    {
        QString pdfPath;
        QStringList pngPaths;
        int pages = 0;
    };

    // Writes DIR/データパック.pdf (data-pack.pdf in English) and DIR/png/NN-….png; DIR is
    // created when missing.
    static bool write(Dataset &dataset, const Options &options, const QString &dir, Result *result,
                      QString *error);
    static QString cancelledMessage();
};

} // namespace Koso
