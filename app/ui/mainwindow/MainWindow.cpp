#include "mainwindow/MainWindow.h"

#include "analysis/AnalysisPages.h"
#include "analysis/RegionOverviewPage.h"
#include "checklist/ChecklistPage.h"
#include "document/Document.h"
#include "flows/FlowsPage.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/LanguageMenu.h"
#include "mainwindow/NewDatasetDialog.h"
#include "mainwindow/PreferencesDialog.h"
#include "mainwindow/RecentFilesMenu.h"
#include "mainwindow/WelcomePage.h"
#include "map/MapPage.h"
#include "mhlw/ImportController.h"
#include "planning/PlanningPages.h"
#include "policy/PolicyPages.h"
#include "sessions/SessionsPage.h"
#include "storage/DatasetSummary.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace Koso {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/app/icons/koso-planner.svg")));
    setAcceptDrops(true);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *workspace = new QSplitter;
    workspace->setObjectName(QStringLiteral("workspace"));
    workspace->addWidget(m_navigation);
    workspace->addWidget(m_pages);
    workspace->setStretchFactor(1, 1);
    workspace->setSizes({ 190, 890 }); // room for the longest page names in Japanese
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    m_welcome = new WelcomePage;
    m_central = new QStackedWidget;
    m_central->addWidget(m_welcome);
    m_central->addWidget(workspace);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDataset);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::openFileRequested, this,
            [this](const QString &path) { openFile(path); });

    m_overviewPage = new RegionOverviewPage;
    m_overviewPage->setObjectName(QStringLiteral("regionOverviewPage"));
    addPage(m_overviewPage, tr("Region list"), QIcon(QStringLiteral(":/app/icons/regions.svg")));
    connect(this, &MainWindow::documentChanged, m_overviewPage, &RegionOverviewPage::setDocument);
    m_analysisPages = new AnalysisPages(this);
    m_policyPages = new PolicyPages(this);
    for (const PolicyPages::Page &page : m_policyPages->pages())
        addPage(page.widget, page.title, QIcon(page.icon));
    connect(this, &MainWindow::documentChanged, m_policyPages, &PolicyPages::setDocument);
    connect(m_policyPages, &PolicyPages::pageRequested, this, &MainWindow::setCurrentPage);

    auto *flowsPage = new FlowsPage;
    flowsPage->setObjectName(QStringLiteral("flowsPage"));
    addPage(flowsPage, tr("Flows and demand"), QIcon(QStringLiteral(":/app/icons/regions.svg")));
    connect(this, &MainWindow::documentChanged, flowsPage, &FlowsPage::setDocument);

    auto *mapPage = new MapPage;
    addPage(mapPage, tr("Map"), QIcon(QStringLiteral(":/app/icons/regions.svg")));
    connect(this, &MainWindow::documentChanged, mapPage, &MapPage::setDocument);
    connect(mapPage, &MapPage::regionActivated, m_analysisPages, &AnalysisPages::openRegion);

    m_checklistPage = new ChecklistPage;
    m_checklistPage->setObjectName(QStringLiteral("checklistPage"));
    addPage(m_checklistPage, tr("Checklist"), QIcon(QStringLiteral(":/app/icons/checklist.svg")));
    connect(this, &MainWindow::documentChanged, m_checklistPage, [this](Document *document) {
        m_checklistPage->setDataset(document ? document->dataset() : nullptr,
                                    document ? document->undoStack() : nullptr);
    });

    auto *planning = new PlanningPages(this);
    for (const PlanningPages::Page &page : planning->pages())
        addPage(page.widget, page.title, QIcon(page.icon));
    connect(this, &MainWindow::documentChanged, planning, &PlanningPages::setDocument);
    connect(planning, &PlanningPages::pageRequested, this, &MainWindow::setCurrentPage);
    connect(planning, &PlanningPages::councilsRequested, m_policyPages, &PolicyPages::openCouncils);
    connect(m_checklistPage, &ChecklistPage::recordsRequested, planning,
            &PlanningPages::openRecords);

    auto *sessionsPage = new SessionsPage;
    sessionsPage->setObjectName(QStringLiteral("sessionsPage"));
    addPage(sessionsPage, tr("Study Sessions"), QIcon(QStringLiteral(":/app/icons/sessions.svg")));
    connect(this, &MainWindow::documentChanged, sessionsPage, &SessionsPage::setDocument);
    connect(sessionsPage, &SessionsPage::showRequested, this,
            [this, sessionsPage] { setCurrentPage(sessionsPage); });
    statusBar()->addWidget(sessionsPage->deadlineIndicator());

    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a3d00; font-weight: bold; }"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("datasetPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel, 1);

    createMenus();
    createDocks();
    updateTitle();
    // The first window fits the screen (title bar and task bar included); later starts
    // restore what the user chose.
    ScreenFit::resize(this, QSize(1280, 800));
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow()
{
    // Pages disconnect from the document before it goes.
    if (m_document) {
        m_undoGroup->removeStack(m_document->undoStack());
        auto old = std::move(m_document);
        emit documentChanged(nullptr);
    }
}

int MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title);
    item->setSizeHint(QSize(0, 34));
    m_navigation->addItem(item);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void MainWindow::setCurrentPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    QAction *newAction = m_fileMenu->addAction(tr("&New Dataset…"), this, &MainWindow::newDataset);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    auto *recent = new RecentFilesMenu(this);
    m_fileMenu->addMenu(recent);
    connect(recent, &RecentFilesMenu::openRequested, this,
            [this](const QString &path) { openFile(path); });
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(tr("&Import MHLW Workbook…"), this, [this] {
        if (m_import)
            m_import->chooseAndImport();
    });
    m_importAction->setObjectName(QStringLiteral("actionImportWorkbook"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_saveCopyAction
        = m_fileMenu->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_analysisPages->reportActions());
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        connect(&dialog, &PreferencesDialog::thresholdChanged, m_analysisPages,
                &AnalysisPages::setThreshold);
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("menuTools"));
    QMenu *checklist = m_toolsMenu->addMenu(tr("&Checklist"));
    checklist->setObjectName(QStringLiteral("menuChecklist"));
    checklist->addActions(m_checklistPage->fileActions());
    m_toolsMenu->addSeparator();
    m_infoAction = m_toolsMenu->addAction(tr("Dataset &Information…"), this,
                                          &MainWindow::showDatasetInformation);
    m_infoAction->setObjectName(QStringLiteral("actionDatasetInformation"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = m_helpMenu->addAction(tr("&About Koso Planner"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createDocks()
{
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *view = new QUndoView(m_undoGroup);
    view->setObjectName(QStringLiteral("undoView"));
    view->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    QAction *toggle = m_undoDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionUndoHistory"));
    m_viewMenu->addAction(toggle);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(this));
}

bool MainWindow::openFile(const QString &path, bool quiet, QString *error)
{
    QString message;
    Dataset::OpenFailure failure = Dataset::OpenFailure::None;
    std::unique_ptr<Document> document
        = Document::open(path, Dataset::Access::ReadWriteOrReadOnly, &message, &failure);
    QString readOnlyNote;
    if (!document && failure == Dataset::OpenFailure::Locked) {
        // One writer at a time: the user is told who has it and may read it meanwhile.
        const LockOwner holder = DatasetLock::owner(path);
        bool readOnly = quiet;
        if (!quiet) {
            QMessageBox box(QMessageBox::Question, tr("Dataset in Use"),
                            tr("%1 is being edited by %2.\n\nOnly one person at a time can "
                               "change a dataset. You can open it read-only now and see their "
                               "changes when they have saved them.")
                                .arg(QDir::toNativeSeparators(path), holder.describe()),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("datasetInUseMessage"));
            QPushButton *read = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(read);
            box.exec();
            readOnly = box.clickedButton() == read;
        }
        if (readOnly) {
            document = Document::open(path, Dataset::Access::ReadOnly, &message, &failure);
            readOnlyNote = tr("%1 is editing it").arg(holder.describe());
        }
    }
    if (!document) {
        if (error)
            *error = message;
        if (!quiet)
            showOpenError(path, message);
        return false;
    }
    const QString backup = document->backupPath();
    m_readOnlyNote = readOnlyNote;
    setDocument(std::move(document));
    AppSettings::addRecentFile(path);
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    if (!backup.isEmpty())
        statusBar()->showMessage(tr("The dataset was upgraded to this version; the previous file "
                                    "is kept as %1.")
                                     .arg(QDir::toNativeSeparators(backup)),
                                 15000);
    return true;
}

void MainWindow::showOpenError(const QString &path, const QString &error)
{
    QMessageBox::critical(
        this, tr("Cannot Open Dataset"),
        tr("Koso Planner cannot open %1.\n\n%2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    // Views move to the new document before the old one closes.
    std::unique_ptr<Document> old = std::exchange(m_document, std::move(document));
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        // Nothing to undo or redo in a dataset that cannot be written.
        m_undoGroup->setActiveStack(m_document->isReadOnly() ? nullptr : m_document->undoStack());
        connect(m_document.get(), &Document::editFailed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Undo"), message);
        });
        connect(m_document.get(), &Document::fileLost, this, &MainWindow::datasetLost);
        connect(m_document.get(), &Document::reloadedAfterExternalChange, this,
                &MainWindow::datasetReloaded);
    } else {
        m_readOnlyNote.clear();
    }
    // The import runs against the open dataset: one controller per document.
    delete m_import;
    m_import = m_document && !m_document->isReadOnly()
        ? new ImportController(*m_document->dataset(), this)
        : nullptr;
    emit documentChanged(m_document.get());
    old.reset();
    m_central->setCurrentIndex(m_document ? 1 : 0);
    updateTitle();
}

void MainWindow::closeDocument()
{
    setDocument(nullptr);
}

void MainWindow::updateTitle()
{
    const bool open = m_document != nullptr;
    const bool lost = open && m_document->dataset()->isFileLost();
    const bool readOnly = open && (m_document->isReadOnly() || lost);
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open && !readOnly);
    m_infoAction->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    m_readOnlyLabel->setVisible(readOnly);
    if (!open) {
        setWindowTitle(tr("Koso Planner"));
        setWindowFilePath(QString());
        m_pathLabel->setText(tr("No dataset open"));
        return;
    }
    const QString path = m_document->path();
    setWindowFilePath(path);
    if (lost) {
        setWindowTitle(
            tr("%1 [file gone: not saved] — Koso Planner").arg(QFileInfo(path).fileName()));
        m_readOnlyLabel->setText(tr("Not saved: the file is gone (File › Save a Copy…)"));
    } else if (readOnly) {
        setWindowTitle(tr("%1 [read-only] — Koso Planner").arg(QFileInfo(path).fileName()));
        const QString reason
            = !m_readOnlyNote.isEmpty() ? m_readOnlyNote : m_document->dataset()->readOnlyReason();
        m_readOnlyLabel->setText(reason.isEmpty() ? tr("Read-only")
                                                  : tr("Read-only: %1").arg(reason));
    } else {
        setWindowTitle(tr("%1 — Koso Planner").arg(QFileInfo(path).fileName()));
    }
    m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void MainWindow::newDataset()
{
    NewDatasetDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    std::unique_ptr<Document> document
        = Document::create(dialog.path(), dialog.prefectureCode(), &error);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot Create Dataset"),
                              tr("Koso Planner cannot create %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(dialog.path()), error));
        return;
    }
    const QString path = document->path();
    m_readOnlyNote.clear();
    setDocument(std::move(document));
    AppSettings::addRecentFile(path);
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
}

void MainWindow::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Dataset"), AppSettings::lastDirectory(),
                                       tr("Koso Planner datasets (*.koso);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showDatasetInformation()
{
    if (!m_document)
        return;
    const DatasetSummary s = DatasetSummary::read(*m_document->dataset());
    const QLocale locale;
    QMessageBox box(this);
    box.setWindowTitle(tr("Dataset Information"));
    box.setIcon(QMessageBox::Information);
    box.setText(QDir::toNativeSeparators(QFileInfo(s.path).absoluteFilePath()));
    box.setInformativeText(
        tr("Home prefecture: %1 %2\nRegions: %3 in %4 prefectures\nHospitals: %5 (of which %6 "
           "clinics with beds)\nEditions: %7\nSchema version: %8")
            .arg(s.homePrefectureCode, s.homePrefectureName, locale.toString(s.regions),
                 locale.toString(s.prefectures), locale.toString(s.hospitals),
                 locale.toString(s.clinics),
                 s.editions.isEmpty() ? tr("none") : s.editions.join(QStringLiteral(", ")))
            .arg(s.schemaVersion));
    box.exec();
}

void MainWindow::saveCopyDialog()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->path());
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save a Copy of the Dataset"),
        current.absoluteDir().filePath(current.completeBaseName() + tr("-copy")
                                       + QStringLiteral(".koso")),
        tr("Koso Planner datasets (*.koso)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QString error;
    if (!saveCopy(target, &error))
        QMessageBox::critical(this, tr("Cannot Save a Copy"), error);
}

bool MainWindow::saveCopy(const QString &target, QString *error)
{
    QString message;
    if (!m_document || !m_document->dataset()->saveCopy(target, &message)) {
        if (error)
            *error = m_document ? message : tr("No dataset is open.");
        return false;
    }
    if (m_document->dataset()->isFileLost())
        return openFile(target, false, error); // the work goes on in the copy
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)),
                             15000);
    return true;
}

void MainWindow::checkDataset()
{
    if (m_document && !(m_import && m_import->isRunning()))
        m_document->dataset()->checkForChanges();
}

void MainWindow::datasetLost(const QString &reason)
{
    if (!m_document)
        return;
    m_undoGroup->setActiveStack(nullptr);
    delete m_import;
    m_import = nullptr;
    updateTitle();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Dataset File Gone"),
        tr("%1\n\n%2 Nothing was written to that path, and nothing more will be.\n\nWhat you "
           "had open is still here: save it as a new dataset to keep your work.")
            .arg(QDir::toNativeSeparators(m_document->path()), reason),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("datasetLostMessage"));
    QPushButton *save = box->addButton(tr("Save a Copy…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(save, &QPushButton::clicked, this, &MainWindow::saveCopyDialog, Qt::QueuedConnection);
    box->open();
}

void MainWindow::datasetReloaded()
{
    statusBar()->showMessage(
        tr("The dataset was changed by another program: the pages were reloaded and the undo "
           "history cleared, so that undoing cannot write over their change."),
        30000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkDataset();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindow(saveGeometry(), saveState());
    event->accept();
}

QString MainWindow::droppedDataset(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()
            && QFileInfo(url.toLocalFile())
                    .suffix()
                    .compare(QLatin1String("koso"), Qt::CaseInsensitive)
                == 0)
            return url.toLocalFile();
    }
    return QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedDataset(event->mimeData()).isEmpty()
        || (m_import && !ImportController::xlsxFiles(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedDataset(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
        return;
    }
    // MHLW workbooks dropped on an open dataset are imported.
    const QStringList workbooks = ImportController::xlsxFiles(event->mimeData());
    if (m_import && !workbooks.isEmpty() && !m_import->isRunning()) {
        event->acceptProposedAction();
        m_import->importFiles(workbooks);
    }
}

} // namespace Koso
