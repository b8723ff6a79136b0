#pragma once

#include "checklist/Assessment.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace Koso {

class AssessmentComparisonModel;

// Two assessments side by side (by default the shown one and the one before it): every item
// with both answers, changed answers shaded, the counts per genre of both, and printing.
class ChecklistComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistComparisonView(QWidget *parent = nullptr);

    // Refills the pickers. after is the assessment the page shows: when it changes, the pair
    // becomes (the one before it, after); otherwise the pair chosen here is kept.
    void setAssessments(const QVector<Assessment> &assessments, qint64 after,
                        const QString &prefectureName);
    void choose(qint64 before, qint64 after);
    qint64 beforeId() const;
    qint64 afterId() const;

    AssessmentComparisonModel *model() const { return m_model; }
    QTableWidget *genreTable() const { return m_genres; }
    QString summaryText() const;

    void printPreview();
    void savePdf();

private:
    void update();
    const Assessment *find(qint64 id) const;

    QVector<Assessment> m_assessments;
    QString m_prefecture;
    qint64 m_pageAssessment = -1;
    QComboBox *m_before;
    QComboBox *m_after;
    QLabel *m_summary;
    QTableView *m_view;
    QTableWidget *m_genres;
    AssessmentComparisonModel *m_model;
    bool m_filling = false;
};

} // namespace Koso
