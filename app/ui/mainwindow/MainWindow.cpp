#include "mainwindow/MainWindow.h"

#include "mainwindow/AboutDialog.h"
#include "analysis/AnalysisPages.h"
#include "mainwindow/AppSettings.h"
#include "checklist/ChecklistPage.h"
#include "mhlw/ImportController.h"
#include "mainwindow/LanguageMenu.h"
#include "mainwindow/NewDatasetDialog.h"
#include "policy/PolicyPages.h"
#include "mainwindow/RecentFilesMenu.h"
#include "analysis/RegionOverviewPage.h"
#include "mainwindow/WelcomePage.h"
#include "document/Document.h"
#include "flows/FlowsPage.h"
#include "storage/DatasetSummary.h"

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
    addPage(m_overviewPage, tr("Regions"), QIcon(QStringLiteral(":/app/icons/regions.svg")));
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

    m_checklistPage = new ChecklistPage;
    m_checklistPage->setObjectName(QStringLiteral("checklistPage"));
    addPage(m_checklistPage, tr("Checklist"), QIcon(QStringLiteral(":/app/icons/checklist.svg")));
    connect(this, &MainWindow::documentChanged, m_checklistPage, [this](Document *document) {
        m_checklistPage->setDataset(document ? document->dataset() : nullptr,
                                    document ? document->undoStack() : nullptr);
    });

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("datasetPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel, 1);

    createMenus();
    createDocks();
    updateTitle();
    resize(1180, 760);
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
    std::unique_ptr<Document> document = Document::open(path, &message);
    if (!document) {
        if (error)
            *error = message;
        if (!quiet)
            showOpenError(path, message);
        return false;
    }
    const QString backup = document->backupPath();
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
        m_undoGroup->setActiveStack(m_document->undoStack());
    }
    // The import runs against the open dataset: one controller per document.
    delete m_import;
    m_import = m_document ? new ImportController(*m_document->dataset(), this) : nullptr;
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
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_infoAction->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Koso Planner"));
        setWindowFilePath(QString());
        m_pathLabel->setText(tr("No dataset open"));
        return;
    }
    const QString path = m_document->path();
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Koso Planner").arg(QFileInfo(path).fileName()));
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
