#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Koso {

class Document;
class MainWindow;
class PrefectureDashboard;
class RegionPage;

// Puts the gap analysis into the main window: the prefecture dashboard and the region page
// in the navigation, both following the window's document, a double-click on a region in
// the dashboard opening its page, and the prefecture report's actions for the File menu.
class AnalysisPages : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisPages(MainWindow *window);

    PrefectureDashboard *dashboard() const { return m_dashboard; }
    RegionPage *regionPage() const { return m_regionPage; }
    // Print and save as PDF the prefecture report; enabled while a dataset is open.
    QList<QAction *> reportActions() const { return m_reportActions; }

public slots:
    void openRegion(const QString &code);
    // A threshold chosen elsewhere (Preferences): saved, and every page follows at once.
    void setThreshold(double fraction);

private:
    void setDocument(Document *document);

    MainWindow *m_window;
    PrefectureDashboard *m_dashboard = nullptr;
    RegionPage *m_regionPage = nullptr;
    QList<QAction *> m_reportActions;
};

} // namespace Koso
