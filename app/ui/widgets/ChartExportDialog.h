#pragma once

#include "charts/ChartCaption.h"
#include "charts/ChartExporter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Koso {

// Exports a chart: file (PNG, SVG or PDF by its suffix), size in pixels and resolution (with
// presets: a 16:9 slide, a 4:3 slide, an A4 page for print), the physical size that gives,
// and a preview of the page exactly as it will be written; or copies it to the clipboard.
// Works with any QChart and caption (the what-if charts use it too).
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(QChart *chart, const ChartCaption &caption, QWidget *parent = nullptr);
    // Any page body that is not a QChart (the map).
    ChartExportDialog(const ChartExporter::BodyPainter &body, const ChartCaption &caption,
                      QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    ChartExporter::Options options() const;
    void setOptions(const ChartExporter::Options &options);
    // Writes the file; false with the reason (also shown to the user by accept()).
    bool exportChart(QString *error);
    QImage previewImage() const;

public slots:
    void accept() override;
    void copyToClipboard();

private:
    void browse();
    void applyPreset(int index);
    void updateInfo();

    ChartExporter::BodyPainter m_body;
    ChartCaption m_caption;
    QLineEdit *m_path = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_physical = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace Koso
