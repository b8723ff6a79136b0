#include "widgets/ChartExportDialog.h"

#include "analysis/AnalysisSettings.h"
#include "util/Folders.h"

#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Koso {

namespace {

struct Preset
{
    const char *name;
    QSize size;
    int dpi;
};

// Names are translated where they are shown.
const Preset presets[] = {
    { QT_TRANSLATE_NOOP("Koso::ChartExportDialog", "Slide 16:9 (1920×1080, 144 DPI)"),
      QSize(1920, 1080), 144 },
    { QT_TRANSLATE_NOOP("Koso::ChartExportDialog", "Slide 4:3 (1440×1080, 144 DPI)"),
      QSize(1440, 1080), 144 },
    { QT_TRANSLATE_NOOP("Koso::ChartExportDialog", "A4 landscape for print (3508×2480, 300 DPI)"),
      QSize(3508, 2480), 300 },
    { QT_TRANSLATE_NOOP("Koso::ChartExportDialog", "Half A4 for a document (1654×1169, 200 DPI)"),
      QSize(1654, 1169), 200 },
};

QString safeFileName(const QString &title)
{
    QString name = title;
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    return name.left(80).trimmed();
}

} // namespace

ChartExportDialog::ChartExportDialog(QChart *chart, const ChartCaption &caption, QWidget *parent)
    : ChartExportDialog(ChartExporter::chartBody(chart), caption, parent)
{ }

ChartExportDialog::ChartExportDialog(const ChartExporter::BodyPainter &body,
                                     const ChartCaption &caption, QWidget *parent)
    : QDialog(parent)
    , m_body(body)
    , m_caption(caption)
{
    setWindowTitle(tr("Export chart"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(this);
    const QString folder = defaultDocumentsFolder();
    m_path->setText(QDir(folder).filePath(safeFileName(caption.title) + QStringLiteral(".png")));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File (.png, .svg, .pdf):"), pathRow);

    m_preset = new QComboBox(this);
    for (const Preset &p : presets)
        m_preset->addItem(tr(p.name));
    m_preset->addItem(tr("Custom"));
    form->addRow(tr("Preset:"), m_preset);

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *s : { m_width, m_height }) {
        s->setRange(16, 20000);
        s->setSuffix(tr(" px"));
        s->setGroupSeparatorShown(true);
    }
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    form->addRow(tr("Size:"), sizeRow);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(36, 2400);
    m_dpi->setSuffix(tr(" DPI"));
    form->addRow(tr("Resolution:"), m_dpi);
    m_physical = new QLabel(this);
    form->addRow(tr("Page:"), m_physical);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto *copy = buttons->addButton(tr("Copy to clipboard"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ChartExportDialog::copyToClipboard);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    setOptions({ AnalysisSettings::exportSize(), AnalysisSettings::exportDpi() });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    for (QSpinBox *s : { m_width, m_height, m_dpi })
        connect(s, &QSpinBox::valueChanged, this, &ChartExportDialog::updateInfo);
}

QString ChartExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ChartExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

ChartExporter::Options ChartExportDialog::options() const
{
    return { QSize(m_width->value(), m_height->value()), m_dpi->value() };
}

void ChartExportDialog::setOptions(const ChartExporter::Options &options)
{
    {
        const QSignalBlocker a(m_width), b(m_height), c(m_dpi);
        m_width->setValue(options.pixelSize.width());
        m_height->setValue(options.pixelSize.height());
        m_dpi->setValue(options.dpi);
    }
    updateInfo();
}

void ChartExportDialog::applyPreset(int index)
{
    if (index < 0 || index >= int(std::size(presets)))
        return;
    setOptions({ presets[index].size, presets[index].dpi });
}

void ChartExportDialog::updateInfo()
{
    const ChartExporter::Options o = options();
    int preset = int(std::size(presets));
    for (int i = 0; i < int(std::size(presets)); ++i) {
        if (presets[i].size == o.pixelSize && presets[i].dpi == o.dpi)
            preset = i;
    }
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(preset);
    }
    const double widthMm = o.pixelSize.width() * 25.4 / o.dpi;
    const double heightMm = o.pixelSize.height() * 25.4 / o.dpi;
    m_physical->setText(
        tr("%1 × %2 mm (text at its point size on a page of this size)")
            .arg(QLocale().toString(widthMm, 'f', 1), QLocale().toString(heightMm, 'f', 1)));
    m_preview->setPixmap(QPixmap::fromImage(previewImage()));
}

QImage ChartExportDialog::previewImage() const
{
    // The same page at a smaller scale: pixels and DPI shrink together.
    const ChartExporter::Options o = options();
    const double scale = std::min(480.0 / o.pixelSize.width(), 270.0 / o.pixelSize.height());
    ChartExporter::Options small;
    small.pixelSize = QSize(qMax(16, qRound(o.pixelSize.width() * scale)),
                            qMax(16, qRound(o.pixelSize.height() * scale)));
    small.dpi = qMax(1, qRound(o.dpi * scale));
    return ChartExporter::toImage(m_body, m_caption, small);
}

void ChartExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), filePath(),
        tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ChartExportDialog::exportChart(QString *error)
{
    if (!ChartExporter::exportPage(m_body, m_caption, filePath(), options(), error))
        return false;
    AnalysisSettings::setExport(options().pixelSize, options().dpi);
    return true;
}

void ChartExportDialog::accept()
{
    QString error;
    if (!exportChart(&error)) {
        QMessageBox::warning(this, tr("Export chart"), error);
        return;
    }
    QDialog::accept();
}

void ChartExportDialog::copyToClipboard()
{
    ChartExporter::copyToClipboard(m_body, m_caption, options());
    AnalysisSettings::setExport(options().pixelSize, options().dpi);
}

} // namespace Koso
