#include "planning/PlanningDocuments.h"

#include "analysis/AnalysisText.h"
#include "analysis/GapAnalysis.h"
#include "council/CouncilStore.h"
#include "io/TableWriter.h"
#include "planning/PlanningStore.h"
#include "planning/ProgressEvaluator.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyStore.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Koso {

namespace {

using Report = PagedTableReport;

Report::Paragraph heading(const QString &text)
{
    Report::Paragraph p;
    p.left = text;
    p.pointSize = 11;
    p.bold = true;
    p.spaceBeforeMm = 3;
    return p;
}

Report::Paragraph body(const QString &text, qreal size = 9.5)
{
    Report::Paragraph p;
    p.left = text;
    p.pointSize = size;
    return p;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString regionName(Dataset &dataset, const QString &code)
{
    const auto region = GeographyStore(dataset).region(code);
    return region ? region->name : code;
}

QString prefectureName(Dataset &dataset)
{
    const auto p = GeographyStore(dataset).prefecture(dataset.homePrefectureCode());
    return p ? p->name : dataset.homePrefectureCode();
}

QString hospitalNames(Dataset &dataset, const QVector<qint64> &ids)
{
    HospitalStore hospitals(dataset);
    QStringList names;
    for (qint64 id : ids) {
        if (const auto h = hospitals.hospital(id))
            names << h->name;
    }
    return names.join(QStringLiteral("、"));
}

QString notesText(const QVector<PromotionNote> &notes)
{
    QStringList lines;
    for (const PromotionNote &n : notes)
        lines << QStringLiteral("%1 %2").arg(JapaneseDate::display(n.notedOn), n.text);
    return lines.join(QLatin1Char('\n'));
}

QString bedsText(const BedValue &v)
{
    return v.hasValue() ? AnalysisText::number(*v.beds) : QStringLiteral("—");
}

// The hospitals a plan concerns: those named in its actions and the region's 再検証対象.
QVector<qint64> concernedHospitals(Dataset &dataset, const QString &regionCode,
                                   const QVector<PromotionAction> &actions)
{
    QVector<qint64> ids;
    QSet<qint64> seen;
    for (const PromotionAction &a : actions) {
        for (qint64 id : a.hospitalIds) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
    }
    const auto policies = PolicyStore(dataset).policies(regionCode);
    QVector<qint64> targets;
    for (auto it = policies.cbegin(); it != policies.cend(); ++it) {
        if (it->reverificationTarget && !it->mergedInto && !seen.contains(it.key()))
            targets << it.key();
    }
    std::sort(targets.begin(), targets.end());
    return ids + targets;
}

} // namespace

QString PlanningDocuments::dateText(const QDate &date)
{
    return JapaneseDate::display(date);
}

std::optional<PagedTableReport> PlanningDocuments::promotionPlan(Dataset &dataset,
                                                                 const QString &regionCode,
                                                                 const QDate &date, QString *error)
{
    PlanningStore store(dataset);
    const auto plan = store.plan(regionCode);
    const QString name = regionName(dataset, regionCode);
    if (!plan) {
        *error = tr("Region %1 has no promotion region plan yet.").arg(regionCode);
        return std::nullopt;
    }
    Report report;
    const QString title = plan->title.isEmpty()
        ? tr("%1 region: promotion region plan (推進区域対応方針)").arg(name)
        : plan->title;
    report.setDocumentTitle(title);
    Report::Paragraph head = body(title, 15);
    head.bold = true;
    head.alignment = Qt::AlignHCenter;
    head.spaceAfterMm = 4;
    report.addParagraph(head);
    Report::Paragraph meta = body(prefectureName(dataset), 9.5);
    meta.right = plan->draftedOn.isValid() ? tr("Drawn up on %1").arg(dateText(plan->draftedOn))
                                           : QString();
    report.addParagraph(meta);

    QStringList designations;
    for (const Designation &d : store.designations(regionCode))
        designations << tr("%1 (since %2)")
                            .arg(PlanningVocabulary::designationKindName(d.kind),
                                 dateText(d.designatedOn));
    report.addParagraph(
        body(tr("Designation: %1").arg(orDash(designations.join(QStringLiteral("、"))))));

    // 1. The region's figures.
    report.addParagraph(heading(tr("1. The region's beds")));
    const auto gap = GapAnalysis(dataset).region(regionCode);
    if (gap) {
        const int latest = gap->latestYear();
        Report::Table t;
        t.columns = {
            { tr("Function"), 28 },
            { tr("%1 report").arg(GapAnalysis::DefaultBaseYear), 24,
              Qt::AlignRight | Qt::AlignTop },
            { tr("%1 report").arg(latest), 24, Qt::AlignRight | Qt::AlignTop },
            { tr("Planned (%1)").arg(gap->total.plannedYear), 24, Qt::AlignRight | Qt::AlignTop },
            { tr("Required (%1)").arg(gap->total.requiredYear), 24, Qt::AlignRight | Qt::AlignTop },
            { tr("Reported − required"), 28, Qt::AlignRight | Qt::AlignTop },
            { tr("Ratio"), 20, Qt::AlignRight | Qt::AlignTop }
        };
        for (const FunctionGap *f : gap->rowsWithTotal()) {
            Report::Row row;
            row.cells << f->displayName() << bedsText(f->reportedIn(GapAnalysis::DefaultBaseYear))
                      << bedsText(f->latest) << bedsText(f->planned) << bedsText(f->required)
                      << (f->latestMinusRequired
                              ? AnalysisText::signedNumber(*f->latestMinusRequired)
                              : QStringLiteral("—"))
                      << (f->latestRatio ? AnalysisText::percent(*f->latestRatio)
                                         : QStringLiteral("—"));
            row.bold = f->isTotal();
            t.rows << row;
        }
        if (const FunctionGap *closed = gap->find(QStringLiteral("Closed"))) {
            t.rows << Report::Row {
                { closed->displayName(), bedsText(closed->reportedIn(GapAnalysis::DefaultBaseYear)),
                  bedsText(closed->latest), bedsText(closed->planned), QStringLiteral("—"),
                  QStringLiteral("—"), QStringLiteral("—") },
                QColor(),
                false
            };
        }
        report.addTable(t);
        report.addParagraph(
            body(AnalysisText::unitNote() + QStringLiteral("　")
                     + AnalysisText::sourceLine(FigureStore(dataset).latestEdition()),
                 8));
        report.addParagraph(body(AnalysisText::caveat(&*gap), 8));
    } else {
        report.addParagraph(body(tr("The dataset holds no bed figures of this region; import "
                                    "MHLW's workbooks first.")));
    }
    const auto explanations = store.explanations(regionCode);
    if (!explanations.isEmpty()) {
        QStringList lines;
        for (const QString &key : PlanningVocabulary::targetFunctions()) {
            if (explanations.contains(key) && !explanations.value(key).explanation.isEmpty())
                lines << QStringLiteral("%1：%2").arg(PlanningVocabulary::functionName(key),
                                                      explanations.value(key).explanation);
        }
        if (!lines.isEmpty())
            report.addParagraph(
                body(tr("Gaps the data explains: %1").arg(lines.join(QLatin1Char('\n')))));
    }

    // 2.–3. 課題 and 方向性.
    report.addParagraph(heading(tr("2. Issues")));
    report.addParagraph(body(orDash(plan->issues)));
    report.addParagraph(heading(tr("3. Direction")));
    report.addParagraph(body(orDash(plan->direction)));

    // 4. 具体的な取組.
    report.addParagraph(heading(tr("4. Actions")));
    const auto actions = store.actions(plan->id);
    if (actions.isEmpty()) {
        report.addParagraph(body(tr("No actions yet.")));
    } else {
        Report::Table t;
        t.columns = { { tr("No."), 9, Qt::AlignRight | Qt::AlignTop },
                      { tr("Action"), 46 },
                      { tr("By"), 18 },
                      { tr("Hospitals"), 30 },
                      { tr("Due"), 18 },
                      { tr("Status"), 15 },
                      { tr("Progress"), 50 } };
        int n = 0;
        for (const PromotionAction &a : actions) {
            t.rows << Report::Row {
                { QString::number(++n), a.title, PlanningVocabulary::actorName(a.actor),
                  hospitalNames(dataset, a.hospitalIds),
                  a.dueFiscalYear > 0 ? JapaneseDate::fiscalYearLabel(a.dueFiscalYear) : QString(),
                  PlanningVocabulary::actionStatusName(a.status), notesText(store.notes(a.id)) },
                QColor(),
                false
            };
        }
        report.addTable(t);
    }

    // 5. The hospitals' own policies.
    const QVector<qint64> hospitals = concernedHospitals(dataset, regionCode, actions);
    if (!hospitals.isEmpty()) {
        report.addParagraph(heading(tr("5. Response policies of the hospitals concerned")));
        Report::Table t;
        t.columns = { { tr("Hospital"), 60 },
                      { tr("Re-verification"), 24 },
                      { tr("Policy status"), 34 },
                      { tr("Agreed on"), 40 } };
        PolicyStore policies(dataset);
        HospitalStore hospitalStore(dataset);
        for (qint64 id : hospitals) {
            const auto h = hospitalStore.hospital(id);
            const auto p = policies.policy(id);
            if (!h || !p)
                continue;
            t.rows << Report::Row { { h->name, p->reverificationTarget ? tr("Yes") : QString(),
                                      PolicyVocabulary::statusName(p->status),
                                      p->agreedOn.isValid() ? dateText(p->agreedOn) : QString() },
                                    QColor(),
                                    false };
        }
        report.addTable(t);
    }
    report.setFooter(tr("%1 — %2").arg(prefectureName(dataset), title),
                     tr("Printed on %1").arg(dateText(date)));
    return report;
}

QVector<Table> PlanningDocuments::promotionPlanSheets(Dataset &dataset, const QString &regionCode,
                                                      QString *error)
{
    PlanningStore store(dataset);
    const auto plan = store.plan(regionCode);
    if (!plan) {
        *error = tr("Region %1 has no promotion region plan yet.").arg(regionCode);
        return {};
    }
    const QString name = regionName(dataset, regionCode);
    Table summary;
    summary.title = plan->title.isEmpty()
        ? tr("%1 region: promotion region plan (推進区域対応方針)").arg(name)
        : plan->title;
    summary.sheetName = tr("Plan");
    summary.header = { tr("Item"), tr("Content") };
    QStringList designations;
    for (const Designation &d : store.designations(regionCode))
        designations << tr("%1 (since %2)")
                            .arg(PlanningVocabulary::designationKindName(d.kind),
                                 dateText(d.designatedOn));
    summary.rows = { { tr("Region"), QStringLiteral("%1 %2").arg(regionCode, name) },
                     { tr("Designation"), designations.join(QStringLiteral("、")) },
                     { tr("Drawn up on"),
                       plan->draftedOn.isValid() ? QVariant(plan->draftedOn) : QVariant() },
                     { tr("Issues"), plan->issues },
                     { tr("Direction"), plan->direction } };

    Table actionsTable;
    actionsTable.sheetName = tr("Actions");
    actionsTable.header = { tr("No."), tr("Action"), tr("By"),      tr("Hospitals"),
                            tr("Due"), tr("Status"), tr("Progress") };
    const auto actions = store.actions(plan->id);
    int n = 0;
    for (const PromotionAction &a : actions) {
        actionsTable.rows.append(
            { ++n, a.title, PlanningVocabulary::actorName(a.actor),
              hospitalNames(dataset, a.hospitalIds),
              a.dueFiscalYear > 0 ? JapaneseDate::fiscalYearLabel(a.dueFiscalYear) : QString(),
              PlanningVocabulary::actionStatusName(a.status), notesText(store.notes(a.id)) });
    }

    Table figures;
    figures.sheetName = tr("Beds");
    const auto gap = GapAnalysis(dataset).region(regionCode);
    figures.header = { tr("Function"), tr("Latest report"), tr("Planned"), tr("Required"),
                       tr("Reported − required") };
    if (gap) {
        figures.header[1] = tr("%1 report").arg(gap->latestYear());
        for (const FunctionGap *f : gap->rowsWithTotal()) {
            auto value = [](const BedValue &v) {
                return v.hasValue() ? QVariant(*v.beds) : QVariant();
            };
            figures.rows.append(
                { f->displayName(), value(f->latest), value(f->planned), value(f->required),
                  f->latestMinusRequired ? QVariant(*f->latestMinusRequired) : QVariant() });
        }
        figures.notes << AnalysisText::sourceLine(FigureStore(dataset).latestEdition())
                      << AnalysisText::caveat(&*gap);
    }

    Table hospitalsTable;
    hospitalsTable.sheetName = tr("Hospitals");
    hospitalsTable.header
        = { tr("Hospital"), tr("Re-verification"), tr("Policy status"), tr("Agreed on") };
    PolicyStore policies(dataset);
    HospitalStore hospitalStore(dataset);
    for (qint64 id : concernedHospitals(dataset, regionCode, actions)) {
        const auto h = hospitalStore.hospital(id);
        const auto p = policies.policy(id);
        if (!h || !p)
            continue;
        hospitalsTable.rows.append({ h->name, p->reverificationTarget ? tr("Yes") : QString(),
                                     PolicyVocabulary::statusName(p->status),
                                     p->agreedOn.isValid() ? QVariant(p->agreedOn) : QVariant() });
    }
    return { summary, actionsTable, figures, hospitalsTable };
}

namespace {

struct MeetingRow
{
    CouncilMeeting meeting;
    Council council;
    QStringList agreed; // hospital names
};

QVector<MeetingRow> meetingsIn(Dataset &dataset, const QDate &from, const QDate &to,
                               const QString &regionCode)
{
    CouncilStore councils(dataset);
    QHash<qint64, Council> byId;
    for (const Council &c : councils.councils(dataset.homePrefectureCode()))
        byId.insert(c.id, c);
    PolicyStore policies(dataset);
    HospitalStore hospitals(dataset);
    QVector<MeetingRow> rows;
    for (const CouncilMeeting &m : councils.meetingsOfPrefecture(dataset.homePrefectureCode())) {
        if ((from.isValid() && m.heldOn < from) || (to.isValid() && m.heldOn > to))
            continue;
        const Council c = byId.value(m.councilId);
        if (!regionCode.isEmpty() && c.regionCode != regionCode)
            continue;
        MeetingRow row { m, c, {} };
        for (qint64 id : policies.hospitalsAgreedAt(m.id)) {
            if (const auto h = hospitals.hospital(id))
                row.agreed << h->name;
        }
        rows << row;
    }
    return rows;
}

} // namespace

PagedTableReport PlanningDocuments::municipalitiesReport(Dataset &dataset, const QDate &from,
                                                         const QDate &to, const QString &regionCode,
                                                         const QDate &date)
{
    Report report;
    const QString area = regionCode.isEmpty()
        ? prefectureName(dataset)
        : tr("%1 region").arg(regionName(dataset, regionCode));
    const QString title = tr("Discussions of the coordination councils (%1)").arg(area);
    report.setDocumentTitle(title);
    Report::Paragraph addressee = body(tr("To the municipalities concerned"), 10);
    addressee.right = dateText(date);
    report.addParagraph(addressee);
    Report::Paragraph sender = body(tr("%1, section in charge of the regional medical care vision")
                                        .arg(prefectureName(dataset)),
                                    10);
    sender.alignment = Qt::AlignRight;
    report.addParagraph(sender);
    Report::Paragraph head = body(title, 14);
    head.bold = true;
    head.alignment = Qt::AlignHCenter;
    head.spaceBeforeMm = 4;
    head.spaceAfterMm = 4;
    report.addParagraph(head);
    const QVector<MeetingRow> rows = meetingsIn(dataset, from, to, regionCode);
    int agreedCount = 0;
    for (const MeetingRow &r : rows)
        agreedCount += int(r.agreed.size());
    report.addParagraph(body(tr("Under the notice of 28 March 2024 (医政発0328第3号) 5.(2), we "
                                "report the discussions of the regional medical care vision "
                                "coordination councils from %1 to %2: %n meeting(s) held, ",
                                nullptr, int(rows.size()))
                                 .arg(dateText(from), dateText(to))
                             + tr("%n response policy(ies) agreed.", nullptr, agreedCount)));
    if (rows.isEmpty()) {
        report.addParagraph(body(tr("No council met in this period.")));
    } else {
        Report::Table t;
        t.columns
            = { { tr("Council"), 36 }, { tr("Meeting"), 16 },   { tr("Date"), 26 },
                { tr("Agenda"), 40 },  { tr("Decisions"), 36 }, { tr("Policies agreed"), 32 } };
        for (const MeetingRow &r : rows) {
            t.rows << Report::Row { { r.council.name, CouncilStore::numberLabel(r.meeting.number),
                                      dateText(r.meeting.heldOn),
                                      r.meeting.agenda.join(QLatin1Char('\n')), r.meeting.decisions,
                                      r.agreed.join(QStringLiteral("、")) },
                                    QColor(),
                                    false };
        }
        report.addTable(t);
    }
    report.setFooter(title, tr("%1 – %2").arg(dateText(from), dateText(to)));
    return report;
}

QVector<Table> PlanningDocuments::municipalitiesSheets(Dataset &dataset, const QDate &from,
                                                       const QDate &to, const QString &regionCode)
{
    Table t;
    const QString area = regionCode.isEmpty()
        ? prefectureName(dataset)
        : tr("%1 region").arg(regionName(dataset, regionCode));
    t.title = tr("Discussions of the coordination councils (%1), %2 – %3")
                  .arg(area, dateText(from), dateText(to));
    t.sheetName = tr("Councils");
    t.header = { tr("Region"),          tr("Council"),
                 tr("Meeting"),         tr("Date"),
                 tr("Agenda"),          tr("Decisions"),
                 tr("Policies agreed"), tr("Reported to municipalities") };
    for (const MeetingRow &r : meetingsIn(dataset, from, to, regionCode)) {
        t.rows.append({ r.council.regionCode.isEmpty() ? prefectureName(dataset)
                                                       : regionName(dataset, r.council.regionCode),
                        r.council.name, CouncilStore::numberLabel(r.meeting.number),
                        r.meeting.heldOn, r.meeting.agenda.join(QLatin1Char('\n')),
                        r.meeting.decisions, r.agreed.join(QStringLiteral("、")),
                        r.meeting.reportedToMunicipalitiesOn.isValid()
                            ? QVariant(r.meeting.reportedToMunicipalitiesOn)
                            : QVariant() });
    }
    return { t };
}

QVector<Table> PlanningDocuments::surveySheets(Dataset &dataset, int fiscalYear)
{
    const QString home = dataset.homePrefectureCode();
    PlanningStore store(dataset);
    const auto results = ProgressEvaluator(dataset).evaluate(fiscalYear);
    QHash<QString, QVector<TargetResult>> byRegion;
    for (const TargetResult &r : results)
        byRegion[r.target.regionCode] << r;
    QHash<QString, PolicyRate> rates;
    const QDate end = qMin(JapaneseDate::fiscalYearEnd(fiscalYear), QDate::currentDate());
    for (const PolicyRate &r : PolicyRates::compute(dataset, home, end)) {
        if (r.group == QLatin1String("all"))
            rates.insert(r.scope, r);
    }
    CouncilStore councils(dataset);
    QHash<qint64, QString> councilRegion;
    for (const Council &c : councils.councils(home))
        councilRegion.insert(c.id, c.regionCode);
    QHash<QString, int> meetings;
    for (const CouncilMeeting &m : councils.meetingsOfPrefecture(home, fiscalYear))
        ++meetings[councilRegion.value(m.councilId)];
    QHash<QString, QStringList> designations;
    for (const Designation &d : store.designations())
        designations[d.regionCode] << PlanningVocabulary::designationKindName(d.kind);
    QHash<QString, QMap<QString, int>> actionStates;
    for (const PromotionPlan &p : store.plans()) {
        for (const PromotionAction &a : store.actions(p.id))
            ++actionStates[p.regionCode][a.status];
    }

    Table t;
    t.title = tr("%1: state of the work on the regional medical care vision, %2")
                  .arg(prefectureName(dataset), JapaneseDate::fiscalYearLabel(fiscalYear));
    t.sheetName = tr("Survey");
    t.header = { tr("Region code"),
                 tr("Region"),
                 tr("Targets"),
                 tr("Achieved"),
                 tr("Not achieved"),
                 tr("Not evaluated"),
                 tr("Targets and status"),
                 tr("Policies agreed (hospitals, %)"),
                 tr("Policies agreed (beds, %)"),
                 tr("Council meetings held"),
                 tr("Designation"),
                 tr("Promotion actions"),
                 tr("Done"),
                 tr("In progress"),
                 tr("Not started"),
                 tr("Postponed") };
    for (const Region &region : GeographyStore(dataset).regions(home)) {
        const auto &list = byRegion.value(region.code);
        int achieved = 0, notAchieved = 0, notEvaluated = 0;
        QStringList lines;
        for (const TargetResult &r : list) {
            achieved += r.status == QLatin1String("achieved");
            notAchieved += r.status == QLatin1String("not_achieved");
            notEvaluated += r.status == QLatin1String("not_evaluated");
            lines << QStringLiteral("%1：%2").arg(PlanningVocabulary::describeTarget(r.target),
                                                  PlanningVocabulary::statusName(r.status));
        }
        const PolicyRate rate = rates.value(region.code);
        auto percent = [](const std::optional<double> &s) {
            return s ? QVariant(qRound(*s * 1000.0) / 10.0) : QVariant();
        };
        const auto states = actionStates.value(region.code);
        int actions = 0;
        for (int n : states)
            actions += n;
        t.rows.append(
            { region.code, region.name, int(list.size()), achieved, notAchieved, notEvaluated,
              lines.join(QLatin1Char('\n')),
              percent(rates.contains(region.code) ? rate.hospitalShare() : std::nullopt),
              percent(rates.contains(region.code) ? rate.bedShare() : std::nullopt),
              meetings.value(region.code),
              designations.value(region.code).join(QStringLiteral("、")),
              actions > 0 ? QVariant(actions) : QVariant(),
              actions > 0 ? QVariant(states.value(QStringLiteral("done"))) : QVariant(),
              actions > 0 ? QVariant(states.value(QStringLiteral("in_progress"))) : QVariant(),
              actions > 0 ? QVariant(states.value(QStringLiteral("not_started"))) : QVariant(),
              actions > 0 ? QVariant(states.value(QStringLiteral("postponed"))) : QVariant() });
    }
    t.notes
        << tr("Policy rates as of %1 (合意・検証済 and 措置済 count as agreed).").arg(dateText(end))
        << tr("Targets verified with Koso Planner; actual values from the bed function report, "
              "the response policies and the council records.");
    return { t };
}

bool PlanningDocuments::write(const QString &path, const PagedTableReport *report,
                              const QVector<Table> &sheets, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        if (!report) {
            *error = tr("This document is written as .xlsx only.");
            return false;
        }
        return report->writePdf(path, error);
    }
    if (suffix == QLatin1String("xlsx"))
        return TableWriter::writeXlsx(sheets, path, error);
    *error = tr("Write to a .pdf or .xlsx file (not \"%1\").").arg(path);
    return false;
}

} // namespace Koso
