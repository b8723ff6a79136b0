#pragma once

#include "checklist/AssessmentComparison.h"

#include <QAbstractTableModel>
#include <optional>

namespace Koso {

// Two assessments item by item: both answers, the change, and this year's 備考. Rows whose
// answer changed are shaded like the printed comparison.
class AssessmentComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        GenreColumn,
        TextColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        RemarksColumn,
        ColumnCount
    };

    explicit AssessmentComparisonModel(QObject *parent = nullptr);

    void setComparison(const std::optional<AssessmentComparison> &comparison);
    const std::optional<AssessmentComparison> &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<AssessmentComparison> m_comparison;
};

} // namespace Koso
