#pragma once

#include "storage/Dataset.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace Koso {

class Document;
class RegionOverviewModel;

// The regions of the home prefecture in a list (the prefecture as a whole first) and, for
// the one selected, its beds by function: reported, planned and required, with the edition
// and MHLW's caveat that the two are computed differently.
class RegionOverviewPage : public QWidget
{
    Q_OBJECT

public:
    // Data role of the list items: the area code (2 digits for the prefecture, 4 for a region).
    static constexpr int AreaCodeRole = Qt::UserRole + 1;

    explicit RegionOverviewPage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QListWidget *regionList() const { return m_regions; }
    RegionOverviewModel *model() const { return m_model; }
    // The selected area's code, or empty.
    QString currentAreaCode() const;
    // Selects an area by code; returns false if the list has no such area.
    bool selectArea(const QString &code);

private:
    void reload();
    void showArea();
    void onDataChanged(Koso::DataChanges changes);

    QPointer<Document> m_document;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QListWidget *m_regions = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_edition = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caveat = nullptr;
    RegionOverviewModel *m_model = nullptr;
};

} // namespace Koso
