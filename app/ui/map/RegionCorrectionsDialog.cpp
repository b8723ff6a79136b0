#include "map/RegionCorrectionsDialog.h"

#include "document/Document.h"
#include "map/MapGeometry.h"
#include "map/RegionOverrides.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Koso {

namespace {

QString regionLabel(const QString &code, const QHash<QString, QString> &names,
                    const MapGeometry &geometry)
{
    const QString name = names.value(code, geometry.regionName(code));
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

MoveMunicipalityDialog::MoveMunicipalityDialog(const MapGeometry &pristine,
                                               const QString &municipalityCode,
                                               const QString &currentRegion,
                                               const QHash<QString, QString> &regionNames,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("moveMunicipalityDialog"));
    setWindowTitle(tr("Move to region"));
    const int index = pristine.municipalityIndex(municipalityCode);
    const QString name = index >= 0 ? pristine.municipalities().at(index).name : municipalityCode;
    const QString shipped = index >= 0 ? pristine.municipalities().at(index).regionCode : QString();
    auto *form = new QFormLayout;
    auto *muni = new QLabel(QStringLiteral("%1 (%2)").arg(name, municipalityCode), this);
    muni->setTextFormat(Qt::PlainText);
    form->addRow(tr("Municipality:"), muni);
    auto *now = new QLabel(regionLabel(currentRegion, regionNames, pristine), this);
    now->setTextFormat(Qt::PlainText);
    form->addRow(tr("Now drawn in:"), now);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    for (const QString &code : pristine.regionCodes(municipalityCode.left(2))) {
        QString label = regionLabel(code, regionNames, pristine);
        if (code == shipped)
            label = tr("%1 — as shipped (国土数値情報 A38)").arg(label);
        m_region->addItem(label, code);
    }
    setRegionCode(currentRegion);
    form->addRow(tr("Region:"), m_region);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why (e.g. the council's decision of 令和7年3月)"));
    form->addRow(tr("Note:"), m_note);
    auto *explain = new QLabel(tr("Only the maps follow: the region figures keep coming from "
                                  "MHLW's tables."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(buttons);
}

QString MoveMunicipalityDialog::regionCode() const
{
    return m_region->currentData().toString();
}

void MoveMunicipalityDialog::setRegionCode(const QString &code)
{
    const int i = m_region->findData(code);
    if (i >= 0)
        m_region->setCurrentIndex(i);
}

QString MoveMunicipalityDialog::note() const
{
    return m_note->text().trimmed();
}

void MoveMunicipalityDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

RegionCorrectionsDialog::RegionCorrectionsDialog(Document *document,
                                                 const QHash<QString, QString> &regionNames,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_regionNames(regionNames)
{
    setObjectName(QStringLiteral("regionCorrectionsDialog"));
    setWindowTitle(tr("Region corrections"));
    auto *intro = new QLabel(tr("Municipalities the maps draw in another region than the "
                                "shipped table (国土数値情報 A38). Right-click a municipality on "
                                "the map to move it."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("correctionsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Municipality"), tr("Shipped region"), tr("Drawn in"),
                                         tr("Note"), tr("Changed"), tr("By") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_revert = new QPushButton(tr("Restore the shipped region"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_table->currentRow() >= 0 && !revertRow(m_table->currentRow(), &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_revert->setEnabled(m_table->currentRow() >= 0); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 360);
    if (m_document)
        connect(m_document, &Document::changed, this, &RegionCorrectionsDialog::reload);
    reload();
}

void RegionCorrectionsDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_document)
        return;
    const MapGeometry &pristine = MapGeometry::shared();
    const auto overrides = RegionOverrides::all(*m_document->dataset());
    m_table->setRowCount(int(overrides.size()));
    for (int row = 0; row < overrides.size(); ++row) {
        const RegionOverride &o = overrides.at(row);
        const int i = pristine.municipalityIndex(o.municipalityCode);
        const QString name = i >= 0 ? pristine.municipalities().at(i).name : QString();
        const QString shipped = i >= 0 ? pristine.municipalities().at(i).regionCode : QString();
        auto *muni = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(name, o.municipalityCode));
        muni->setData(Qt::UserRole, o.municipalityCode);
        m_table->setItem(row, 0, muni);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(regionLabel(shipped, m_regionNames, pristine)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(regionLabel(o.regionCode, m_regionNames, pristine)));
        m_table->setItem(row, 3, new QTableWidgetItem(o.note));
        m_table->setItem(
            row, 4, new QTableWidgetItem(QLocale().toString(o.changedAt, QLocale::ShortFormat)));
        m_table->setItem(row, 5, new QTableWidgetItem(o.changedBy));
    }
    m_table->resizeColumnsToContents();
    m_revert->setEnabled(m_table->currentRow() >= 0);
}

bool RegionCorrectionsDialog::revertRow(int row, QString *error)
{
    if (!m_document || row < 0 || row >= m_table->rowCount())
        return false;
    const QString code = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 0)->text();
    return DatasetCommand::push(
        m_document->undoStack(),
        new MoveMunicipalityCommand(m_document->dataset(), code, name, QString()), error);
}

} // namespace Koso
