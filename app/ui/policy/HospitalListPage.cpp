#include "policy/HospitalListPage.h"

#include "policy/HospitalDialog.h"
#include "policy/HospitalFilterProxy.h"
#include "policy/HospitalTableModel.h"
#include "policy/MergeDialog.h"
#include "policy/OwnerGroupDialog.h"
#include "policy/OwnerGroupSuggester.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyImportDialog.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyVocabulary.h"
#include "storage/GeographyStore.h"
#include "storage/HospitalStore.h"
#include "widgets/TableLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Koso {

HospitalListPage::HospitalListPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_actions(new PolicyActions(dataset, undoStack))
    , m_model(new HospitalTableModel(this))
    , m_proxy(new HospitalFilterProxy(this))
    , m_view(new QTableView(this))
    , m_region(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_ownerGroup(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reverification(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_showMerged(new QCheckBox(tr("Show merged"), this))
    , m_count(new QLabel(this))
    , m_statusButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("hospitalListPage"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_ownerGroup->setObjectName(QStringLiteral("ownerGroupFilter"));
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_reverification->setObjectName(QStringLiteral("reverificationFilter"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_view->setObjectName(QStringLiteral("hospitalTable"));

    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(PolicyVocabulary::kindName(HospitalKind::Hospital),
                    int(HospitalKind::Hospital));
    m_kind->addItem(PolicyVocabulary::kindName(HospitalKind::Clinic), int(HospitalKind::Clinic));
    m_ownerGroup->addItem(tr("All owner groups"));
    for (OwnerGroup g :
         { OwnerGroup::Public, OwnerGroup::QuasiPublic, OwnerGroup::Private, OwnerGroup::Unknown })
        m_ownerGroup->addItem(PolicyVocabulary::ownerGroupName(g), int(g));
    m_role->addItem(tr("All roles"));
    for (const QString &key : PolicyVocabulary::roleKeys())
        m_role->addItem(PolicyVocabulary::roleName(key), key);
    m_status->addItem(tr("All statuses"));
    for (PolicyStatus s : allPolicyStatuses())
        m_status->addItem(PolicyVocabulary::statusName(s), int(s));
    m_reverification->addItem(tr("Re-verification: all"));
    m_reverification->addItem(tr("Re-verification targets"), true);
    m_reverification->addItem(tr("Not targets"), false);
    m_search->setPlaceholderText(tr("Search name or municipality"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Two-line headers; whole names and the beds by function in view at 1366×768, the
    // descriptive columns a right click on the header away.
    TableLayout::wrapHeaders(m_view, 72);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    TableLayout::addColumnMenu(m_view);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HospitalListPage::arrangeColumns);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *toolbar = new QToolBar(this);
    m_addAction = toolbar->addAction(tr("&Add hospital…"), this, &HospitalListPage::addHospital);
    m_editAction = toolbar->addAction(tr("&Edit hospital…"), this, &HospitalListPage::editHospital);
    m_mergeAction = toolbar->addAction(tr("&Merge…"), this, &HospitalListPage::mergeHospitals);
    m_statusButton->setText(tr("Set &status"));
    m_statusButton->setToolTip(
        tr("Set the policy status of the selected hospitals (one undo step)"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(m_statusButton);
    for (PolicyStatus s : allPolicyStatuses()) {
        statusMenu->addAction(PolicyVocabulary::statusName(s), this,
                              [this, s] { setStatusOfSelected(int(s)); });
    }
    m_statusButton->setMenu(statusMenu);
    toolbar->addWidget(m_statusButton);
    toolbar->addSeparator();
    m_exportAction
        = toolbar->addAction(tr("E&xport policy sheet…"), this, &HospitalListPage::exportSheet);
    m_exportAction->setToolTip(
        tr("Write the policy table for the hospitals to fill in (.xlsx or .csv); "
           "a region chosen in the filter limits it to that region"));
    m_exportAction->setObjectName(QStringLiteral("actionExportPolicySheet"));
    m_importAction
        = toolbar->addAction(tr("&Import policy sheet…"), this, &HospitalListPage::importSheet);
    toolbar->addSeparator();
    m_ownerGroupAction = toolbar->addAction(tr("Suggest &owner groups…"), this,
                                            &HospitalListPage::suggestOwnerGroups);
    m_ownerGroupAction->setObjectName(QStringLiteral("actionSuggestOwnerGroups"));
    m_ownerGroupAction->setToolTip(
        tr("MHLW's files carry no owner: suggest 公立 / 公的等 / 民間 from the names, to confirm"));
    m_view->addActions({ m_editAction, m_mergeAction, m_statusButton->menu()->menuAction() });
    m_statusButton->menu()->menuAction()->setText(tr("Set status"));

    auto *filters = new QHBoxLayout;
    for (QWidget *w :
         { static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_kind),
           static_cast<QWidget *>(m_ownerGroup), static_cast<QWidget *>(m_role),
           static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_reverification) })
        filters->addWidget(w);
    filters->addStretch();
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_showMerged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    for (QComboBox *box : { m_region, m_kind, m_ownerGroup, m_role, m_status, m_reverification }) {
        // As wide as the longest choice: six of them fit a 1366-pixel screen whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumWidth(72); // a narrower window may still shrink them
        connect(box, &QComboBox::currentIndexChanged, this, &HospitalListPage::applyFilter);
    }
    m_search->setMinimumWidth(120);
    connect(m_search, &QLineEdit::textChanged, this, &HospitalListPage::applyFilter);
    connect(m_showMerged, &QCheckBox::toggled, this, &HospitalListPage::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit hospitalActivated(index.data(HospitalTableModel::HospitalIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HospitalListPage::updateActions);
    connect(m_dataset, &Dataset::changed, this, &HospitalListPage::onDataChanged);
    reload();
}

HospitalListPage::~HospitalListPage()
{
    delete m_actions;
}

void HospitalListPage::onDataChanged(DataChanges changes)
{
    if (changes
        & (DataChange::Hospitals | DataChange::Policies | DataChange::Figures
           | DataChange::Geography))
        reload();
}

void HospitalListPage::reload()
{
    const QVector<qint64> selected = selectedHospitals();
    const QString region = m_region->currentData().toString();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItem(tr("All regions"));
        for (const Region &r : GeographyStore(*m_dataset).regions(m_dataset->homePrefectureCode()))
            m_region->addItem(r.name, r.code);
        m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
    }
    m_model->reload(*m_dataset, m_dataset->homePrefectureCode());
    applyFilter();
    selectHospitals(selected);
    m_view->resizeColumnsToContents();
}

void HospitalListPage::arrangeColumns()
{
    using Kind = HospitalTableModel::ColumnKind;
    if (m_arrangedColumns == m_model->columnCount())
        return;
    m_arrangedColumns = m_model->columnCount();
    QHeaderView *header = m_view->horizontalHeader();
    // Name, region, the beds and their total, then the policy; the rest hidden.
    int visual = 0;
    const auto place = [&](int logical) {
        if (logical >= 0 && header->visualIndex(logical) != visual)
            header->moveSection(header->visualIndex(logical), visual);
        ++visual;
    };
    place(m_model->columnOfKind(Kind::Name));
    place(m_model->columnOfKind(Kind::Region));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnKind(c) == Kind::Beds)
            place(c);
    }
    place(m_model->columnOfKind(Kind::TotalBeds));
    place(m_model->columnOfKind(Kind::Status));
    place(m_model->columnOfKind(Kind::Reverification));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const Kind kind = m_model->columnKind(c);
        m_view->setColumnHidden(c,
                                kind == Kind::Municipality || kind == Kind::Kind
                                    || kind == Kind::OwnerGroup || kind == Kind::Roles
                                    || kind == Kind::Metric);
    }
}

void HospitalListPage::applyFilter()
{
    HospitalFilter f;
    f.regionCode = m_region->currentData().toString();
    if (m_kind->currentIndex() > 0)
        f.kind = HospitalKind(m_kind->currentData().toInt());
    if (m_ownerGroup->currentIndex() > 0)
        f.ownerGroup = OwnerGroup(m_ownerGroup->currentData().toInt());
    f.role = m_role->currentData().toString();
    if (m_status->currentIndex() > 0)
        f.status = PolicyStatus(m_status->currentData().toInt());
    if (m_reverification->currentIndex() > 0)
        f.reverificationTarget = m_reverification->currentData().toBool();
    f.text = m_search->text();
    f.includeMerged = m_showMerged->isChecked();
    m_proxy->setFilter(f);
    m_count->setText(tr("%1 of %n hospital(s)", "", m_model->rowCount()).arg(m_proxy->rowCount()));
    updateActions();
}

QVector<qint64> HospitalListPage::selectedHospitals() const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(HospitalTableModel::HospitalIdRole).toLongLong();
    return ids;
}

void HospitalListPage::selectHospitals(const QVector<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOfHospital(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HospitalListPage::updateActions()
{
    const int n = int(selectedHospitals().size());
    m_editAction->setEnabled(n == 1);
    m_mergeAction->setEnabled(n >= 1);
    m_statusButton->setEnabled(n >= 1);
}

void HospitalListPage::suggestOwnerGroups()
{
    const QString area = m_dataset->homePrefectureCode();
    const QVector<OwnerGroupSuggestion> suggestions
        = OwnerGroupSuggester().forArea(*m_dataset, area);
    if (suggestions.isEmpty()) {
        QMessageBox::information(
            this, tr("Suggested owner groups"),
            tr("No facility without an owner group has a name that suggests one; set them on "
               "each hospital's page."));
        return;
    }
    OwnerGroupDialog dialog(m_actions, suggestions,
                            OwnerGroupSuggester::unsetCount(*m_dataset, area), this);
    dialog.exec();
}

bool HospitalListPage::setStatusOfSelected(int status)
{
    const QVector<qint64> ids = selectedHospitals();
    if (ids.isEmpty())
        return false;
    QString error;
    if (!m_actions->setStatus(ids, PolicyStatus(status), &error)) {
        QMessageBox::warning(this, tr("Set status"), error);
        return false;
    }
    return true;
}

void HospitalListPage::addHospital()
{
    Hospital h;
    h.regionCode = m_region->currentData().toString();
    HospitalDialog dialog(*m_dataset, h, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const qint64 id = m_actions->addHospital(dialog.hospital(), &error);
    if (id == 0) {
        QMessageBox::warning(this, tr("Add hospital"), error);
        return;
    }
    selectHospitals({ id });
}

void HospitalListPage::editHospital()
{
    const QVector<qint64> ids = selectedHospitals();
    if (ids.size() != 1)
        return;
    const auto h = HospitalStore(*m_dataset).hospital(ids.first());
    if (!h)
        return;
    HospitalDialog dialog(*m_dataset, *h, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_actions->editHospital(dialog.hospital(), &error))
        QMessageBox::warning(this, tr("Edit hospital"), error);
}

void HospitalListPage::mergeHospitals()
{
    QVector<Hospital> merging;
    HospitalStore store(*m_dataset);
    for (qint64 id : selectedHospitals()) {
        if (const auto h = store.hospital(id))
            merging << *h;
    }
    if (merging.isEmpty())
        return;
    MergeDialog dialog(*m_dataset, merging, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = dialog.intoNew()
        ? m_actions->mergeIntoNew(dialog.absorbed(), dialog.newHospital(), &error) != 0
        : m_actions->mergeInto(dialog.absorbed(), dialog.targetId(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Merge hospitals"), error);
}

void HospitalListPage::exportSheet()
{
    const QString region = m_region->currentData().toString();
    const QString area = region.isEmpty() ? m_dataset->homePrefectureCode() : region;
    const QString suggested
        = region.isEmpty() ? tr("policies.xlsx") : tr("policies-%1.xlsx").arg(region);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export policy sheet"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PolicySheet::write(*m_dataset, area, path, &error))
        QMessageBox::warning(this, tr("Export policy sheet"), error);
}

void HospitalListPage::importSheet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import policy sheet"), QString(),
                                                      tr("Policy sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    PolicyImportDialog dialog(*m_actions, this);
    dialog.loadFile(path);
    dialog.exec();
}

} // namespace Koso
