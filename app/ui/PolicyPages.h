#pragma once

#include <QIcon>
#include <QObject>
#include <QString>
#include <QVector>

class QUndoStack;
class QWidget;

namespace Koso {

class CouncilPage;
class Dataset;
class HospitalsPage;
class PolicyRatesPage;
class WhatIfView;

// The pages of issue 5 for one open dataset (hospitals, policy rates, what-if, councils) and
// the links between them: a hospital opened from a council or a rate goes to the Hospitals
// page. The main window adds pages() with addPage() and shows the page pageRequested() names.
class PolicyPages : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QWidget *widget;
        QString title;
    };

    PolicyPages(Dataset *dataset, QUndoStack *undoStack, QWidget *parentWidget);

    QVector<Page> pages() const;
    HospitalsPage *hospitals() const { return m_hospitals; }
    PolicyRatesPage *rates() const { return m_rates; }
    WhatIfView *whatIf() const { return m_whatIf; }
    CouncilPage *councils() const { return m_councils; }

public slots:
    void openHospital(qint64 hospitalId);

signals:
    void pageRequested(QWidget *page);

private:
    HospitalsPage *m_hospitals;
    PolicyRatesPage *m_rates;
    WhatIfView *m_whatIf;
    CouncilPage *m_councils;
};

} // namespace Koso
