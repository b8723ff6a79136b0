#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QMimeData;
class QProgressDialog;
class QMessageBox;
class QThread;
class QWidget;

namespace Koso {

class Dataset;
class ImportSummaryDialog;
class ImportWorker;

// The import of MHLW workbooks as the user meets it: File > Import MHLW workbook… or .xlsx
// files dropped on the window; the kind of each workbook is recognised from its content; when
// a workbook does not state its edition the user chooses it; the import runs on a worker
// thread behind a progress dialog whose Cancel rolls everything back; then a summary dialog
// (what was added and changed, warnings, facilities to confirm) that can be saved as text.
//
// The main window creates one controller for its dataset and calls chooseAndImport() from
// its menu and importFiles(xlsxFiles(event->mimeData())) from dropEvent().
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Dataset &dataset, QWidget *parent);
    ~ImportController() override;

    // One call from anywhere: imports the files (or asks for them when files is empty) and
    // waits until the user has seen the result. Returns true when the import committed.
    static bool importFiles(QWidget *parent, Dataset &dataset, const QStringList &files);
    // The .xlsx files of a drag, and 医療情報ネット files (.zip, .csv) recognised by their
    // content (for dragEnterEvent and dropEvent).
    static QStringList xlsxFiles(const QMimeData *mime);

    // Replaces the question "which edition is this?" (tests; a script).
    void setEditionChooser(
        std::function<QString(const QStringList &files, const QStringList &suggestions)> chooser);

    // The question asked last for the edition: every edition offered, newest first, the one
    // preselected (the edition the workbooks imply, see ImportSession::proposeEdition) and why.
    struct EditionQuestion
    {
        QStringList editions;
        int current = 0;
        QString reason;
    };
    const EditionQuestion &lastEditionQuestion() const { return m_question; }

    bool isRunning() const;
    QProgressDialog *progressDialog() const;
    ImportSummaryDialog *summaryDialog() const;
    QMessageBox *messageBox() const;
    QString lastError() const { return m_lastError; }

public slots:
    void chooseAndImport();
    // Starts importing; returns at once. finished() follows.
    void importFiles(const QStringList &files);
    void cancel();

signals:
    void finished(bool committed);

private:
    QString askEdition(const QStringList &files, const QString &proposed, const QString &reason);
    void workerDone();
    void showError(const QString &message);

    Dataset &m_dataset;
    QPointer<QWidget> m_parent;
    std::function<QString(const QStringList &, const QStringList &)> m_chooseEdition;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summaryDialog;
    QPointer<QMessageBox> m_message;
    QString m_lastError;
    EditionQuestion m_question;
};

} // namespace Koso
