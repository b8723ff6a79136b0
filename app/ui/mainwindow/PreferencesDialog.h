#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Koso {

// Edit › Preferences… (Ctrl+,): the settings that had no home, over AnalysisSettings and
// AppSettings: the gap threshold (pages follow at once), the language (from the next start)
// and the default size and resolution of exported charts. accept() saves them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QDoubleSpinBox *thresholdEdit() const { return m_threshold; }
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *widthEdit() const { return m_width; }
    QSpinBox *heightEdit() const { return m_height; }
    QSpinBox *dpiEdit() const { return m_dpi; }

    void accept() override;

signals:
    // The threshold was changed, as a fraction (0.10).
    void thresholdChanged(double fraction);

private:
    QDoubleSpinBox *m_threshold = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};

} // namespace Koso
