#include "sessions/DataPackDialog.h"

#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Koso {

DataPackDialog::DataPackDialog(Dataset *dataset, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_today(today)
    , m_prefecture(new QComboBox)
    , m_regions(new QListWidget)
    , m_folder(new QLineEdit)
    , m_openFolder(new QCheckBox(tr("&Open the folder when done")))
    , m_message(new QLabel)
    , m_write(new QPushButton(tr("&Write Data Pack")))
{
    setObjectName(QStringLiteral("dataPackDialog"));
    setWindowTitle(tr("Data Pack for Part ②"));
    m_prefecture->setObjectName(QStringLiteral("dataPackPrefecture"));
    m_regions->setObjectName(QStringLiteral("dataPackRegions"));
    m_folder->setObjectName(QStringLiteral("dataPackFolder"));
    m_message->setObjectName(QStringLiteral("dataPackMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder->setChecked(true);

    auto *intro = new QLabel(tr("The prefecture's gap and comparison with the nation, then for "
                                "each ticked region its figures, gap table, trend and who holds "
                                "its beds, and the response-policy rates: one PDF (A4 "
                                "landscape) and a slide-size PNG of every chart."));
    intro->setWordWrap(true);

    // Prefectures with regions in the dataset, the home one first.
    const QString home = dataset->homePrefectureCode();
    GeographyStore geography(*dataset);
    QSet<QString> withRegions;
    for (const Region &r : geography.regions())
        withRegions.insert(r.prefectureCode);
    for (const Prefecture &p : geography.prefectures()) {
        if (!withRegions.contains(p.code))
            continue;
        if (p.code == home)
            m_prefecture->insertItem(0, p.name, p.code);
        else
            m_prefecture->addItem(p.name, p.code);
    }
    m_prefecture->setCurrentIndex(0);

    auto *all = new QPushButton(tr("&All"));
    auto *none = new QPushButton(tr("&None"));
    auto *regionButtons = new QHBoxLayout;
    regionButtons->addWidget(all);
    regionButtons->addWidget(none);
    regionButtons->addStretch();
    auto *regionBox = new QVBoxLayout;
    regionBox->addWidget(m_regions);
    regionBox->addLayout(regionButtons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir::toNativeSeparators(
        QDir(documents.isEmpty() ? QDir::homePath() : documents)
            .filePath(tr("data-pack-%1").arg(today.toString(QStringLiteral("yyyyMMdd"))))));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Prefecture:"), m_prefecture);
    form->addRow(tr("&Regions:"), regionBox);
    form->addRow(tr("Output &folder:"), folderRow);
    form->addRow(QString(), m_openFolder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &DataPackDialog::fillRegions);
    connect(m_regions, &QListWidget::itemChanged, this, &DataPackDialog::updateWriteButton);
    connect(m_folder, &QLineEdit::textChanged, this, &DataPackDialog::updateWriteButton);
    connect(all, &QPushButton::clicked, this, [this] { setAllRegions(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllRegions(false); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Data Pack"),
                                                              m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_write, &QPushButton::clicked, this, &DataPackDialog::writePack);
    fillRegions();
    if (m_prefecture->count() == 0) {
        m_prefecture->setEnabled(false);
        showMessage(tr("The dataset holds no regions yet: import MHLW's workbooks (File › "
                       "Import) first, then write the data pack here."),
                    true);
    }
    resize(560, 560);
}

QString DataPackDialog::prefectureCode() const
{
    return m_prefecture->currentData().toString();
}

QStringList DataPackDialog::checkedRegions() const
{
    QStringList codes;
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->checkState() == Qt::Checked)
            codes << m_regions->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

void DataPackDialog::fillRegions()
{
    const QSignalBlocker blocker(m_regions);
    m_regions->clear();
    if (!prefectureCode().isEmpty()) {
        for (const Region &r : GeographyStore(*m_dataset).regions(prefectureCode())) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(r.name, r.code));
            item->setData(Qt::UserRole, r.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            m_regions->addItem(item);
        }
    }
    updateWriteButton();
}

void DataPackDialog::setAllRegions(bool checked)
{
    {
        const QSignalBlocker blocker(m_regions);
        for (int i = 0; i < m_regions->count(); ++i)
            m_regions->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateWriteButton();
}

void DataPackDialog::updateWriteButton()
{
    m_write->setEnabled(!checkedRegions().isEmpty() && !m_folder->text().trimmed().isEmpty());
}

void DataPackDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

bool DataPackDialog::writePack()
{
    const QStringList regions = checkedRegions();
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (regions.isEmpty() || dir.isEmpty())
        return false;
    DataPack::Options options;
    options.prefecture = prefectureCode();
    options.regions = regions;
    options.date = m_today;
    QProgressDialog progress(tr("Writing the data pack…"), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("dataPackProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    m_result = DataPack::Result();
    QString error;
    const bool ok = DataPack::write(*m_dataset, options, dir, &m_result, &error);
    progress.close();
    if (!ok) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Wrote %1 (%n page(s)) and %2 slide image(s) in %3.", "", m_result.pages)
                    .arg(QFileInfo(m_result.pdfPath).fileName())
                    .arg(m_result.pngPaths.size())
                    .arg(QDir::toNativeSeparators(QFileInfo(m_result.pdfPath).absolutePath())),
                false);
    if (m_openFolder->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_result.pdfPath).absolutePath()));
    return true;
}

} // namespace Koso
