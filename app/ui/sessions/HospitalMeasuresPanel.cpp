#include "sessions/HospitalMeasuresPanel.h"

#include "sessions/SupportDialogs.h"

#include "document/DatasetCommand.h"
#include "measures/MeasureCommands.h"
#include "measures/MeasureStore.h"
#include "sessions/SessionsChange.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Koso {

HospitalMeasuresPanel::HospitalMeasuresPanel(Dataset *dataset, QUndoStack *undoStack,
                                             QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_undoStack(undoStack)
    , m_table(new QTableWidget(0, 5, this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("Add Measure…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("hospitalMeasures"));
    m_table->setObjectName(QStringLiteral("hospitalMeasuresTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Measure"), tr("Stage"), tr("Fiscal year"), tr("Amount"), tr("Note") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("hospitalMeasuresEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #555; padding: 24px;"));
    m_empty->setText(tr("No support measure is linked to this hospital. When it plans to use "
                        "one of the catalogue (the fund, tax relief, WAM's loans …) or has used "
                        "one, add it with Add Measure…, with the fiscal year and the amount "
                        "where known."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addStretch();
    connect(m_add, &QPushButton::clicked, this, &HospitalMeasuresPanel::addUse);
    connect(m_edit, &QPushButton::clicked, this, &HospitalMeasuresPanel::editUse);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HospitalMeasuresPanel::editUse);
    connect(m_remove, &QPushButton::clicked, this, &HospitalMeasuresPanel::removeUse);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedUse() != 0);
        m_remove->setEnabled(selectedUse() != 0);
    });
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes & (SessionsChange | DataChange::Hospitals))
            reload();
    });
    reload();
}

void HospitalMeasuresPanel::setHospital(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    reload();
}

qint64 HospitalMeasuresPanel::selectedUse() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void HospitalMeasuresPanel::reload()
{
    const qint64 keep = selectedUse();
    m_table->setRowCount(0);
    MeasureStore store(*m_dataset);
    const QVector<MeasureUse> uses
        = m_hospitalId ? store.usesOfHospital(m_hospitalId) : QVector<MeasureUse>();
    QHash<QString, QString> names;
    for (const SupportMeasure &m : store.catalogue())
        names.insert(m.id, m.name);
    m_table->setRowCount(int(uses.size()));
    for (int r = 0; r < uses.size(); ++r) {
        const MeasureUse &u = uses.at(r);
        auto *name = new QTableWidgetItem(names.value(u.measureId, u.measureId));
        name->setData(Qt::UserRole, u.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(MeasureUse::stageName(u.stage)));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(u.fiscalYear
                                                  ? JapaneseDate::fiscalYearLabel(u.fiscalYear)
                                                  : QString()));
        auto *amount = new QTableWidgetItem(MeasureUse::amountText(u.amountYen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 3, amount);
        m_table->setItem(r, 4, new QTableWidgetItem(u.note));
        if (u.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 360));
    m_table->setVisible(!uses.isEmpty());
    m_empty->setVisible(uses.isEmpty());
    m_add->setEnabled(m_hospitalId != 0);
    m_edit->setEnabled(selectedUse() != 0);
    m_remove->setEnabled(selectedUse() != 0);
}

bool HospitalMeasuresPanel::push(DatasetCommand *command)
{
    QString error;
    if (!m_undoStack || !DatasetCommand::push(m_undoStack, command, &error)) {
        QMessageBox::warning(this, tr("Support Measures"), error);
        return false;
    }
    return true;
}

void HospitalMeasuresPanel::addUse()
{
    if (!m_hospitalId)
        return;
    MeasureUse use;
    use.hospitalId = m_hospitalId;
    MeasureUseDialog dialog(m_dataset, use, this);
    dialog.lockHospital();
    if (dialog.exec() == QDialog::Accepted)
        push(new SaveMeasureUseCommand(m_dataset, std::nullopt, dialog.use()));
}

void HospitalMeasuresPanel::editUse()
{
    const auto before = MeasureStore(*m_dataset).use(selectedUse());
    if (!before)
        return;
    MeasureUseDialog dialog(m_dataset, *before, this);
    dialog.lockHospital();
    if (dialog.exec() == QDialog::Accepted && !(dialog.use() == *before))
        push(new SaveMeasureUseCommand(m_dataset, before, dialog.use()));
}

void HospitalMeasuresPanel::removeUse()
{
    const auto before = MeasureStore(*m_dataset).use(selectedUse());
    if (before)
        push(new SaveMeasureUseCommand(m_dataset, before, std::nullopt));
}

} // namespace Koso
