#pragma once

#include "checklist/AssessmentSummary.h"

#include <QAbstractTableModel>
#include <optional>

namespace Koso {

class Assessment;

// The counts per genre and for the whole list: items, はい, いいえ, 該当なし, 未回答 and はい
// among the applicable items ("5 / 7").
class AssessmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GenreColumn,
        ItemsColumn,
        YesColumn,
        NoColumn,
        NotApplicableColumn,
        UnansweredColumn,
        YesShareColumn,
        ColumnCount
    };

    explicit AssessmentSummaryModel(QObject *parent = nullptr);

    void setAssessment(const Assessment *assessment);
    // The genres' rows, then the total.
    AssessmentSummary::Counts counts(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<AssessmentSummary> m_summary;
};

} // namespace Koso
