#pragma once

#include "analysis/AnalysisPage.h"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QSortFilterProxyModel;
class QTableView;
class QSplitter;
class QTabWidget;
QT_END_NAMESPACE

namespace Koso {

class ChartPanel;
class EmptyDatasetNotice;
class FunctionGapModel;
class PrefectureComparisonModel;
class RegionGapModel;

// The prefecture dashboard: the prefecture's and the nation's totals by function on top;
// every region of the prefecture in a sortable table (gap cells shaded by direction and
// size) beside the chart of reported against required beds per region; and a national
// comparison of beds per 100,000. MHLW's caveat stays in view. The threshold (±10 % by
// default) is the user's setting.
class PrefectureDashboard : public AnalysisPage
{
    Q_OBJECT

public:
    explicit PrefectureDashboard(QWidget *parent = nullptr);

    // Shows the dataset's home prefecture (nullptr clears the page).
    void setDataset(Dataset *dataset);
    void setPrefecture(const QString &code);
    QString prefecture() const { return m_prefecture; }
    double threshold() const;

    RegionGapModel *regionModel() const { return m_regions; }
    FunctionGapModel *prefectureModel() const { return m_prefectureTotals; }
    FunctionGapModel *nationModel() const { return m_nationTotals; }
    PrefectureComparisonModel *comparisonModel() const { return m_comparison; }
    QTableView *regionView() const { return m_regionView; }
    ChartPanel *gapChart() const { return m_gapChart; }
    ChartPanel *comparisonChart() const { return m_comparisonChart; }

public slots:
    void reload() override;
    void setThreshold(double fraction);
    void exportRegionTable();

signals:
    // A region was opened (double-click): the main window shows its page.
    void regionActivated(const QString &code);
    void thresholdChanged(double fraction);

protected:
    void onDataChanged(DataChanges changes) override;
    QVector<AreaGap> reportRegions() const override;
    QString reportCode() const override { return m_prefecture; }
    double reportThreshold() const override { return threshold(); }
    QString reportName() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_prefecture;
    QDoubleSpinBox *m_threshold = nullptr;
    FunctionGapModel *m_prefectureTotals = nullptr;
    FunctionGapModel *m_nationTotals = nullptr;
    RegionGapModel *m_regions = nullptr;
    QSortFilterProxyModel *m_regionProxy = nullptr;
    PrefectureComparisonModel *m_comparison = nullptr;
    QSortFilterProxyModel *m_comparisonProxy = nullptr;
    QTableView *m_regionView = nullptr;
    ChartPanel *m_gapChart = nullptr;
    ChartPanel *m_comparisonChart = nullptr;
    QTabWidget *m_totals = nullptr;
    QSplitter *m_regionSplit = nullptr;
    void fitRegionSplit();
};

} // namespace Koso
