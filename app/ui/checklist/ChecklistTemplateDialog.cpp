#include "checklist/ChecklistTemplateDialog.h"
#include "widgets/ScreenFit.h"

#include "checklist/ChecklistEditor.h"
#include "checklist/TemplateExporter.h"
#include "util/JapaneseDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Koso {

namespace {
enum { NumberColumn, GenreColumn, TextColumn, BasisColumn };
}

ChecklistTemplateDialog::ChecklistTemplateDialog(ChecklistEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_versions(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_items(new QTableWidget(this))
    , m_save(new QPushButton(tr("Save as new version"), this))
{
    setWindowTitle(tr("Checklist templates"));
    m_info->setWordWrap(true);
    m_note->setMaximumHeight(70);
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({ tr("No."), tr("Genre"), tr("Item"), tr("Basis") });
    m_items->verticalHeader()->hide();
    // Rows follow the wrapped text as columns are resized.
    m_items->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->setWordWrap(true);
    m_items->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_items->setColumnWidth(NumberColumn, 40);
    m_items->setColumnWidth(GenreColumn, 150);
    m_items->setColumnWidth(BasisColumn, 140);

    auto *hint = new QLabel(tr("Editing item texts makes a new version of the template: new "
                               "assessments use it, earlier assessments keep the wording they "
                               "were answered against. To enter the official wording at once, "
                               "export the template, fill it in with Excel and import it."),
                            this);
    hint->setWordWrap(true);

    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAsNewVersion(); });
    connect(importButton, &QPushButton::clicked, this, &ChecklistTemplateDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &ChecklistTemplateDialog::chooseExport);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_versions);
    form->addRow(QString(), m_info);
    form->addRow(tr("Form title:"), m_title);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(1000, 720));

    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillItems();
    });
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            setModified(true);
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            setModified(true);
    });

    QString error;
    m_editor->store().ensureDefaultTemplate(&error);
    const auto current = m_editor->store().currentTemplate(&error);
    reloadVersions(current ? current->id : 0);
}

qint64 ChecklistTemplateDialog::shownTemplateId() const
{
    return m_versions->currentData().toLongLong();
}

void ChecklistTemplateDialog::showTemplate(qint64 id)
{
    const int i = m_versions->findData(id);
    if (i >= 0)
        m_versions->setCurrentIndex(i);
}

void ChecklistTemplateDialog::reloadVersions(qint64 select)
{
    QString error;
    m_templates = m_editor->store().templates(&error);
    m_filling = true;
    m_versions->clear();
    for (int i = int(m_templates.size()) - 1; i >= 0; --i) {
        const ChecklistTemplate &t = m_templates.at(i);
        m_versions->addItem(tr("%1 (%2, %3)")
                                .arg(t.displayName(), ChecklistTemplate::sourceLabel(t.source),
                                     JapaneseDate::display(t.createdAt.date())),
                            t.id);
    }
    m_versions->setCurrentIndex(qMax(0, m_versions->findData(select)));
    m_filling = false;
    fillItems();
}

void ChecklistTemplateDialog::fillItems()
{
    const qint64 id = shownTemplateId();
    const ChecklistTemplate *t = nullptr;
    for (const ChecklistTemplate &c : std::as_const(m_templates)) {
        if (c.id == id)
            t = &c;
    }
    m_filling = true;
    m_items->setRowCount(0);
    if (t) {
        QString error;
        const int used = m_editor->store().usageCount(t->id, &error);
        m_info->setText(tr("%1 genres, %2 items; answered in %3 assessments.")
                            .arg(t->genres.size())
                            .arg(t->items.size())
                            .arg(qMax(0, used)));
        m_title->setText(t->title);
        m_note->setPlainText(t->note);
        m_items->setRowCount(int(t->items.size()));
        for (int r = 0; r < t->items.size(); ++r) {
            const ChecklistItem &item = t->items.at(r);
            auto *number = new QTableWidgetItem(QString::number(item.number));
            auto *genre = new QTableWidgetItem(item.genre);
            for (QTableWidgetItem *fixed : { number, genre })
                fixed->setFlags(fixed->flags() & ~Qt::ItemIsEditable);
            m_items->setItem(r, NumberColumn, number);
            m_items->setItem(r, GenreColumn, genre);
            m_items->setItem(r, TextColumn, new QTableWidgetItem(item.text));
            m_items->setItem(r, BasisColumn, new QTableWidgetItem(item.basis));
        }
    }
    m_filling = false;
    setModified(false);
}

void ChecklistTemplateDialog::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(modified);
}

void ChecklistTemplateDialog::setItemText(int row, const QString &text)
{
    if (QTableWidgetItem *item = m_items->item(row, TextColumn))
        item->setText(text);
}

void ChecklistTemplateDialog::setItemBasis(int row, const QString &basis)
{
    if (QTableWidgetItem *item = m_items->item(row, BasisColumn))
        item->setText(basis);
}

ChecklistTemplate ChecklistTemplateDialog::editedTemplate() const
{
    ChecklistTemplate t;
    for (const ChecklistTemplate &c : m_templates) {
        if (c.id == shownTemplateId())
            t = c;
    }
    t.basedOn = t.id;
    t.source = ChecklistTemplate::Source::Edited;
    t.title = m_title->text().trimmed();
    t.note = m_note->toPlainText().trimmed();
    for (int r = 0; r < t.items.size() && r < m_items->rowCount(); ++r) {
        t.items[r].text = m_items->item(r, TextColumn)->text().simplified();
        t.items[r].basis = m_items->item(r, BasisColumn)->text().simplified();
    }
    return t;
}

qint64 ChecklistTemplateDialog::saveAsNewVersion()
{
    const ChecklistTemplate t = editedTemplate();
    if (t.id == 0)
        return 0;
    const qint64 id = m_editor->addTemplateVersion(
        t, tr("Edit the checklist template (%1)").arg(t.displayName()));
    if (id == 0) {
        QMessageBox::warning(this, tr("Checklist templates"), m_editor->lastError());
        return 0;
    }
    reloadVersions(id);
    return id;
}

qint64 ChecklistTemplateDialog::importFile(const QString &path)
{
    QString name;
    for (const ChecklistTemplate &c : std::as_const(m_templates)) {
        if (c.id == shownTemplateId())
            name = c.name;
    }
    const qint64 id = m_editor->importTemplate(path, name);
    if (id == 0) {
        QMessageBox::warning(this, tr("Import a template"),
                             tr("%1 was not imported; nothing changed.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), m_editor->lastError()));
        return 0;
    }
    reloadVersions(id);
    return id;
}

bool ChecklistTemplateDialog::exportFile(const QString &path, QString *error) const
{
    return TemplateExporter::write(editedTemplate(), path, error);
}

void ChecklistTemplateDialog::chooseImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a template"), QString(),
                                       tr("Templates (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"));
    if (!path.isEmpty())
        importFile(path);
}

void ChecklistTemplateDialog::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the template"),
                                                tr("checklist-template.xlsx"),
                                                tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFile(path, &error))
        QMessageBox::warning(this, tr("Export the template"), error);
}

} // namespace Koso
