#include "policy/OwnerGroupDialog.h"

#include "policy/PolicyActions.h"
#include "policy/PolicyVocabulary.h"
#include "policy/SetPolicyValuesCommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Koso {

namespace {

enum Column { Name, Municipality, Group, Word, ColumnCount };

} // namespace

OwnerGroupDialog::OwnerGroupDialog(PolicyActions *actions,
                                   const QVector<OwnerGroupSuggestion> &suggestions, int unsetCount,
                                   QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_suggestions(suggestions)
{
    setObjectName(QStringLiteral("ownerGroupDialog"));
    setWindowTitle(tr("Suggested owner groups"));
    auto *intro = new QLabel(
        tr("MHLW's workbooks do not say who owns a facility, so %n facilities have no owner "
           "group (公立 / 公的等 / 民間). For %1 of them the legal-entity words of the name "
           "suggest "
           "one. Untick what is wrong; the ticked ones are set as one step that Edit › Undo "
           "takes back. The others stay unset: set them on the hospital's page.",
           nullptr, unsetCount)
            .arg(suggestions.size()),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(suggestions.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Facility"), tr("Municipality"), tr("Suggested group"), tr("Because of") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int i = 0; i < suggestions.size(); ++i) {
        const OwnerGroupSuggestion &s = suggestions.at(i);
        auto *name = new QTableWidgetItem(s.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        m_table->setItem(i, Name, name);
        m_table->setItem(i, Municipality, new QTableWidgetItem(s.municipality));
        m_table->setItem(i, Group, new QTableWidgetItem(PolicyVocabulary::ownerGroupName(s.group)));
        m_table->setItem(i, Word, new QTableWidgetItem(tr("「%1」").arg(s.word)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, &OwnerGroupDialog::updateCount);

    auto *all = new QPushButton(tr("Tick &all"), this);
    all->setObjectName(QStringLiteral("tickAllButton"));
    auto *none = new QPushButton(tr("Tick &none"), this);
    none->setObjectName(QStringLiteral("tickNoneButton"));
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto *ticks = new QHBoxLayout;
    ticks->addWidget(all);
    ticks->addWidget(none);
    ticks->addStretch();
    ticks->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set ticked groups"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnerGroupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(ticks);
    layout->addWidget(buttons);
    resize(820, 560);
    updateCount();
}

QVector<OwnerGroupSuggestion> OwnerGroupDialog::checkedSuggestions() const
{
    QVector<OwnerGroupSuggestion> out;
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (m_table->item(i, Name)->checkState() == Qt::Checked)
            out << m_suggestions.at(i);
    }
    return out;
}

void OwnerGroupDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->item(i, Name)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void OwnerGroupDialog::updateCount()
{
    if (m_count)
        m_count->setText(
            tr("%1 of %2 ticked").arg(checkedSuggestions().size()).arg(m_suggestions.size()));
}

void OwnerGroupDialog::accept()
{
    QString error;
    auto command = OwnerGroupSuggester::command(m_actions->dataset(), checkedSuggestions(), &error);
    if (!command && !error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (command && !m_actions->push(command.release(), &error)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The owner groups were not set: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace Koso
