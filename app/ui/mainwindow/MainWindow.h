#pragma once

#include "document/Document.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QMimeData;
class QStackedWidget;
class QUndoGroup;

namespace Koso {

class AnalysisPages;
class ChecklistPage;
class ImportController;
class PolicyPages;

class RegionOverviewPage;
class WelcomePage;

// The main window: a navigation list of pages on the left, the pages in a stack, menus with
// stable object names (menuFile, menuEdit, menuView, menuTools, menuHelp) that other parts add
// their actions to, an undo history dock and the dataset's path in the status bar.
//
// The window owns the open Document. Pages follow documentChanged() (nullptr when closed) and
// the Document's changed() signal; they never keep a Dataset of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }

    // Adds a page to the navigation; returns its index. A page that shows data connects to
    // documentChanged() itself (and is given the current document right away by the caller).
    int addPage(QWidget *page, const QString &title, const QIcon &icon);
    void setCurrentPage(QWidget *page);
    QWidget *currentPage() const;

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    RegionOverviewPage *regionOverviewPage() const { return m_overviewPage; }
    PolicyPages *policyPages() const { return m_policyPages; }

    // Opens a dataset in place of the current one. On failure shows a message naming the file
    // and the reason (unless quiet), keeps the current dataset and returns false.
    bool openFile(const QString &path, bool quiet = false, QString *error = nullptr);
    // The message box for a dataset that cannot be opened: the file and the reason.
    void showOpenError(const QString &path, const QString &error);
    void closeDocument();
    // Writes a copy of the open dataset to target (a new file), read through the open
    // connection: it rescues the work when the file was deleted or replaced under the program,
    // and then continues on the copy.
    bool saveCopy(const QString &target, QString *error = nullptr);

signals:
    void documentChanged(Koso::Document *document);

public slots:
    void newDataset();
    void openDialog();
    void showAbout();
    void showDatasetInformation();
    void saveCopyDialog();
    // Notices a dataset deleted, replaced or changed by another program (run whenever the
    // window becomes active).
    void checkDataset();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void setDocument(std::unique_ptr<Document> document);
    void updateTitle();
    void datasetLost(const QString &reason);
    void datasetReloaded();
    static QString droppedDataset(const QMimeData *mime);

    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup = nullptr;

    QStackedWidget *m_central = nullptr; // welcome page, or the workspace
    WelcomePage *m_welcome = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegionOverviewPage *m_overviewPage = nullptr;
    AnalysisPages *m_analysisPages = nullptr;
    ChecklistPage *m_checklistPage = nullptr;
    PolicyPages *m_policyPages = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QString m_readOnlyNote; // who holds a dataset opened read-only because it is in use

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    ImportController *m_import = nullptr;
    QAction *m_infoAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
};

} // namespace Koso
