#include "mainwindow/PlannerLauncher.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    // Started first, so --print-startup-time counts everything after exec.
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    return Koso::PlannerLauncher::run(app, sinceStart);
}
