#include "mhlw/ImportSession.h"

#include "io/XlsxReader.h"
#include "mhlw/BedTableImporter.h"
#include "mhlw/DemandImporter.h"
#include "mhlw/FacilityLocationImporter.h"
#include "mhlw/FigureChangeTracker.h"
#include "mhlw/FlowRateImporter.h"
#include "mhlw/HospitalListImporter.h"
#include "mhlw/ImportContext.h"
#include "mhlw/Label.h"
#include "model/Prefecture.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/UserName.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <map>

#include <time.h>

Q_LOGGING_CATEGORY(lcImport, "koso.import", QtWarningMsg)

namespace Koso {

struct ImportSession::Job
{
    QString path;
    QString fileName;
    QString sha256;
    WorkbookKind kind = WorkbookKind::Unknown;
    EditionLabel edition;
    std::unique_ptr<XlsxReader> reader;
    std::unique_ptr<BedTableImporter> beds;
    std::atomic<bool> readerTaken { false }; // a parse worker uses `reader` itself
    std::unique_ptr<HospitalListImporter> hospitals;
    std::unique_ptr<FlowRateImporter> flows;
    std::unique_ptr<DemandImporter> demand;
    QVector<int> sheets; // the sheets to parse
    QVector<ParsedHospitalSheet> parsedSheets;
    qint64 bytes = 0;
    bool skip = false; // imported before
    int summaryIndex = -1;
};

namespace {

QString sha256Of(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ImportSession::tr("Cannot read %1: %2").arg(path, f.errorString());
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = ImportSession::tr("Cannot read %1: %2").arg(path, f.errorString());
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

int kindOrder(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::PrefectureBeds:
        return 0;
    case WorkbookKind::RegionBeds:
        return 1;
    case WorkbookKind::HospitalList:
        return 2;
    case WorkbookKind::FlowRates:
        return 3;
    case WorkbookKind::DemandForecast:
        return 4;
    case WorkbookKind::FacilityLocations:
    case WorkbookKind::Unknown:
        break;
    }
    return 5;
}

// CPU time of the calling thread, for the debug log.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QString userName()
{
    const QString name = systemUserName();
    return name.isEmpty() ? QStringLiteral("") : name; // the column is NOT NULL
}

} // namespace

ImportSession::ImportSession(Dataset &dataset)
    : m_dataset(dataset)
{ }

ImportSession::~ImportSession() = default;

void ImportSession::setEdition(const QString &label, EditionUse use)
{
    m_editionText = label;
    m_editionUse = use;
}

void ImportSession::setProgressHandler(ProgressHandler handler)
{
    m_progress = std::move(handler);
}

void ImportSession::cancel()
{
    m_cancel.store(true);
}

void ImportSession::report(int percent, const QString &step)
{
    if (m_progress)
        m_progress(std::clamp(percent, 0, 100), step);
}

ImportSession::FileInfo ImportSession::inspect(const QString &path)
{
    FileInfo info;
    if (FacilityLocationImporter::recognise(path)) {
        info.kind = WorkbookKind::FacilityLocations;
        info.title = WorkbookDetector::kindName(info.kind);
        info.fileName = QFileInfo(path).fileName();
        return info;
    }
    XlsxReader reader;
    if (!reader.open(path)) {
        info.error = reader.errorString();
        return info;
    }
    const WorkbookDetector::Result detected = WorkbookDetector::detect(reader);
    if (reader.hasError()) {
        info.error = reader.errorString();
        return info;
    }
    info.kind = detected.kind;
    info.title = detected.title;
    info.edition = detected.edition;
    info.latestReportYear = detected.latestReportYear;
    info.implied = detected.impliedEdition();
    info.fileName = QFileInfo(path).fileName();
    if (info.kind == WorkbookKind::Unknown)
        info.error = tr("%1 is not one of MHLW's 見える化 workbooks that Koso imports (別添4②, "
                        "別添4③, 別添5②, ④ 流入率・流出率, 医療需要推計); its title reads \"%2\".")
                         .arg(QFileInfo(path).fileName(),
                              detected.title.isEmpty() ? tr("(none)") : detected.title);
    return info;
}

ImportSession::EditionProposal ImportSession::proposeEdition(const QVector<FileInfo> &files)
{
    EditionProposal proposal;
    const FileInfo *first = nullptr;
    for (const FileInfo &f : files) {
        if (f.edition.isValid() || !f.implied.isValid())
            continue;
        if (!first) {
            first = &f;
            continue;
        }
        if (f.implied.fiscalYear != first->implied.fiscalYear) {
            proposal.conflict
                = tr("The workbooks imply different editions: %1 reports up to %2 (%3), %4 up to "
                     "%5 (%6); import them separately or give the edition.")
                      .arg(first->fileName)
                      .arg(first->latestReportYear)
                      .arg(first->implied.label, f.fileName)
                      .arg(f.latestReportYear)
                      .arg(f.implied.label);
            return proposal;
        }
    }
    if (!first)
        return proposal;
    proposal.edition = first->implied;
    proposal.reason = tr("Edition %1: %2 reports the bed function report up to %3 (%3 実績), which "
                         "MHLW publishes in the %1 edition.")
                          .arg(first->implied.label, first->fileName)
                          .arg(first->latestReportYear);
    return proposal;
}

bool ImportSession::run(const QStringList &files, ImportSummary *summary, QString *error)
{
    *summary = ImportSummary();
    m_jobs.clear();
    m_implied = EditionProposal();
    auto cancelled = [&]() {
        summary->cancelled = true;
        *error = tr("The import was cancelled; the dataset was not changed.");
        m_jobs.clear();
        return false;
    };
    if (files.isEmpty()) {
        *error = tr("No files to import.");
        return false;
    }
    report(0, tr("Reading the workbooks"));
    QElapsedTimer timer;
    timer.start();
    // 医療情報ネット open data (zip or CSV) is imported after the workbooks, in the same
    // transaction.
    m_locationFiles.clear();
    QStringList workbooks;
    for (const QString &f : files)
        (FacilityLocationImporter::recognise(f) ? m_locationFiles : workbooks) << f;
    if (workbooks.isEmpty()) {
        Transaction tx(m_dataset.database());
        if (!tx.isActive()) {
            *error = tr("Cannot start writing to the dataset: %1").arg(tx.errorMessage());
            return false;
        }
        if (!importLocations(summary, false, error))
            return false;
        if (!tx.commit()) {
            *error = tr("Cannot save the import: %1").arg(tx.errorMessage());
            return false;
        }
        report(100, tr("Done"));
        return true;
    }
    if (!prepare(workbooks, summary, error)) {
        m_jobs.clear();
        return m_cancel.load() ? cancelled() : false;
    }
    if (m_cancel.load())
        return cancelled();
    qCDebug(lcImport) << "prepared in" << timer.elapsed() << "ms";
    const bool ok = importAll(summary, error);
    m_jobs.clear();
    qCDebug(lcImport) << "done in" << timer.elapsed() << "ms";
    if (!ok)
        return m_cancel.load() ? cancelled() : false;
    report(100, tr("Done"));
    return true;
}

bool ImportSession::prepare(const QStringList &files, ImportSummary *summary, QString *error)
{
    EditionLabel given;
    if (!m_editionText.trimmed().isEmpty()) {
        given = EditionLabel::parse(m_editionText);
        if (!given.isValid()) {
            *error = tr("\"%1\" is not an edition; write it like 令和6年度, R6 or 2024年度.")
                         .arg(m_editionText);
            return false;
        }
    }

    FigureStore store(m_dataset);
    const BedFunctionList functions = store.bedFunctions();
    if (functions.isEmpty()) {
        *error = tr("The dataset has no bed functions; is it a Koso Planner dataset?");
        return false;
    }
    // Hashing, opening and recognising the files touches no database: done at once, on
    // as many threads as there are cores.
    struct Opened
    {
        std::unique_ptr<Job> job = std::make_unique<Job>();
        WorkbookDetector::Result detected;
        QString error;
    };
    std::vector<Opened> opened(size_t(files.size()));
    std::atomic<int> nextFile { 0 };
    auto open = [&]() {
        for (int i = nextFile.fetch_add(1); i < files.size() && !m_cancel.load();
             i = nextFile.fetch_add(1)) {
            Opened &o = opened[size_t(i)];
            Job &job = *o.job;
            job.path = files.at(i);
            job.fileName = QFileInfo(job.path).fileName();
            job.sha256 = sha256Of(job.path, &o.error);
            if (job.sha256.isEmpty())
                continue;
            job.reader = std::make_unique<XlsxReader>();
            if (!job.reader->open(job.path)) {
                o.error = job.reader->errorString();
                continue;
            }
            o.detected = WorkbookDetector::detect(*job.reader);
            if (job.reader->hasError()) // a part refused or damaged while recognising it
                o.error = job.reader->errorString();
        }
    };
    const int threads = std::max(
        1,
        std::min<int>(m_threads > 0 ? m_threads : std::min(4, QThread::idealThreadCount()),
                      int(files.size())));
    std::vector<std::unique_ptr<QThread>> openers;
    for (int i = 1; i < threads; ++i) {
        openers.emplace_back(QThread::create(open));
        openers.back()->start();
    }
    open();
    for (auto &t : openers)
        t->wait();

    // Without a given edition: the one the workbooks' own years imply.
    if (!given.isValid()) {
        QVector<FileInfo> infos;
        for (const Opened &o : opened) {
            if (!o.error.isEmpty() || o.detected.kind == WorkbookKind::Unknown)
                continue;
            FileInfo info;
            info.kind = o.detected.kind;
            info.edition = o.detected.edition;
            info.latestReportYear = o.detected.latestReportYear;
            info.implied = o.detected.impliedEdition();
            info.fileName = o.job->fileName;
            infos << info;
        }
        m_implied = proposeEdition(infos);
        if (!m_implied.conflict.isEmpty()) {
            *error = m_implied.conflict;
            return false;
        }
        given = m_implied.edition;
    }

    QSet<QString> seen;
    for (Opened &o : opened) {
        if (m_cancel.load())
            return false;
        if (!o.error.isEmpty()) {
            *error = o.error;
            return false;
        }
        std::unique_ptr<Job> job = std::move(o.job);
        const WorkbookDetector::Result &detected = o.detected;
        if (detected.kind == WorkbookKind::Unknown) {
            *error
                = tr("%1 is not one of MHLW's 見える化 workbooks that Koso imports (別添4②, "
                     "別添4③, 別添5②, ④ 流入率・流出率, 医療需要推計); its title reads \"%2\".")
                      .arg(job->fileName, detected.title.isEmpty() ? tr("(none)") : detected.title);
            return false;
        }
        job->kind = detected.kind;
        if (detected.edition.isValid() && given.isValid() && m_editionUse == EditionUse::ForAll
            && detected.edition.fiscalYear != given.fiscalYear) {
            *error = tr("%1 states the edition %2, but %3 was given; remove --edition or give "
                        "the workbook's own edition.")
                         .arg(job->fileName, detected.edition.label, given.label);
            return false;
        }
        job->edition = detected.edition.isValid() ? detected.edition : given;
        const auto previous = store.importRecordBySha256(job->sha256);
        if (!job->edition.isValid() && !previous && !seen.contains(job->sha256)) {
            *error = tr("%1 does not state which edition it is; give it (for example "
                        "--edition 令和6年度, or choose it in the import dialog).")
                         .arg(job->fileName);
            return false;
        }

        FileImportSummary file;
        file.fileName = job->fileName;
        file.kindKey = WorkbookDetector::kindKey(job->kind);
        file.kindName = WorkbookDetector::kindName(job->kind);
        file.editionLabel = job->edition.label;
        if (previous) {
            job->skip = true;
            file.alreadyImported = true;
            file.previousImport = previous->importedAt;
            for (const Edition &e : store.editions()) {
                if (e.id == previous->editionId)
                    file.previousEdition = e.label;
            }
            if (file.editionLabel.isEmpty())
                file.editionLabel = file.previousEdition;
        } else if (seen.contains(job->sha256)) {
            job->skip = true;
            file.alreadyImported = true;
            file.previousImport = QDateTime::currentDateTime();
            file.previousEdition = job->edition.label;
        }
        seen.insert(job->sha256);
        job->summaryIndex = int(summary->files.size());
        summary->files << file;

        if (!job->skip) {
            if (job->kind == WorkbookKind::HospitalList) {
                job->hospitals = std::make_unique<HospitalListImporter>(functions, job->fileName);
                job->sheets = HospitalListImporter::regionSheets(*job->reader);
                if (job->sheets.isEmpty()) {
                    *error = tr("%1 has no sheet named after a vision region (like "
                                "\"101北海道南渡島\").")
                                 .arg(job->fileName);
                    return false;
                }
                job->parsedSheets.resize(job->sheets.size());
            } else if (job->kind == WorkbookKind::FlowRates) {
                job->flows = std::make_unique<FlowRateImporter>(job->fileName);
                job->sheets = FlowRateImporter::flowSheets(*job->reader);
                if (job->sheets.isEmpty()) {
                    *error = tr("%1 has no sheet named 流入率 or 流出率.").arg(job->fileName);
                    return false;
                }
                job->flows->setSheetCount(int(job->sheets.size()));
            } else if (job->kind == WorkbookKind::DemandForecast) {
                job->demand = std::make_unique<DemandImporter>(job->fileName);
                job->sheets = { DemandImporter::demandSheets(*job->reader).value(0, 0) };
            } else {
                const auto level = job->kind == WorkbookKind::RegionBeds
                    ? BedTableImporter::Level::Region
                    : BedTableImporter::Level::Prefecture;
                job->beds = std::make_unique<BedTableImporter>(level, functions, job->fileName);
                job->sheets = { BedTableImporter::sheetIndex(*job->reader) };
            }
            for (int s : std::as_const(job->sheets))
                job->bytes += job->reader->sheets().at(s).size;
            if (job->demand) {
                // One task reads all its sheets: count them all for progress.
                job->bytes = 0;
                for (const XlsxSheetInfo &sheet : job->reader->sheets())
                    job->bytes += sheet.size;
            }
        }
        m_jobs.push_back(std::move(job));
    }
    return true;
}

// The sheets of the jobs, parsed on worker threads in writing order (prefectures, regions,
// hospitals sheet by sheet) while the calling thread writes what is already parsed; the
// workers never touch the database. Whatever happens, the workers are stopped and joined
// when the pool is destroyed.
struct ImportSession::ParsePool
{
    struct Task
    {
        Job *job;
        int slot;
        qint64 size;
        std::atomic<int> state { 0 }; // 0 waiting, 1 parsed
    };

    ParsePool(const std::vector<Job *> &order, std::atomic<bool> &cancel)
        : cancel(cancel)
    {
        for (Job *job : order) {
            for (int s = 0; s < job->sheets.size(); ++s) {
                auto task = std::make_unique<Task>();
                task->job = job;
                task->slot = s;
                task->size = std::max<qint64>(
                    1, job->demand ? job->bytes : job->reader->sheets().at(job->sheets.at(s)).size);
                totalBytes += task->size;
                tasks.push_back(std::move(task));
            }
        }
    }

    ~ParsePool() { join(); }

    void start(int threads)
    {
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back(QThread::create([this]() { work(); }));
            workers.back()->start();
        }
    }

    // Of several failing sheets the first in writing order is reported, whichever thread
    // failed first: the message does not depend on timing.
    void fail(int index, const QString &message)
    {
        QMutexLocker locker(&lock);
        if (firstError.isEmpty() || index < firstErrorIndex) {
            firstError = message;
            firstErrorIndex = index;
        }
        failed.store(true);
        parsed.wakeAll();
    }

    // Stops the workers and waits for them (the ones still parsing finish their sheet).
    void join()
    {
        failed.store(true);
        for (auto &w : workers)
            w->wait();
    }

    // The first worker on a workbook takes the reader that recognised it; others open their
    // own (a libzip archive is not shared between threads).
    XlsxReader *readerFor(Job &job, std::map<Job *, std::unique_ptr<XlsxReader>> &readers,
                          std::map<Job *, XlsxReader *> &inUse, int index)
    {
        XlsxReader *&reader = inUse[&job];
        if (reader)
            return reader;
        if (!job.readerTaken.exchange(true)) {
            reader = job.reader.get();
            return reader;
        }
        std::unique_ptr<XlsxReader> &own = readers[&job];
        own = std::make_unique<XlsxReader>();
        if (!own->openShared(*job.reader)) {
            fail(index, own->errorString());
            return nullptr;
        }
        reader = own.get();
        return reader;
    }

    void work()
    {
        std::map<Job *, std::unique_ptr<XlsxReader>> readers;
        std::map<Job *, XlsxReader *> inUse;
        const double cpuStart = threadCpuMs();
        auto logCpu = qScopeGuard(
            [&]() { qCDebug(lcImport) << "parse thread CPU" << threadCpuMs() - cpuStart << "ms"; });
        for (;;) {
            const int t = next.fetch_add(1);
            if (t >= int(tasks.size()) || failed.load() || cancel.load())
                return;
            Task &task = *tasks.at(t);
            Job &job = *task.job;
            XlsxReader *reader = readerFor(job, readers, inUse, t);
            if (!reader)
                return;
            QString message;
            const bool ok = job.beds ? job.beds->parse(*reader, &message, &cancel, &bytesRead)
                : job.flows  ? job.flows->parseSheet(*reader, task.slot, job.sheets.at(task.slot),
                                                     &message, &cancel, &bytesRead)
                : job.demand ? job.demand->parse(*reader, &message, &cancel, &bytesRead)
                             : job.hospitals->parseSheet(*reader, job.sheets.at(task.slot),
                                                         &job.parsedSheets[task.slot], &message,
                                                         &cancel, &bytesRead);
            if (!ok) {
                fail(t, message);
                return;
            }
            QMutexLocker locker(&lock);
            task.state.store(1);
            parsed.wakeAll();
        }
    }

    // Waits until a task is parsed, calling onWait now and then; false on failure or cancel.
    bool waitFor(Task &task, const std::function<void()> &onWait)
    {
        QMutexLocker locker(&lock);
        while (task.state.load() == 0 && !failed.load() && !cancel.load()) {
            parsed.wait(&lock, QDeadlineTimer(40));
            locker.unlock();
            onWait();
            locker.relock();
        }
        return task.state.load() == 1 && !failed.load() && !cancel.load();
    }

    std::atomic<bool> &cancel;
    std::vector<std::unique_ptr<Task>> tasks;
    qint64 totalBytes = 0;
    std::vector<std::unique_ptr<QThread>> workers;
    std::atomic<int> next { 0 };
    std::atomic<qint64> bytesRead { 0 };
    std::atomic<bool> failed { false };
    QMutex lock;
    QWaitCondition parsed;
    QString firstError;
    int firstErrorIndex = 0;
};

namespace {

// For one import: foreign keys unchecked and a page cache that holds what the import writes,
// both back as they were after. Every key the import writes comes from the rows it has just
// read or written (hospital ids, the edition, the bed functions), so checking each of some
// 200,000 rows against its parents would only cost a quarter of the writing time; SQLite only
// allows switching the check outside a transaction. The tests run PRAGMA foreign_key_check on
// imported datasets. The cache (some 10 MB for MHLW's three files) keeps pages from being
// spilled and read back before the commit.
class ImportPragmas
{
public:
    explicit ImportPragmas(const QSqlDatabase &db)
        : m_db(db)
    {
        QString error;
        SqlQuery::run(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), &error);
        SqlQuery q(m_db, QStringLiteral("PRAGMA cache_size"));
        if (q.exec() && q.next())
            m_cacheSize = q.value(0).toInt();
        SqlQuery::run(m_db, QStringLiteral("PRAGMA cache_size = -65536"), &error);
    }
    ~ImportPragmas()
    {
        QString error;
        SqlQuery::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize), &error);
        SqlQuery::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &error);
    }
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    QSqlDatabase m_db;
    int m_cacheSize = -2000;
};

} // namespace

// Sheets are parsed on worker threads while the calling thread writes, in a fixed order
// (prefectures, regions, hospitals sheet by sheet), what is already parsed: the database is
// written by one thread, in one transaction, and the workers never touch it.
bool ImportSession::importAll(ImportSummary *summary, QString *error)
{
    std::vector<Job *> order;
    for (auto &job : m_jobs) {
        if (!job->skip)
            order.push_back(job.get());
    }
    if (order.empty() && m_locationFiles.isEmpty())
        return true; // every file was imported before: nothing changes
    std::stable_sort(order.begin(), order.end(), [](const Job *a, const Job *b) {
        return kindOrder(a->kind) < kindOrder(b->kind);
    });

    ParsePool pool(order, m_cancel);
    pool.start(
        std::max(1,
                 std::min<int>(m_threads > 0 ? m_threads : std::min(4, QThread::idealThreadCount()),
                               int(pool.tasks.size()))));
    m_bytesWritten = 0;
    const double writerCpuStart = threadCpuMs();
    ImportPragmas pragmas(m_dataset.database());
    Transaction tx(m_dataset.database());
    if (!tx.isActive()) {
        *error = tr("Cannot start writing to the dataset: %1").arg(tx.errorMessage());
        return false;
    }
    FigureStore figures(m_dataset);
    GeographyStore geography(m_dataset);
    HospitalStore hospitals(m_dataset);
    const BedFunctionList functions = figures.bedFunctions();
    QHash<QString, int> editionIds;
    for (Job *job : order) {
        if (!editionIds.contains(job->edition.label)) {
            const int id
                = figures.ensureEdition(job->edition.label, job->edition.fiscalYear, error);
            if (id == 0)
                return false;
            editionIds.insert(job->edition.label, id);
        }
    }
    FigureChangeTracker regionChanges(figures, FigureStore::Area::Region, functions);
    FigureChangeTracker prefectureChanges(figures, FigureStore::Area::Prefecture, functions);
    regionChanges.load();
    prefectureChanges.load();

    size_t nextTask = 0;
    for (Job *job : order) {
        FileImportSummary &file = summary->files[job->summaryIndex];
        ImportContext ctx;
        ctx.dataset = &m_dataset;
        ctx.figures = &figures;
        ctx.geography = &geography;
        ctx.hospitals = &hospitals;
        ctx.functions = functions;
        ctx.editionId = editionIds.value(job->edition.label);
        ctx.editionLabel = job->edition.label;
        ctx.fiscalYear = job->edition.fiscalYear;
        ctx.regionChanges = &regionChanges;
        ctx.prefectureChanges = &prefectureChanges;
        ctx.summary = summary;
        ctx.file = &file;
        ctx.cancel = &m_cancel;
        if (!writeJob(*job, pool, &nextTask, ctx, error)
            || !recordImport(*job, figures, ctx.editionId, file, error))
            return false;
    }

    qCDebug(lcImport) << "written; writer CPU" << threadCpuMs() - writerCpuStart << "ms";
    const bool hospitalsWritten = std::any_of(order.cbegin(), order.cend(),
                                              [](const Job *j) { return bool(j->hospitals); });
    if (!importLocations(summary, hospitalsWritten, error))
        return false;
    report(98, tr("Checking the workbooks against each other"));
    checkConsistency(summary);
    if (m_cancel.load())
        return false;
    qCDebug(lcImport) << "checked";
    if (!tx.commit()) {
        *error = tr("Cannot save the import: %1").arg(tx.errorMessage());
        return false;
    }
    qCDebug(lcImport) << "committed";
    m_dataset.notifyChanged(DataChange::Geography | DataChange::Figures | DataChange::Hospitals
                            | DataChange::Imports);
    return true;
}

// 医療情報ネット files, each as one step of the import's transaction; without them, a new
// hospital list is matched again with the locations the dataset already holds.
bool ImportSession::importLocations(ImportSummary *summary, bool hospitalsWritten, QString *error)
{
    std::optional<FacilityMatchSummary> match;
    for (const QString &path : std::as_const(m_locationFiles)) {
        if (m_cancel.load()) {
            *error = tr("Import cancelled.");
            return false;
        }
        report(90, tr("Importing the hospital locations"));
        FacilityLocationImporter importer(m_dataset);
        importer.setSnapshotDate(m_snapshotDate);
        FacilityLocationSummary s;
        if (!importer.run(path, &s, error))
            return false;
        FileImportSummary file;
        file.fileName = s.fileName;
        file.kindKey = WorkbookDetector::kindKey(WorkbookKind::FacilityLocations);
        file.kindName = WorkbookDetector::kindName(WorkbookKind::FacilityLocations);
        file.editionLabel = s.snapshotDate.toString(Qt::ISODate);
        file.alreadyImported = s.alreadyImported;
        file.detail = s.fileLine();
        if (s.alreadyImported)
            file.detail = tr("imported before; nothing changed");
        else if (s.olderKept)
            file.detail += QLatin1Char(' ')
                + tr("Older than the snapshot in use (%1): nothing changed.")
                      .arg(s.snapshotInUse.toString(Qt::ISODate));
        summary->files << file;
        if (s.changed())
            match = s.match;
    }
    if (!match && hospitalsWritten) {
        SqlQuery any(m_dataset.database(),
                     QStringLiteral("SELECT 1 FROM facility_location LIMIT 1"));
        if (any.exec() && any.next()) {
            FacilityMatchSummary m;
            if (!FacilityMatcher::apply(m_dataset, &m, error))
                return false;
            match = m;
        }
    }
    if (match) {
        FacilityLocationSummary s;
        s.match = *match;
        s.homePrefectureCode = m_dataset.homePrefectureCode();
        GeographyStore geography(m_dataset);
        if (const auto p = geography.prefecture(s.homePrefectureCode))
            s.homePrefectureName = p->name;
        QStringList lines = s.toText().split(QLatin1Char('\n'));
        lines.removeFirst(); // the file line
        for (QString &l : lines)
            l.remove(0, 2);
        summary->locationLines = lines;
    }
    return true;
}

// Reading counts for three quarters of the progress, writing for the rest.
void ImportSession::reportImportProgress(const ParsePool &pool, double currentShare,
                                         qint64 currentSize)
{
    const double total = double(pool.totalBytes);
    const double read = double(pool.bytesRead.load()) / total;
    const double written = (double(m_bytesWritten) + currentShare * double(currentSize)) / total;
    report(int(2 + 72 * std::min(1.0, read) + 24 * std::min(1.0, written)),
           tr("Importing the workbooks"));
}

// Writes one workbook's sheets as they are parsed; *nextTask walks the pool's tasks.
bool ImportSession::writeJob(Job &job, ParsePool &pool, size_t *nextTask, ImportContext &ctx,
                             QString *error)
{
    const auto onWait = [&]() {
        reportImportProgress(pool, 0, 0);
    };
    auto stopped = [&]() {
        pool.join();
        if (!pool.firstError.isEmpty())
            *error = pool.firstError;
        return false;
    };
    if (job.beds) {
        ParsePool::Task &task = *pool.tasks.at((*nextTask)++);
        if (!pool.waitFor(task, onWait))
            return stopped();
        ctx.progress = [&](double share) {
            reportImportProgress(pool, share, task.size);
        };
        if (!job.beds->write(ctx, error))
            return false;
        m_bytesWritten += task.size;
        return true;
    }
    if (job.flows || job.demand) {
        qint64 size = 0;
        for (int s = 0; s < job.sheets.size(); ++s) {
            ParsePool::Task &task = *pool.tasks.at((*nextTask)++);
            if (!pool.waitFor(task, onWait))
                return stopped();
            size += task.size;
            if (job.demand)
                break; // one task reads all its sheets
        }
        ctx.progress = [&](double share) {
            reportImportProgress(pool, share, size);
        };
        if (job.flows ? !job.flows->finishParse(error) || !job.flows->write(ctx, error)
                      : !job.demand->write(ctx, error))
            return false;
        m_bytesWritten += size;
        return true;
    }
    if (!job.hospitals->begin(ctx, error))
        return false;
    for (int s = 0; s < job.sheets.size(); ++s) {
        ParsePool::Task &task = *pool.tasks.at((*nextTask)++);
        if (!pool.waitFor(task, onWait))
            return stopped();
        if (!job.hospitals->writeSheet(ctx, job.parsedSheets[s], error))
            return false;
        m_bytesWritten += task.size;
        if (s % 8 == 0)
            onWait();
    }
    if (!job.hospitals->finish(ctx, error))
        return false;
    job.hospitals->setSheets(std::move(job.parsedSheets));
    return true;
}

// The import record of a written file: name, SHA-256, edition, who and when, its summary.
bool ImportSession::recordImport(const Job &job, FigureStore &figures, int editionId,
                                 const FileImportSummary &file, QString *error)
{
    ImportRecord record;
    record.editionId = editionId;
    record.kind = file.kindKey;
    record.fileName = job.fileName;
    record.sha256 = job.sha256;
    record.importedAt = QDateTime::currentDateTime();
    record.importedBy = userName();
    QStringList text { ImportSummary::fileText(file) };
    text << file.warnings;
    record.summary = text.join(QLatin1Char('\n'));
    return figures.addImportRecord(record, error);
}

// What the consistency checks need to know of the dataset and of this import.
struct ImportSession::ConsistencyState
{
    QHash<int, QString> functionNames;
    QHash<int, QString> functionKeys;
    int closedId = 0;
    QHash<QString, QString> regionNames;
    QHash<QString, QString> prefectureNames;
    QHash<QString, int> regionsPerPrefecture;
    QSet<QString> hospitalRegions;
    QHash<QString, const ParsedHospitalSheet *> sheets;
    ImportSummary *summary = nullptr;

    QString measureName(const QString &key) const
    {
        const QString names[] = { tr("reported"), tr("planned"), tr("required") };
        Measure m = Measure::Reported;
        measureFromKey(key, &m);
        return names[int(m)];
    }
};

void ImportSession::checkConsistency(ImportSummary *summary)
{
    FigureStore figures(m_dataset);
    ConsistencyState s;
    s.summary = summary;
    for (const BedFunction &f : figures.bedFunctions()) {
        s.functionNames.insert(f.id, f.nameJa);
        s.functionKeys.insert(f.id, f.key);
        if (!f.countsInTotal)
            s.closedId = f.id;
    }
    {
        GeographyStore geography(m_dataset);
        for (const Region &r : geography.regions()) {
            s.regionNames.insert(r.code, r.name);
            s.regionsPerPrefecture[r.prefectureCode] += 1;
        }
        for (const Prefecture &p : geography.prefectures())
            s.prefectureNames.insert(p.code, p.name);
    }
    QSet<int> editions;
    for (const auto &job : m_jobs) {
        if (job->skip)
            continue;
        for (const Edition &e : figures.editions()) {
            if (e.label == job->edition.label)
                editions.insert(e.id);
        }
        if (job->hospitals) {
            for (const ParsedHospitalSheet &sheet : job->hospitals->sheets()) {
                s.hospitalRegions.insert(sheet.regionCode);
                s.sheets.insert(sheet.regionCode, &sheet);
            }
        }
    }
    for (int editionId : std::as_const(editions)) {
        QString label;
        for (const Edition &e : figures.editions()) {
            if (e.id == editionId)
                label = e.label;
        }
        checkPrefectureSums(s, editionId, label);
        if (s.hospitalRegions.isEmpty())
            continue;
        checkFacilityTotals(s, editionId, label);
        checkPatientFlow(s, editionId, label);
    }
    if (!s.hospitalRegions.isEmpty())
        checkFacilityKinds(s);
}

// 4. The kinds of the listed facilities against the summary row's counts of 一般病院 and
// 有床診療所: a kind is guessed from the name and beds unless 医療情報ネット settled it.
void ImportSession::checkFacilityKinds(ConsistencyState &s)
{
    const bool located = [&] {
        SqlQuery any(m_dataset.database(),
                     QStringLiteral("SELECT 1 FROM hospital_location WHERE status = 'matched' "
                                    "LIMIT 1"));
        return any.exec() && any.next();
    }();
    for (const KindDisagreement &d : FacilityMatcher::kindDisagreements(m_dataset)) {
        if (!s.hospitalRegions.contains(d.regionCode))
            continue;
        s.summary->warnings
            << (located
                    ? tr("%1 %2: the summary row of 別添5 counts %3 一般病院 and %4 有床診療所; "
                         "the listed facilities are %5 hospitals and %6 clinics with beds "
                         "(settled by 医療情報ネット where matched, guessed from the name "
                         "otherwise).")
                    : tr("%1 %2: the summary row of 別添5 counts %3 一般病院 and %4 有床診療所; "
                         "the listed facilities are %5 hospitals and %6 clinics with beds "
                         "(guessed from their names: import 医療情報ネット's hospital file "
                         "to settle them)."))
                   .arg(d.regionCode, d.regionName)
                   .arg(d.summaryHospitals)
                   .arg(d.summaryClinics)
                   .arg(d.listedHospitals)
                   .arg(d.listedClinics);
    }
}

// 1. Each prefecture's block equals the sum of its regions (別添4② against 別添4③), and 全国
// the sum of the 47 when every prefecture's regions are in the dataset.
void ImportSession::checkPrefectureSums(ConsistencyState &s, int editionId, const QString &label)
{
    const QSqlDatabase db = m_dataset.database();
    SqlQuery sums(
        db,
        QStringLiteral("SELECT r.prefecture_code, b.measure, b.year, b.function_id, "
                       "SUM(b.beds), COUNT(b.beds), COUNT(*), COUNT(DISTINCT b.region_code) "
                       "FROM region_bed b JOIN region r ON r.code = b.region_code "
                       "WHERE b.edition_id = ? GROUP BY 1, 2, 3, 4"));
    QHash<QString, qint64> regionSums;
    QHash<QString, bool> complete;
    QHash<QString, qint64> nationalSums;
    QHash<QString, bool> nationalComplete;
    if (sums.exec({ editionId })) {
        while (sums.next()) {
            const QString pref = sums.value(0).toString();
            const QString rest = sums.value(1).toString() + QLatin1Char('|')
                + sums.value(2).toString() + QLatin1Char('|') + sums.value(3).toString();
            const bool all = sums.value(5).toLongLong() == sums.value(6).toLongLong()
                && sums.value(7).toInt() == s.regionsPerPrefecture.value(pref);
            regionSums.insert(pref + QLatin1Char('|') + rest, sums.value(4).toLongLong());
            complete.insert(pref + QLatin1Char('|') + rest, all);
            // 全国 is the 47 prefectures; the demo's fictional one (99) may share the edition.
            if (!Prefecture::isOneOf47(pref))
                continue;
            nationalSums[rest] += sums.value(4).toLongLong();
            nationalComplete[rest] = nationalComplete.value(rest, true) && all;
        }
    }
    int prefecturesWithRegions = 0;
    for (auto it = s.regionsPerPrefecture.cbegin(); it != s.regionsPerPrefecture.cend(); ++it)
        prefecturesWithRegions += it.value() > 0 && Prefecture::isOneOf47(it.key()) ? 1 : 0;
    SqlQuery prefs(db,
                   QStringLiteral("SELECT prefecture_code, measure, year, function_id, beds "
                                  "FROM prefecture_bed WHERE edition_id = ? AND beds IS "
                                  "NOT NULL ORDER BY 1, 2, 3, 4"));
    if (regionSums.isEmpty() || !prefs.exec({ editionId }))
        return;
    while (prefs.next()) {
        const QString pref = prefs.value(0).toString();
        const QString rest = prefs.value(1).toString() + QLatin1Char('|')
            + prefs.value(2).toString() + QLatin1Char('|') + prefs.value(3).toString();
        const qint64 stated = prefs.value(4).toLongLong();
        qint64 sum = 0;
        if (pref == QLatin1String("00")) {
            // 全国: only when every prefecture's regions are in the dataset.
            if (prefecturesWithRegions < 47 || !nationalComplete.value(rest, false)
                || !nationalSums.contains(rest))
                continue;
            sum = nationalSums.value(rest);
        } else {
            const QString key = pref + QLatin1Char('|') + rest;
            if (!regionSums.contains(key) || !complete.value(key))
                continue;
            sum = regionSums.value(key);
        }
        if (sum != stated)
            s.summary->warnings
                << tr("%1, %2: %3 %4 %5 beds: the prefecture table says %6, its vision "
                      "regions add up to %7.")
                       .arg(label, s.prefectureNames.value(pref, pref),
                            s.measureName(prefs.value(1).toString()), prefs.value(2).toString(),
                            s.functionNames.value(prefs.value(3).toInt()))
                       .arg(QLocale().toString(stated), QLocale().toString(sum));
    }
}

// 2. Each region's facilities add up to its reported beds of the latest year, and its
// 構想必要量 in 別添5② matches 別添4③.
void ImportSession::checkFacilityTotals(ConsistencyState &s, int editionId, const QString &label)
{
    const QSqlDatabase db = m_dataset.database();
    SqlQuery latest(db,
                    QStringLiteral("SELECT MAX(year) FROM region_bed WHERE edition_id = ? "
                                   "AND measure = 'reported'"));
    int latestYear = 0;
    if (latest.exec({ editionId }) && latest.next())
        latestYear = latest.value(0).toInt();
    if (latestYear == 0)
        return;
    SqlQuery rb(db,
                QStringLiteral("SELECT region_code, measure, year, function_id, beds "
                               "FROM region_bed WHERE edition_id = ? AND beds IS NOT NULL "
                               "AND ((measure = 'reported' AND year = ?) OR measure = "
                               "'required') ORDER BY 1, 2, 3, 4"));
    if (!rb.exec({ editionId, latestYear }))
        return;
    while (rb.next()) {
        const QString region = rb.value(0).toString();
        if (!s.hospitalRegions.contains(region))
            continue;
        const int fid = rb.value(3).toInt();
        if (fid == s.closedId)
            continue;
        const qint64 stated = rb.value(4).toLongLong();
        const QString function = s.functionNames.value(fid);
        const QString key = s.functionKeys.value(fid);
        const ParsedHospitalSheet *sheet = s.sheets.value(region);
        if (rb.value(1).toString() == QLatin1String("reported")) {
            // The facilities as this import read them (their sum is checked against the
            // summary row of each sheet while parsing).
            const qint64 sum = sheet ? sheet->facilityBeds.value(key) : 0;
            if (sum != stated)
                s.summary->warnings
                    << tr("%1, %2 %3: the facilities of 別添5② have %4 %5 beds, the "
                          "region table says %6 for %7.")
                           .arg(label, region, s.regionNames.value(region), QLocale().toString(sum),
                                function, QLocale().toString(stated))
                           .arg(latestYear);
        } else if (sheet && sheet->requiredBeds.contains(key)
                   && sheet->requiredBeds.value(key) != stated) {
            s.summary->warnings
                << tr("%1, %2 %3: 別添5② gives %4 required %5 beds, the region table "
                      "%6.")
                       .arg(label, region, s.regionNames.value(region),
                            QLocale().toString(sheet->requiredBeds.value(key)), function,
                            QLocale().toString(stated));
        }
    }
}

// 3. The patient flow of 別添5② against 別添4③.
void ImportSession::checkPatientFlow(ConsistencyState &s, int editionId, const QString &label)
{
    SqlQuery flow(m_dataset.database(),
                  QStringLiteral("SELECT region_code, share FROM region_patient_flow "
                                 "WHERE edition_id = ? AND kind = 'net' AND share IS NOT "
                                 "NULL"));
    if (!flow.exec({ editionId }))
        return;
    while (flow.next()) {
        const ParsedHospitalSheet *sheet = s.sheets.value(flow.value(0).toString());
        if (!sheet || !sheet->patientFlow)
            continue;
        // 別添5② prints the rate rounded to 0.1 %.
        if (std::fabs(*sheet->patientFlow - flow.value(1).toDouble()) > 0.00051)
            s.summary->warnings
                << tr("%1, %2 %3: 別添5② gives a patient flow of %4 %, the region table "
                      "%5 %.")
                       .arg(label, sheet->regionCode, s.regionNames.value(sheet->regionCode))
                       .arg(*sheet->patientFlow * 100, 0, 'f', 1)
                       .arg(flow.value(1).toDouble() * 100, 0, 'f', 1);
    }
}

} // namespace Koso
