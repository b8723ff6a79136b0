#include "mhlw/ImportController.h"

#include "mhlw/ImportSummaryDialog.h"
#include "mhlw/ImportWorker.h"
#include "mhlw/EditionLabel.h"
#include "mhlw/ImportSession.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "util/JapaneseDate.h"

#include <QDate>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QUrl>

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
        if (!path.isEmpty()
            && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
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
    const QStringList files
        = QFileDialog::getOpenFileNames(m_parent, tr("Import MHLW workbooks"), folder,
                                        tr("Excel workbooks (*.xlsx);;All files (*)"));
    if (files.isEmpty()) {
        emit finished(false);
        return;
    }
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

QString ImportController::askEdition(const QStringList &files)
{
    // Editions the dataset knows, newest first, then this and last fiscal year.
    QStringList suggestions;
    const QVector<Edition> editions = FigureStore(m_dataset).editions();
    for (auto it = editions.crbegin(); it != editions.crend(); ++it)
        suggestions << it->label;
    const int thisYear = JapaneseDate::fiscalYear(QDate::currentDate());
    for (int fy : { thisYear - 1, thisYear, thisYear - 2 }) {
        const QString label = EditionLabel::labelOf(fy);
        if (!suggestions.contains(label))
            suggestions << label;
    }
    if (m_chooseEdition)
        return m_chooseEdition(files, suggestions);

    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    for (;;) {
        bool ok = false;
        const QString text = QInputDialog::getItem(
            m_parent, tr("Edition of the workbooks"),
            tr("%1 does not state which edition of MHLW's data it is.\n"
               "Choose the edition (the fiscal year MHLW published it for, as on its web page):")
                .arg(names.join(tr(", "))),
            suggestions, 0, true, &ok);
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
    for (const QString &f : files) {
        const ImportSession::FileInfo info = ImportSession::inspect(f);
        if (!info.error.isEmpty()) {
            showError(info.error);
            emit finished(false);
            return;
        }
        if (!info.edition.isValid())
            withoutEdition << f;
    }
    QString edition;
    if (!withoutEdition.isEmpty()) {
        edition = askEdition(withoutEdition);
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
