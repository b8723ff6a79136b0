#include "policy/PolicyImportDialog.h"

#include "council/CouncilStore.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyField.h"
#include "policy/PolicyVocabulary.h"
#include "storage/Dataset.h"
#include "storage/FigureStore.h"
#include "storage/HospitalStore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Koso {

PolicyImportDialog::PolicyImportDialog(PolicyActions &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import policy sheet"));
    resize(820, 520);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply all changes"));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PolicyImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool PolicyImportDialog::canApply() const
{
    return m_preview.ok() && !m_preview.changes.isEmpty();
}

void PolicyImportDialog::loadFile(const QString &path)
{
    Dataset &dataset = *m_actions.dataset();
    m_preview = PolicySheet::readFile(dataset, path);
    const QString file = QFileInfo(path).fileName();
    m_table->clear();
    if (!m_preview.ok()) {
        m_summary->setText(tr("<b>%1 cannot be imported</b>: %n problem(s) were found. Nothing "
                              "will be changed; correct the sheet and import it again.",
                              "", m_preview.errorCount())
                               .arg(file.toHtmlEscaped()));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
        const int listed = int(m_preview.errors.size());
        m_table->setRowCount(listed + (m_preview.errorsNotListed > 0 ? 1 : 0));
        for (int r = 0; r < listed; ++r) {
            const PolicySheetIssue &e = m_preview.errors.at(r);
            m_table->setItem(
                r, 0, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QString()));
            m_table->setItem(r, 1, new QTableWidgetItem(e.column));
            m_table->setItem(r, 2, new QTableWidgetItem(e.message));
        }
        if (m_preview.errorsNotListed > 0)
            m_table->setItem(listed, 2, new QTableWidgetItem(m_preview.moreErrorsText()));
    } else {
        m_summary->setText(
            m_preview.changes.isEmpty()
                ? tr("%1: %n row(s) read; nothing differs from the dataset.", "",
                     m_preview.rowsRead)
                      .arg(file.toHtmlEscaped())
                : tr("%1: %n row(s) read. The changes below will be written together and can be "
                     "undone in one step.",
                     "", m_preview.rowsRead)
                      .arg(file.toHtmlEscaped()));
        HospitalStore hospitals(dataset);
        CouncilStore councils(dataset);
        const BedFunctionList functions = FigureStore(dataset).bedFunctions();
        QHash<qint64, QString> names;
        const auto shown = [&](const QString &field, const QString &value) {
            if (value.isEmpty())
                return QString();
            if (field == PolicyField::AgreedMeetingId) {
                const auto m = councils.meeting(value.toLongLong());
                return m ? councils.meetingLabel(*m) : value;
            }
            return PolicyVocabulary::displayValue(field, value);
        };
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels(
            { tr("Hospital"), tr("Field"), tr("Now"), tr("After import") });
        m_table->setRowCount(int(m_preview.changes.size()));
        for (int r = 0; r < m_preview.changes.size(); ++r) {
            const PolicyValueChange &c = m_preview.changes.at(r);
            auto it = names.find(c.hospitalId);
            if (it == names.end()) {
                const auto h = hospitals.hospital(c.hospitalId);
                it = names.insert(c.hospitalId, h ? h->name : QString::number(c.hospitalId));
            }
            m_table->setItem(r, 0, new QTableWidgetItem(*it));
            m_table->setItem(r, 1,
                             new QTableWidgetItem(PolicyVocabulary::fieldName(c.field, functions)));
            m_table->setItem(r, 2, new QTableWidgetItem(shown(c.field, c.oldValue)));
            m_table->setItem(r, 3, new QTableWidgetItem(shown(c.field, c.newValue)));
        }
    }
    m_table->resizeColumnsToContents();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(canApply());
}

void PolicyImportDialog::accept()
{
    if (!canApply())
        return;
    QString error;
    if (!m_actions.importSheet(m_preview, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
