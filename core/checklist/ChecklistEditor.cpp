#include "checklist/ChecklistEditor.h"

#include "checklist/ChecklistCommand.h"
#include "checklist/TemplateImporter.h"
#include "storage/Dataset.h"
#include "util/JapaneseDate.h"

#include <QFileInfo>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace Koso {

namespace {
enum Field { AnswerField, RemarksField, SectionField };

// A command that stores *added through add, which gives it its ids; undo removes it by id and
// redo brings it back with the same ids, so *added is what the dataset holds.
template<typename T>
ChecklistCommand *addition(ChecklistStore *store, const QString &text, std::shared_ptr<T> added,
                           std::optional<T> (ChecklistStore::*add)(const T &, QString *),
                           bool (ChecklistStore::*remove)(qint64, QString *))
{
    return new ChecklistCommand(
        store, text,
        [added, add](ChecklistStore &s, QString *e) {
            const std::optional<T> stored = (s.*add)(*added, e);
            if (stored)
                *added = *stored;
            return stored.has_value();
        },
        [added, remove](ChecklistStore &s, QString *e) { return (s.*remove)(added->id, e); });
}
} // namespace

ChecklistEditor::ChecklistEditor(Dataset *dataset, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_dataset(dataset)
    , m_undoStack(undoStack)
    , m_store(dataset)
{ }

bool ChecklistEditor::push(ChecklistCommand *command)
{
    m_lastError.clear();
    return DatasetCommand::push(m_undoStack, command, &m_lastError);
}

template<typename State, typename Write>
bool ChecklistEditor::pushChange(const QString &text, const State &before, const State &after,
                                 Write write)
{
    return push(new ChecklistCommand(
        &m_store, text, [=](ChecklistStore &s, QString *e) { return write(s, after, e); },
        [=](ChecklistStore &s, QString *e) { return write(s, before, e); }));
}

bool ChecklistEditor::setField(qint64 assessmentId, qint64 itemId, int field, const QVariant &value)
{
    m_lastError.clear();
    const auto assessment = m_store.loadAssessment(assessmentId, &m_lastError);
    if (!assessment)
        return false;
    const ChecklistItem *item = assessment->checklistTemplate.itemById(itemId);
    if (!item) {
        m_lastError = tr("The item %1 is not part of the assessment's template.").arg(itemId);
        return false;
    }
    ChecklistEntry entry = assessment->entry(itemId);
    QString text;
    switch (field) {
    case AnswerField:
        entry.answer = ChecklistAnswer(value.toInt());
        text = tr("Answer No. %1: %2")
                   .arg(item->number)
                   .arg(ChecklistEntry::answerLabel(entry.answer));
        break;
    case RemarksField:
        entry.remarks = value.toString().trimmed();
        text = tr("Edit the remarks of No. %1").arg(item->number);
        break;
    case SectionField:
        entry.section = value.toString().trimmed();
        text = tr("Edit the section in charge of No. %1").arg(item->number);
        break;
    }
    return setEntries(assessmentId, { { itemId, entry } }, text);
}

bool ChecklistEditor::setAnswer(qint64 assessmentId, qint64 itemId, ChecklistAnswer answer)
{
    return setField(assessmentId, itemId, AnswerField, int(answer));
}

bool ChecklistEditor::setRemarks(qint64 assessmentId, qint64 itemId, const QString &remarks)
{
    return setField(assessmentId, itemId, RemarksField, remarks);
}

bool ChecklistEditor::setSection(qint64 assessmentId, qint64 itemId, const QString &section)
{
    return setField(assessmentId, itemId, SectionField, section);
}

bool ChecklistEditor::setEntries(qint64 assessmentId, const QHash<qint64, ChecklistEntry> &entries,
                                 const QString &description)
{
    m_lastError.clear();
    const auto assessment = m_store.loadAssessment(assessmentId, &m_lastError);
    if (!assessment)
        return false;
    QHash<qint64, ChecklistEntry> before;
    QHash<qint64, ChecklistEntry> after;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const ChecklistEntry old = assessment->entry(it.key());
        if (old != it.value()) {
            before.insert(it.key(), old);
            after.insert(it.key(), it.value());
        }
    }
    if (after.isEmpty())
        return true; // nothing changes: no undo step
    return pushChange(description, before, after,
                      [assessmentId](ChecklistStore &s, const auto &entries, QString *e) {
                          return s.setEntries(assessmentId, entries, e);
                      });
}

bool ChecklistEditor::setHeader(qint64 assessmentId, int fiscalYear, const QDate &filledOn,
                                const QString &title)
{
    m_lastError.clear();
    const auto assessment = m_store.loadAssessment(assessmentId, &m_lastError);
    if (!assessment)
        return false;
    struct Header
    {
        int fiscalYear = 0;
        QDate filledOn;
        QString title;
    };
    const Header before { assessment->fiscalYear, assessment->filledOn, assessment->title };
    const Header after { fiscalYear, filledOn, title.trimmed() };
    if (before.fiscalYear == after.fiscalYear && before.filledOn == after.filledOn
        && before.title == after.title)
        return true;
    QString text;
    if (before.filledOn != after.filledOn)
        text = tr("Change the date of filling in to %1").arg(JapaneseDate::display(filledOn));
    else if (before.fiscalYear != after.fiscalYear)
        text = tr("Change the fiscal year to %1").arg(JapaneseDate::fiscalYearLabel(fiscalYear));
    else
        text = tr("Rename the assessment");
    return pushChange(text, before, after,
                      [assessmentId](ChecklistStore &s, const Header &h, QString *e) {
                          return s.setHeader(assessmentId, h.fiscalYear, h.filledOn, h.title, e);
                      });
}

qint64 ChecklistEditor::createAssessment(int fiscalYear, const QDate &filledOn,
                                         const QString &title, qint64 copyFrom, qint64 templateId)
{
    m_lastError.clear();
    if (!m_store.ensureDefaultTemplate(&m_lastError))
        return 0;
    const auto t = templateId > 0 ? m_store.loadTemplate(templateId, &m_lastError)
                                  : m_store.currentTemplate(&m_lastError);
    if (!t)
        return 0;
    Assessment a;
    QString text;
    if (copyFrom > 0) {
        const auto previous = m_store.loadAssessment(copyFrom, &m_lastError);
        if (!previous)
            return 0;
        a = Assessment::copyOf(*previous, *t, fiscalYear, filledOn);
        text = tr("New assessment for %1 as a copy of %2")
                   .arg(JapaneseDate::fiscalYearLabel(fiscalYear),
                        JapaneseDate::fiscalYearLabel(previous->fiscalYear));
    } else {
        a = Assessment::blank(*t, fiscalYear, filledOn);
        text = tr("New assessment for %1").arg(JapaneseDate::fiscalYearLabel(fiscalYear));
    }
    a.title = title.trimmed();
    const auto added = std::make_shared<Assessment>(a);
    return push(addition(&m_store, text, added, &ChecklistStore::addAssessment,
                         &ChecklistStore::deleteAssessment))
        ? added->id
        : 0;
}

bool ChecklistEditor::deleteAssessment(qint64 assessmentId)
{
    m_lastError.clear();
    const auto assessment = m_store.loadAssessment(assessmentId, &m_lastError);
    if (!assessment)
        return false;
    const Assessment removed = *assessment;
    return push(new ChecklistCommand(
        &m_store,
        tr("Delete the assessment %1").arg(JapaneseDate::fiscalYearLabel(assessment->fiscalYear)),
        [removed](ChecklistStore &s, QString *e) { return s.deleteAssessment(removed.id, e); },
        [removed](ChecklistStore &s, QString *e) {
            return s.addAssessment(removed, e).has_value();
        }));
}

qint64 ChecklistEditor::addTemplateVersion(const ChecklistTemplate &checklistTemplate,
                                           const QString &description)
{
    m_lastError.clear();
    ChecklistTemplate t = checklistTemplate;
    t.id = 0;
    t.version = 0;
    t.createdAt = QDateTime();
    for (ChecklistItem &item : t.items)
        item.id = 0;
    const QStringList problems = t.problems();
    if (!problems.isEmpty()) {
        m_lastError = problems.join(QLatin1Char('\n'));
        return 0;
    }
    const auto added = std::make_shared<ChecklistTemplate>(t);
    return push(addition(&m_store, description, added, &ChecklistStore::addTemplate,
                         &ChecklistStore::deleteTemplate))
        ? added->id
        : 0;
}

qint64 ChecklistEditor::importTemplate(const QString &path, const QString &name)
{
    m_lastError.clear();
    ChecklistTemplate t;
    if (!TemplateImporter::readFile(path, &t, &m_lastError))
        return 0;
    if (!m_store.ensureDefaultTemplate(&m_lastError))
        return 0;
    const auto current = m_store.currentTemplate(&m_lastError);
    if (!current)
        return 0;
    t.name = name.trimmed().isEmpty() ? current->name : name.trimmed();
    // The form keeps the title of the template it replaces; the note says where the wording
    // came from (the bundled template's note about unofficial wording no longer applies).
    const qint64 sameName = m_store.latestVersionId(t.name, &m_lastError);
    const auto base = sameName > 0 ? m_store.loadTemplate(sameName, &m_lastError) : current;
    if (!base)
        return 0;
    t.title = base->title;
    t.note = tr("Imported from %1 on %2.")
                 .arg(QFileInfo(path).fileName(), JapaneseDate::display(QDate::currentDate()));
    t.basedOn = sameName;
    t.source = ChecklistTemplate::Source::Imported;
    return addTemplateVersion(
        t, tr("Import the checklist template %1").arg(QFileInfo(path).fileName()));
}

bool ChecklistEditor::switchTemplate(qint64 assessmentId, qint64 templateId)
{
    m_lastError.clear();
    const auto assessment = m_store.loadAssessment(assessmentId, &m_lastError);
    if (!assessment)
        return false;
    if (assessment->templateId() == templateId)
        return true;
    const auto t = m_store.loadTemplate(templateId, &m_lastError);
    if (!t)
        return false;
    struct State
    {
        qint64 templateId = 0;
        QHash<qint64, ChecklistEntry> entries;
    };
    const State before { assessment->templateId(), assessment->entries };
    const State after { templateId, Assessment::carryOver(*assessment, *t) };
    return pushChange(tr("Answer against %1").arg(t->displayName()), before, after,
                      [assessmentId](ChecklistStore &s, const State &state, QString *e) {
                          return s.setTemplate(assessmentId, state.templateId, state.entries, e);
                      });
}

} // namespace Koso
