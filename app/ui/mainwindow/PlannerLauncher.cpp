#include "mainwindow/PlannerLauncher.h"

#include "demo/DemoGenerator.h"
#include "demo/SessionsDemo.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/MainWindow.h"
#include "storage/Dataset.h"
#include "storage/DatasetLock.h"
#include "util/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace Koso {

void PlannerLauncher::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KosoPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("Koso Planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOSO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("koso-planner"));
}

QString PlannerLauncher::requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

PlannerLauncher::Options PlannerLauncher::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Koso Planner: the Regional Medical Care Vision planner for prefectural offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The dataset (.koso) to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use this language for this run: ja or en."),
                                  QStringLiteral("ja|en"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Open the demo dataset of the fictional サンプル県 (created on first use)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  tr("Render the main window to a PNG file and quit."),
                                  QStringLiteral("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption page(QStringLiteral("page"), tr("Show this page first (its object name)."),
                            QStringLiteral("NAME"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("size"),
                            tr("The window size for --screenshot (default 1366x768)."),
                            QStringLiteral("WxH"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption startup(QStringLiteral("print-startup-time"),
                               tr("Print the time until the main window is shown, and quit."));
    startup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ lang, demo, screenshot, page, size, startup });
    parser.process(arguments);

    Options options;
    options.language = parser.value(lang).trimmed().toLower();
    options.demo = parser.isSet(demo);
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.printStartupTime = parser.isSet(startup);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() == 2 && w >= 320 && h >= 240 && w <= 8000 && h <= 8000)
            options.size = QSize(w, h);
        else
            options.error
                = tr("Unknown window size \"%1\": use --size 1366x768.").arg(parser.value(size));
    }
    const QStringList files = parser.positionalArguments();
    if (!options.language.isEmpty() && options.language != QLatin1String("ja")
        && options.language != QLatin1String("en"))
        options.error
            = tr("Unknown language \"%1\": use --lang ja or --lang en.").arg(parser.value(lang));
    else if (files.size() > 1)
        options.error = tr("Give one dataset to open, not %1.").arg(files.size());
    else if (!files.isEmpty() && options.demo)
        options.error = tr("Give either a dataset or --demo, not both.");
    else if (!files.isEmpty())
        options.file = files.first();
    return options;
}

QString PlannerLauncher::demoDatasetPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.koso"));
}

bool PlannerLauncher::ensureDemoDataset(QString *path, QString *error, const QDate &today)
{
    *path = demoDatasetPath();
    const bool exists = QFileInfo::exists(*path);
    if (exists) {
        QDate written;
        {
            Dataset demo;
            QString ignored;
            if (demo.open(*path, &ignored, Dataset::Access::ReadOnly))
                written = QDate::fromString(demo.metaValue(SessionsDemo::referenceDateMetaKey()),
                                            Qt::ISODate);
        }
        const bool fresh
            = written.isValid() && written <= today && written.daysTo(today) <= DemoRefreshDays;
        const LockOwner holder = DatasetLock::owner(*path);
        if (fresh || (holder.isValid() && !DatasetLock::isStale(holder)))
            return true;
    } else if (!QDir().mkpath(QFileInfo(*path).absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QFileInfo(*path).absolutePath());
        return false;
    }
    DemoGenerator generator;
    generator.setReferenceDate(today);
    return generator.writeFile(*path, exists, error);
}

int PlannerLauncher::run(QApplication &app, const QElapsedTimer &sinceStart)
{
    setApplicationIdentity();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/app/icons/koso-planner.svg")));
    const QStringList arguments = QCoreApplication::arguments();
    // --lang is for this run only; View > Language saves a lasting choice.
    Localization::install(
        &app, Localization::resolveLanguage(requestedLanguage(arguments), AppSettings::language()));
    const Options options = parse(arguments);
    if (!options.error.isEmpty()) {
        fprintf(stderr, "koso-planner: %s\n", options.error.toLocal8Bit().constData());
        return 2;
    }

    MainWindow window;
    QString file = options.file;
    QString error;
    bool opened = true;
    if (options.demo) {
        opened = ensureDemoDataset(&file, &error);
        if (!opened)
            error = tr("The demo dataset %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(file), error);
    } else if (file.isEmpty() && options.screenshot.isEmpty() && !options.printStartupTime) {
        // Without arguments: where the planner left off, if that file is still there.
        const QStringList recent = AppSettings::recentFiles();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            window.openFile(recent.first(), true);
    }
    // Opened before the window shows, so the first paint already has the data.
    if (opened && !file.isEmpty())
        opened = window.openFile(file, true, &error);
    if (!options.page.isEmpty()) {
        if (auto *shown = window.findChild<QWidget *>(options.page))
            window.setCurrentPage(shown);
    }
    if (!options.screenshot.isEmpty())
        window.resize(options.size); // the office laptop's screen unless --size says otherwise
    window.show();
    if (!opened) {
        // Unattended runs (benchmark, screenshot) report on stderr instead of a dialog.
        if (!options.screenshot.isEmpty() || options.printStartupTime) {
            fprintf(stderr, "koso-planner: %s\n", error.simplified().toLocal8Bit().constData());
            return 1;
        }
        window.showOpenError(file, error);
    }

    if (options.printStartupTime) {
        QTimer::singleShot(0, &window, [&app, &sinceStart] {
            QCoreApplication::processEvents();
            fprintf(stdout, "startup-ms %.1f\n", double(sinceStart.nsecsElapsed()) / 1.0e6);
            fflush(stdout);
            app.quit();
        });
    }
    if (!options.screenshot.isEmpty()) {
        const QString target = options.screenshot;
        QTimer::singleShot(0, &window, [&app, &window, target] {
            QCoreApplication::processEvents();
            const bool saved = window.grab().save(target, "PNG");
            if (!saved)
                fprintf(stderr, "koso-planner: cannot write %s\n", qPrintable(target));
            app.exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace Koso
