#pragma once

#include <QDate>

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;
class QElapsedTimer;

namespace Koso {

class MainWindow;

// Starts the desktop program: the command line, the language, the dataset to open (the one
// given, the demo dataset, or the last one used) and the main window. main() stays three lines.
class PlannerLauncher
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlannerLauncher)

public:
    struct Options
    {
        QString file;
        QString language; // "ja", "en" or empty
        bool demo = false;
        QString screenshot; // render the window to this PNG and quit
        QString page; // object name of the page to show first (for screenshots)
        QSize size { 1366, 768 }; // the window's size for a screenshot (--size WxH)
        bool printStartupTime = false; // print the time to the first shown window and quit
        QString error; // set when the command line is wrong
    };

    // --lang before translations are installed (so --help comes out in that language).
    static QString requestedLanguage(const QStringList &arguments);
    // Parses the command line; --help and --version print and exit as usual.
    static Options parse(const QStringList &arguments);

    // The demo dataset in the user's data folder (QStandardPaths::AppDataLocation).
    static QString demoDatasetPath();
    // Writes the demo dataset there, its study sessions placed around today; afterwards the
    // existing file is reused, until its reference date is more than DemoRefreshDays old
    // (then the near MHLW deadline would no longer be near) and nobody has it open.
    static bool ensureDemoDataset(QString *path, QString *error,
                                  const QDate &today = QDate::currentDate());
    static constexpr int DemoRefreshDays = 7;

    // Everything after QApplication is constructed; returns the exit code.
    static int run(QApplication &app, const QElapsedTimer &sinceStart);

    static void setApplicationIdentity();
};

} // namespace Koso
