#include "mhlw/WorkbookDetector.h"

#include "io/XlsxReader.h"
#include "mhlw/Label.h"

#include <QRegularExpression>

namespace Koso {

namespace {

bool hasAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (text.contains(QStringView(w)))
            return true;
    }
    return false;
}

} // namespace

WorkbookDetector::Result WorkbookDetector::detect(XlsxReader &reader)
{
    Result result;
    if (reader.sheets().isEmpty())
        return result;

    // The title sits in the first rows of the first sheet; notes follow it. The first block's
    // column labels (「2024\n実績」) follow within some 20 rows.
    QStringList texts;
    static const QRegularExpression reported(QStringLiteral("^(\\d{4})\\s*実績$"));
    reader.readSheet(0, [&](const XlsxRow &row) {
        for (const XlsxCell &c : row.cells) {
            if (!c.isText())
                continue;
            if (row.number < 3)
                texts << c.text;
            const QRegularExpressionMatch m = reported.match(Label::normalize(c.text));
            if (m.hasMatch())
                result.latestReportYear = std::max(result.latestReportYear, m.captured(1).toInt());
        }
        return row.number < 30;
    });
    QString title;
    for (const QString &t : std::as_const(texts)) {
        const QString n = Label::normalize(t);
        if (!result.edition.isValid())
            result.edition = EditionLabel::find(n);
        if (title.isEmpty() && hasAny(n, { u"病床", u"医療機関" }))
            title = t;
    }
    if (title.isEmpty() && !texts.isEmpty())
        title = texts.first(); // not MHLW's: name it by its first text
    result.title = Label::display(title);
    const QString n = Label::normalize(title);
    int numberedSheets = 0;
    for (const XlsxSheetInfo &s : reader.sheets()) {
        if (!s.name.isEmpty() && s.name.at(0).isDigit())
            ++numberedSheets;
    }

    bool inflowSheet = false;
    bool outflowSheet = false;
    bool demandSheet = false;
    for (const XlsxSheetInfo &s : reader.sheets()) {
        const QString name = Label::normalize(s.name);
        inflowSheet = inflowSheet || name.contains(u"流入率");
        outflowSheet = outflowSheet || name.contains(u"流出率");
        demandSheet
            = demandSheet || (name.contains(u"需要推計") && hasAny(name, { u"在宅", u"外来" }));
    }
    bool flowTitle = false;
    bool demandTitle = false;
    for (const QString &t : std::as_const(texts)) {
        const QString tn = Label::normalize(t);
        flowTitle = flowTitle || tn == QStringLiteral("流入率・流出率");
        demandTitle = demandTitle || (tn.contains(u"需要推計") && hasAny(tn, { u"在宅", u"外来" }));
    }

    if (inflowSheet && outflowSheet && flowTitle) {
        result.kind = WorkbookKind::FlowRates;
        result.title = QStringLiteral("流入率・流出率");
    } else if (demandSheet && demandTitle) {
        result.kind = WorkbookKind::DemandForecast;
        result.title = QStringLiteral("構想区域別の医療需要推計");
        // 「2024年度から2050年度にかけた…」 names the years of the estimate, not an edition.
        result.edition = EditionLabel();
        for (const QString &t : std::as_const(texts)) {
            const QString tn = Label::normalize(t);
            if (tn.contains(u"令和") && !tn.contains(u"から"))
                result.edition = EditionLabel::find(tn);
        }
    } else if (n.contains(u"医療機関") && hasAny(n, { u"病床数", u"診療実績" })
               && numberedSheets > 0)
        result.kind = WorkbookKind::HospitalList;
    else if (n.contains(u"構想区域別") && hasAny(n, { u"必要量", u"必要数" }))
        result.kind = WorkbookKind::RegionBeds;
    else if (n.contains(u"都道府県別") && hasAny(n, { u"必要量", u"必要数" }))
        result.kind = WorkbookKind::PrefectureBeds;
    else if (reader.sheetIndex(QStringLiteral("構想区域別必要量との比較")) >= 0)
        result.kind = WorkbookKind::RegionBeds;
    else if (reader.sheetIndex(QStringLiteral("都道府県別必要量との比較")) >= 0)
        result.kind = WorkbookKind::PrefectureBeds;
    return result;
}

EditionLabel WorkbookDetector::Result::impliedEdition() const
{
    if (latestReportYear <= 0)
        return {};
    return EditionLabel::parse(QStringLiteral("%1年度").arg(latestReportYear));
}

QString WorkbookDetector::kindKey(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::RegionBeds:
        return QStringLiteral("mhlw-region-beds");
    case WorkbookKind::PrefectureBeds:
        return QStringLiteral("mhlw-prefecture-beds");
    case WorkbookKind::HospitalList:
        return QStringLiteral("mhlw-region-hospitals");
    case WorkbookKind::FlowRates:
        return QStringLiteral("mhlw-flow-rates");
    case WorkbookKind::DemandForecast:
        return QStringLiteral("mhlw-demand-forecast");
    case WorkbookKind::FacilityLocations:
        return QStringLiteral("mhlw-facility-locations");
    case WorkbookKind::Unknown:
        break;
    }
    return QString();
}

QString WorkbookDetector::kindName(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::RegionBeds:
        return tr("Attachment 4-3: beds by vision region");
    case WorkbookKind::PrefectureBeds:
        return tr("Attachment 4-2: beds by prefecture");
    case WorkbookKind::HospitalList:
        return tr("Attachment 5-2: hospitals by vision region");
    case WorkbookKind::FlowRates:
        return tr("Inflow and outflow rates by vision region (NDB)");
    case WorkbookKind::DemandForecast:
        return tr("Demand estimates by vision region (home visits, outpatients)");
    case WorkbookKind::FacilityLocations:
        return tr("医療情報ネット: hospital locations");
    case WorkbookKind::Unknown:
        break;
    }
    return tr("unknown workbook");
}

} // namespace Koso
