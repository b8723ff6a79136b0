#include "mainwindow/PreferencesDialog.h"

#include "analysis/AnalysisSettings.h"
#include "mainwindow/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Koso {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdEdit"));
    m_threshold->setRange(0, 50);
    m_threshold->setDecimals(0);
    m_threshold->setSingleStep(5);
    m_threshold->setPrefix(QStringLiteral("±"));
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(AnalysisSettings::threshold() * 100);
    m_threshold->setToolTip(tr("A function is shaded as over or under its need when it departs "
                               "from the required beds by more than this."));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    const QSize size = AnalysisSettings::exportSize();
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("widthEdit"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("heightEdit"));
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(16, 10000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpiEdit"));
    m_dpi->setRange(36, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(AnalysisSettings::exportDpi());

    auto *analysis = new QGroupBox(tr("Gap analysis"), this);
    auto *analysisForm = new QFormLayout(analysis);
    analysisForm->addRow(tr("&Threshold:"), m_threshold);

    auto *display = new QGroupBox(tr("Language"), this);
    auto *displayForm = new QFormLayout(display);
    displayForm->addRow(tr("&Language:"), m_language);
    auto *languageNote
        = new QLabel(tr("A new language applies when Koso Planner starts again."), this);
    languageNote->setWordWrap(true);
    displayForm->addRow(languageNote);

    auto *exports = new QGroupBox(tr("Exported charts (PNG)"), this);
    auto *exportForm = new QFormLayout(exports);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    exportForm->addRow(tr("Default &size:"), sizeRow);
    exportForm->addRow(tr("&Resolution:"), m_dpi);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(analysis);
    layout->addWidget(display);
    layout->addWidget(exports);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const double threshold = m_threshold->value() / 100.0;
    const bool thresholdMoved = qAbs(threshold - AnalysisSettings::threshold()) > 1e-9;
    AnalysisSettings::setThreshold(threshold);
    AppSettings::setLanguage(m_language->currentData().toString());
    AnalysisSettings::setExport(QSize(m_width->value(), m_height->value()), m_dpi->value());
    QDialog::accept();
    if (thresholdMoved)
        emit thresholdChanged(threshold);
}

} // namespace Koso
