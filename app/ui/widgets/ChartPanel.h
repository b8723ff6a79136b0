#pragma once

#include "charts/ChartCaption.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QPushButton;
class QScrollArea;
QT_END_NAMESPACE

namespace Koso {

// A chart on screen with its export: "Export…" opens the export dialog (PNG, SVG, PDF) and
// "Copy" puts a slide-sized image on the clipboard; the caption goes with both.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    // Takes ownership of the chart (nullptr clears the panel).
    void setChart(QChart *chart, const ChartCaption &caption);
    QChart *chart() const;
    const ChartCaption &caption() const { return m_caption; }
    QChartView *view() const { return m_view; }
    // A chart of many rows (every region of a prefecture) keeps this height and scrolls
    // vertically in the panel instead of squeezing its bars and dropping labels.
    void setMinimumChartHeight(int pixels);

public slots:
    void exportChart();
    void copyChart();

private:
    QChartView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    ChartCaption m_caption;
};

} // namespace Koso
