#pragma once

#include "analysis/AnalysisPage.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Koso {

class ChartPanel;
class EmptyDatasetNotice;
class FunctionGapModel;
class RegionHospitalFilter;
class RegionHospitalModel;

// One region: its figures by function; the trend 2015 → latest with the required level
// dashed and the planned level marked; bars of latest / planned / required; and its
// facilities (sortable, searchable, 休棟中等 highlighted, those with 休棟中等 listed apart)
// with a chart of who holds each function's beds. MHLW's caveat stays in view.
class RegionPage : public AnalysisPage
{
    Q_OBJECT

public:
    explicit RegionPage(QWidget *parent = nullptr);

    void setDataset(Dataset *dataset);
    void setRegion(const QString &code);
    QString region() const { return m_region; }

    FunctionGapModel *functionModel() const { return m_functions; }
    RegionHospitalModel *hospitalModel() const { return m_hospitals; }
    RegionHospitalFilter *hospitalFilter() const { return m_hospitalFilter; }
    RegionHospitalFilter *closedFilter() const { return m_closedFilter; }
    QLineEdit *searchField() const { return m_search; }
    ChartPanel *trendChart() const { return m_trendChart; }
    ChartPanel *gapChart() const { return m_gapChart; }
    ChartPanel *hospitalChart() const { return m_hospitalChart; }
    QComboBox *regionSelector() const { return m_selector; }
    QString reportingRatesText() const;

public slots:
    void reload() override;
    void setThreshold(double fraction);
    void exportGapTable();
    void exportHospitalTable();

protected:
    void onDataChanged(DataChanges changes) override;
    QVector<AreaGap> reportRegions() const override;
    QString reportCode() const override { return m_region; }
    double reportThreshold() const override { return m_threshold; }
    QString reportName() const override;

private:
    void fillSelector();
    void chooseRegionIfNone();

    QString m_region;
    double m_threshold;
    QComboBox *m_selector = nullptr;
    QLabel *m_hospitalSummary = nullptr;
    QLabel *m_closedTitle = nullptr;
    QLabel *m_rates = nullptr;
    FunctionGapModel *m_functions = nullptr;
    RegionHospitalModel *m_hospitals = nullptr;
    RegionHospitalFilter *m_hospitalFilter = nullptr;
    RegionHospitalFilter *m_closedFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_onlyClosed = nullptr;
    ChartPanel *m_trendChart = nullptr;
    ChartPanel *m_gapChart = nullptr;
    ChartPanel *m_hospitalChart = nullptr;
};

} // namespace Koso
