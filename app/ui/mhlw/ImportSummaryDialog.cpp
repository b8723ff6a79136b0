#include "mhlw/ImportSummaryDialog.h"

#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Koso {

namespace {

QString measureName(Measure m)
{
    switch (m) {
    case Measure::Reported:
        return ImportSummaryDialog::tr("Reported");
    case Measure::Planned:
        return ImportSummaryDialog::tr("Planned");
    case Measure::Required:
        return ImportSummaryDialog::tr("Required");
    }
    return QString();
}

QListWidget *facilityList(const QVector<FacilityRef> &facilities)
{
    auto *list = new QListWidget;
    for (const FacilityRef &f : facilities)
        list->addItem(ImportSummary::describe(f));
    return list;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary &summary, Dataset &dataset,
                                         QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_dataset(dataset)
{
    setWindowTitle(tr("Import summary"));
    resize(860, 560);
    auto *layout = new QVBoxLayout(this);
    const int warnings = m_summary.warningCount();
    auto *headline = new QLabel(
        m_summary.nothingChanged()
            ? tr("Every file had been imported before: nothing changed.")
            : tr("%n file(s) imported.", nullptr, int(m_summary.files.size())) + QLatin1Char(' ')
                + (warnings > 0 ? tr("%n warning(s): please read them.", nullptr, warnings)
                                : tr("Every cross-check agreed.")));
    headline->setWordWrap(true);
    layout->addWidget(headline);

    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    // Files.
    auto *files = new QListWidget;
    for (const FileImportSummary &f : m_summary.files)
        files->addItem(ImportSummary::fileText(f));
    m_tabs->addTab(files, tr("Files"));

    // Figures that changed.
    auto *changes = new QTableWidget(int(m_summary.changes.size()), 7);
    changes->setHorizontalHeaderLabels({ tr("Area"), tr("Measure"), tr("Year"), tr("Function"),
                                         tr("Before"), tr("After"), tr("In use") });
    changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changes->verticalHeader()->hide();
    for (int i = 0; i < m_summary.changes.size(); ++i) {
        const FigureChange &c = m_summary.changes.at(i);
        const QStringList cells = {
            QStringLiteral("%1 %2").arg(c.areaCode, c.areaName),
            measureName(c.measure),
            QString::number(c.year),
            c.functionName,
            tr("%1 (%2)").arg(ImportSummary::valueText(c.before), c.beforeEdition),
            tr("%1 (%2)").arg(ImportSummary::valueText(c.after), c.afterEdition),
            c.newerKept ? c.beforeEdition : c.afterEdition,
        };
        for (int col = 0; col < cells.size(); ++col)
            changes->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    changes->resizeColumnsToContents();
    m_tabs->addTab(changes, tr("Changed figures (%1)").arg(m_summary.changes.size()));

    // Facilities against the previous edition.
    auto *facilities = new QWidget;
    auto *fl = new QVBoxLayout(facilities);
    if (m_summary.comparedEdition.isEmpty()) {
        fl->addWidget(new QLabel(tr("No earlier list of facilities to compare with.")));
    } else {
        fl->addWidget(new QLabel(
            tr("%1 compared with %2.").arg(m_summary.importedEdition, m_summary.comparedEdition)));
        fl->addWidget(new QLabel(tr("Look renamed (%1): check the pairs that are the same "
                                    "facility.")
                                     .arg(m_summary.renameCandidates.size())));
        m_renames = new QListWidget;
        for (const RenameCandidate &r : m_summary.renameCandidates) {
            auto *item = new QListWidgetItem(
                tr("%1 → %2 (%3)").arg(ImportSummary::describe(r.before), r.after.name, r.reason));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_renames->addItem(item);
        }
        fl->addWidget(m_renames);
        m_confirm = new QPushButton(tr("Treat the checked pairs as one facility"));
        m_confirm->setEnabled(!m_summary.renameCandidates.isEmpty());
        connect(m_confirm, &QPushButton::clicked, this,
                &ImportSummaryDialog::confirmCheckedRenames);
        fl->addWidget(m_confirm);
        fl->addWidget(new QLabel(tr("New (%1):").arg(m_summary.newFacilities.size())));
        fl->addWidget(facilityList(m_summary.newFacilities));
        fl->addWidget(
            new QLabel(tr("No longer listed (%1):").arg(m_summary.vanishedFacilities.size())));
        fl->addWidget(facilityList(m_summary.vanishedFacilities));
    }
    m_tabs->addTab(facilities, tr("Facilities"));

    // Hospital locations (医療情報ネット): matches, kinds settled, regions that disagree.
    if (!m_summary.locationLines.isEmpty()) {
        auto *locations = new QPlainTextEdit; // plain text: names from data stay text
        locations->setObjectName(QStringLiteral("importLocations"));
        locations->setReadOnly(true);
        locations->setPlainText(m_summary.locationLines.join(QLatin1Char('\n')));
        m_tabs->addTab(locations, tr("Hospital locations"));
    }

    // Warnings.
    auto *warningText = new QPlainTextEdit;
    warningText->setReadOnly(true);
    QStringList all = m_summary.warnings;
    for (const FileImportSummary &f : m_summary.files)
        all << f.warnings;
    warningText->setPlainText(all.isEmpty() ? tr("No warnings: every cross-check agreed.")
                                            : all.join(QLatin1Char('\n')));
    m_tabs->addTab(warningText, tr("Warnings (%1)").arg(warnings));
    if (warnings > 0)
        m_tabs->setCurrentWidget(warningText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("Save as text…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ImportSummaryDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ImportSummaryDialog::chooseFileAndSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the import summary"), QDir::home().filePath(tr("import-summary.txt")),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (!saveAsText(path))
        QMessageBox::warning(this, tr("Save the import summary"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

bool ImportSummaryDialog::saveAsText(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write(m_summary.toText().toUtf8());
    return file.commit();
}

bool ImportSummaryDialog::confirmCheckedRenames()
{
    if (!m_renames)
        return false;
    HospitalStore store(m_dataset);
    Transaction tx(m_dataset.database());
    QString error;
    int confirmed = 0;
    for (int i = 0; i < m_renames->count(); ++i) {
        QListWidgetItem *item = m_renames->item(i);
        if (item->checkState() != Qt::Checked || !(item->flags() & Qt::ItemIsEnabled))
            continue;
        const RenameCandidate &r = m_summary.renameCandidates.at(i);
        std::optional<Hospital> before = store.hospital(r.before.hospitalId);
        if (!before)
            continue;
        before->mergedInto = r.after.hospitalId;
        if (!store.update(*before, &error)) {
            QMessageBox::warning(this, tr("Confirm renamed facilities"), error);
            return false;
        }
        ++confirmed;
    }
    if (!tx.commit()) {
        QMessageBox::warning(this, tr("Confirm renamed facilities"), tx.errorMessage());
        return false;
    }
    for (int i = 0; i < m_renames->count(); ++i) {
        QListWidgetItem *item = m_renames->item(i);
        if (item->checkState() == Qt::Checked)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (confirmed > 0)
        m_dataset.notifyChanged(DataChange::Hospitals);
    return true;
}

} // namespace Koso
