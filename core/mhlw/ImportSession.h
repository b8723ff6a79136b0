#pragma once

#include "mhlw/EditionLabel.h"
#include "mhlw/ImportSummary.h"
#include "mhlw/WorkbookDetector.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace Koso {

class Dataset;
class FigureStore;
struct ImportContext;

// Imports MHLW's 見える化 workbooks (別添4③, 別添4②, 別添5②, in any order and any mix) into
// a dataset in one transaction: every file is recognised from its content, parsed (several
// sheets at once, on worker threads) and only then written; a bad file, a missing label or a
// cancel leaves the dataset as it was. Each file is recorded as an ImportRecord (name,
// SHA-256, edition, time); a file imported before is skipped and said so.
//
// Editions: a workbook that states its edition (令和7年度) is filed under it; otherwise the
// edition given with setEdition() is used; with neither, the edition their latest 実績 year
// implies (proposeEdition()); when nothing implies one the import stops and says so.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ImportSession)

public:
    // percent 0–100 and what is being done, called on the thread that runs run().
    using ProgressHandler = std::function<void(int percent, const QString &step)>;

    explicit ImportSession(Dataset &dataset);
    ~ImportSession();

    // The edition given by the user (令和6年度, R6, 2024年度 …). ForAll: every file is of this
    // edition, and a workbook stating another one stops the import (koso import --edition).
    // ForUnstated: only for workbooks that do not state theirs (the GUI asks for those).
    enum class EditionUse { ForAll, ForUnstated };
    void setEdition(const QString &label, EditionUse use = EditionUse::ForAll);
    void setProgressHandler(ProgressHandler handler);
    // The snapshot date of 医療情報ネット files whose name does not carry it.
    void setSnapshotDate(const QDate &date) { m_snapshotDate = date; }
    // From any thread: run() stops, rolls back and returns false soon after.
    void cancel();

    bool run(const QStringList &files, ImportSummary *summary, QString *error);

    // What a file is, before importing it (the GUI asks for an edition when none is stated).
    struct FileInfo
    {
        WorkbookKind kind = WorkbookKind::Unknown;
        QString title;
        EditionLabel edition; // as stated in the workbook
        int latestReportYear = 0; // its latest 実績 year, 0 for none (別添5②)
        EditionLabel implied; // the edition that year implies (2024 → 令和6年度)
        QString fileName;
        QString error; // the file cannot be imported
    };
    static FileInfo inspect(const QString &path);

    // The edition workbooks that do not state theirs imply, taken together: the latest 実績 year
    // of each that has years (2024 → 令和6年度); 別添5② has none and takes the others'. reason
    // says which and why in one line; conflict is set (and edition invalid) when they disagree.
    struct EditionProposal
    {
        EditionLabel edition;
        QString reason;
        QString conflict;
    };
    static EditionProposal proposeEdition(const QVector<FileInfo> &files);
    // After run() without a given edition: the proposal it used (empty reason when none).
    const EditionProposal &impliedEdition() const { return m_implied; }

private:
    struct Job;
    struct ParsePool;
    struct ConsistencyState;
    bool prepare(const QStringList &files, ImportSummary *summary, QString *error);
    bool importAll(ImportSummary *summary, QString *error);
    bool writeJob(Job &job, ParsePool &pool, size_t *nextTask, ImportContext &ctx, QString *error);
    bool recordImport(const Job &job, FigureStore &figures, int editionId,
                      const FileImportSummary &file, QString *error);
    void reportImportProgress(const ParsePool &pool, double currentShare, qint64 currentSize);
    void checkConsistency(ImportSummary *summary);
    void checkPrefectureSums(ConsistencyState &s, int editionId, const QString &label);
    void checkFacilityTotals(ConsistencyState &s, int editionId, const QString &label);
    void checkPatientFlow(ConsistencyState &s, int editionId, const QString &label);
    void checkFacilityKinds(ConsistencyState &s);
    void report(int percent, const QString &step);
    bool importLocations(ImportSummary *summary, bool hospitalsWritten, QString *error);

    Dataset &m_dataset;
    QString m_editionText;
    EditionUse m_editionUse = EditionUse::ForAll;
    ProgressHandler m_progress;
    int m_threads = 0;
    std::atomic<bool> m_cancel { false };
    qint64 m_bytesWritten = 0; // sheet bytes written so far, for progress
    std::vector<std::unique_ptr<Job>> m_jobs;
    EditionProposal m_implied;
    QStringList m_locationFiles; // 医療情報ネット open data among the files
    QDate m_snapshotDate;
};

} // namespace Koso
