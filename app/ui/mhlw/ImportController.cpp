#include "mhlw/ImportController.h"

#include "mhlw/EditionLabel.h"
#include "mhlw/FacilityLocationImporter.h"
#include "mhlw/ImportSession.h"
#include "mhlw/ImportSummaryDialog.h"
#include "mhlw/ImportWorker.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "util/JapaneseDate.h"

#include <QDate>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace Koso {

ImportController::ImportController(Dataset &dataset, QWidget *parent)
    : QObject(parent)
    , m_dataset(dataset)
    , m_parent(parent)
{ }

ImportController::~ImportController()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->wait();
        delete m_thread;
        delete m_worker;
    }
}

void ImportController::setEditionChooser(
    std::function<QString(const QStringList &, const QStringList &)> chooser)
{
    m_chooseEdition = std::move(chooser);
}

QProgressDialog *ImportController::progressDialog() const
{
    return m_progress;
}

ImportSummaryDialog *ImportController::summaryDialog() const
{
    return m_summaryDialog;
}

QMessageBox *ImportController::messageBox() const
{
    return m_message;
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

QStringList ImportController::xlsxFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty()
            && (suffix == QLatin1String("xlsx")
                || ((suffix == QLatin1String("zip") || suffix == QLatin1String("csv"))
                    && FacilityLocationImporter::recognise(path))))
            files << path;
    }
    return files;
}

bool ImportController::importFiles(QWidget *parent, Dataset &dataset, const QStringList &files)
{
    ImportController controller(dataset, parent);
    bool done = false;
    bool committed = false;
    QEventLoop loop;
    connect(&controller, &ImportController::finished, &loop, [&](bool ok) {
        done = true;
        committed = ok;
        loop.quit();
    });
    if (files.isEmpty())
        controller.chooseAndImport();
    else
        controller.importFiles(files);
    if (!done)
        loop.exec();
    if (controller.summaryDialog())
        controller.summaryDialog()->exec();
    else if (controller.messageBox())
        controller.messageBox()->exec();
    return committed;
}

void ImportController::chooseAndImport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/lastFolder")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        m_parent, tr("Import MHLW workbooks"), folder,
        tr("MHLW files (*.xlsx *.zip *.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (files.isEmpty()) {
        emit finished(false);
        return;
    }
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

QString ImportController::askEdition(const QStringList &files, const QString &proposed,
                                     const QString &reason)
{
    // The editions the dataset knows, the proposed one and this and the last two fiscal
    // years, newest first; the proposed one (else the newest the dataset knows) preselected.
    QMap<int, QString> byYear;
    const QVector<Edition> editions = FigureStore(m_dataset).editions();
    for (const Edition &e : editions)
        byYear.insert(e.fiscalYear, e.label);
    const int thisYear = JapaneseDate::fiscalYear(QDate::currentDate());
    for (int fy : { thisYear, thisYear - 1, thisYear - 2 })
        byYear.insert(fy, EditionLabel::labelOf(fy));
    const EditionLabel proposal = EditionLabel::parse(proposed);
    if (proposal.isValid())
        byYear.insert(proposal.fiscalYear, proposal.label);
    m_question = EditionQuestion();
    for (auto it = byYear.cend(); it != byYear.cbegin();)
        m_question.editions << (--it).value();
    QString preselect = proposal.isValid() ? proposal.label : QString();
    if (preselect.isEmpty() && !editions.isEmpty()) {
        const auto newest = std::max_element(
            editions.cbegin(), editions.cend(),
            [](const Edition &a, const Edition &b) { return a.fiscalYear < b.fiscalYear; });
        preselect = newest->label;
    }
    m_question.current = std::max(0, int(m_question.editions.indexOf(preselect)));
    m_question.reason = proposal.isValid()
        ? reason
        : tr("Nothing in them shows the edition either (a hospital list has no years); choose the "
             "edition of the bed workbooks imported with it.");
    if (m_chooseEdition)
        return m_chooseEdition(files, m_question.editions);

    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    for (;;) {
        bool ok = false;
        const QString text = QInputDialog::getItem(
            m_parent, tr("Edition of the workbooks"),
            tr("%1 does not state which edition of MHLW's data it is.\n%2\n"
               "Choose the edition (the fiscal year MHLW published it for, as on its web page):")
                .arg(names.join(tr(", ")), m_question.reason),
            m_question.editions, m_question.current, true, &ok);
        if (!ok)
            return QString();
        if (EditionLabel::parse(text).isValid())
            return text;
        QMessageBox::warning(
            m_parent, tr("Edition of the workbooks"),
            tr("\"%1\" is not an edition; write it like 令和6年度, R6 or 2024年度.").arg(text));
    }
}

void ImportController::importFiles(const QStringList &files)
{
    if (isRunning() || files.isEmpty())
        return;
    m_lastError.clear();
    if (m_summaryDialog)
        m_summaryDialog->deleteLater();
    if (m_message)
        m_message->deleteLater();

    // What the files are, before anything is written: a file that is not an MHLW workbook is
    // refused now, and the user is asked for the edition only when a workbook lacks it.
    QStringList withoutEdition;
    QVector<ImportSession::FileInfo> infos;
    for (const QString &f : files) {
        const ImportSession::FileInfo info = ImportSession::inspect(f);
        if (!info.error.isEmpty()) {
            showError(info.error);
            emit finished(false);
            return;
        }
        if (!info.edition.isValid() && info.kind != WorkbookKind::FacilityLocations)
            withoutEdition << f;
        infos << info;
    }
    QString edition;
    if (!withoutEdition.isEmpty()) {
        // The edition the workbooks' own years imply is proposed; workbooks that imply
        // different ones are not imported together.
        const ImportSession::EditionProposal proposal = ImportSession::proposeEdition(infos);
        if (!proposal.conflict.isEmpty()) {
            showError(proposal.conflict);
            emit finished(false);
            return;
        }
        edition = askEdition(withoutEdition, proposal.edition.label, proposal.reason);
        if (edition.isEmpty()) {
            emit finished(false);
            return;
        }
    }

    m_worker = new ImportWorker(m_dataset.path(), files, edition);
    ImportWorker *worker = m_worker;
    m_thread = QThread::create([worker]() { worker->run(); });
    m_progress
        = new QProgressDialog(tr("Importing MHLW workbooks…"), tr("Cancel"), 0, 100, m_parent);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    connect(m_worker, &ImportWorker::progress, m_progress,
            [this](int percent, const QString &step) {
                if (m_progress && !m_progress->wasCanceled()) {
                    m_progress->setValue(percent);
                    m_progress->setLabelText(step);
                }
            });
    connect(m_thread, &QThread::finished, this, &ImportController::workerDone);
    m_thread->start();
}

void ImportController::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling; nothing will be changed…"));
        m_progress->setCancelButton(nullptr);
    }
}

void ImportController::workerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    std::unique_ptr<ImportWorker> worker(m_worker);
    m_worker = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }

    if (worker->succeeded()) {
        // The worker wrote through its own connection; views follow this one, which must
        // not take that write for another program's.
        m_dataset.acknowledgeChanges();
        if (!worker->summary().nothingChanged())
            m_dataset.notifyChanged(DataChange::Geography | DataChange::Figures
                                    | DataChange::Hospitals | DataChange::Imports);
        m_summaryDialog = new ImportSummaryDialog(worker->summary(), m_dataset, m_parent);
        m_summaryDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_summaryDialog->open();
        emit finished(true);
        return;
    }
    if (worker->summary().cancelled) {
        m_lastError = worker->errorString();
        m_message = new QMessageBox(QMessageBox::Information, tr("Import cancelled"),
                                    tr("The import was cancelled. The dataset was not changed."),
                                    QMessageBox::Ok, m_parent);
        m_message->setAttribute(Qt::WA_DeleteOnClose);
        m_message->open();
        emit finished(false);
        return;
    }
    showError(worker->errorString());
    emit finished(false);
}

void ImportController::showError(const QString &message)
{
    m_lastError = message;
    m_message = new QMessageBox(QMessageBox::Critical, tr("Import failed"),
                                tr("The workbooks were not imported; the dataset was not changed."),
                                QMessageBox::Ok, m_parent);
    m_message->setInformativeText(message);
    m_message->setAttribute(Qt::WA_DeleteOnClose);
    m_message->open();
}

} // namespace Koso
