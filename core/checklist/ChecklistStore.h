#pragma once

#include "checklist/Assessment.h"
#include "checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Koso {

class Dataset;
class Savepoint;

// Reads and writes checklist templates and assessments. Every write is one transaction (a
// savepoint, so that it can also be one step of a larger transaction such as the demo
// generator's) and announces DataChange::Checklist after it; errors come back as messages.
class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistStore)

public:
    explicit ChecklistStore(Dataset *dataset);
    Dataset *dataset() const { return m_dataset; }

    // Stores the bundled default template when the dataset has no template yet (a new dataset,
    // or one made before the checklist existed). Does nothing otherwise.
    bool ensureDefaultTemplate(QString *error);

    // All template versions with their items, oldest first.
    QVector<ChecklistTemplate> templates(QString *error) const;
    std::optional<ChecklistTemplate> loadTemplate(qint64 id, QString *error) const;
    // The template new assessments use: the one stored last. nullopt (and no error) if none.
    std::optional<ChecklistTemplate> currentTemplate(QString *error) const;
    // The newest version of the template called name; 0 if none.
    qint64 latestVersionId(const QString &name, QString *error) const;
    int nextVersion(const QString &name, QString *error) const;
    // How many assessments are answered against the template.
    int usageCount(qint64 templateId, QString *error) const;

    // Stores a new template version (version 0: the next free one of its name). Ids that are
    // set are kept, so that redoing an undone import brings back the same rows. Returns the
    // template as stored, with its ids, version and creation time.
    std::optional<ChecklistTemplate> addTemplate(const ChecklistTemplate &checklistTemplate,
                                                 QString *error);
    // Refuses while an assessment uses the template.
    bool deleteTemplate(qint64 id, QString *error);

    // All assessments with their templates and entries, by 記入日 (then creation).
    QVector<Assessment> assessments(QString *error) const;
    std::optional<Assessment> loadAssessment(qint64 id, QString *error) const;
    // The assessment with the latest 記入日; 0 if there is none.
    qint64 latestAssessmentId(QString *error) const;
    // The one before it by 記入日; 0 if it is the first.
    qint64 previousAssessmentId(qint64 id, QString *error) const;

    // Stores an assessment of a stored template with its entries; a set id is kept (undo).
    std::optional<Assessment> addAssessment(const Assessment &assessment, QString *error);
    bool deleteAssessment(qint64 id, QString *error);
    // Replaces the entries of the given items (an empty entry removes the row).
    bool setEntries(qint64 assessmentId, const QHash<qint64, ChecklistEntry> &entries,
                    QString *error);
    bool setHeader(qint64 assessmentId, int fiscalYear, const QDate &filledOn, const QString &title,
                   QString *error);
    // Moves the assessment onto another template version with a whole new set of entries.
    bool setTemplate(qint64 assessmentId, qint64 templateId,
                     const QHash<qint64, ChecklistEntry> &entries, QString *error);

    // The home prefecture's name, printed on the form.
    QString prefectureName() const;

    // Stamps later writes with fixed instead of the current time, so that the demo dataset's
    // content does not depend on when it was generated. An invalid time restores the clock.
    void setClock(const QDateTime &fixed) { m_fixedNow = fixed; }

private:
    bool writeEntries(qint64 assessmentId, qint64 templateId,
                      const QHash<qint64, ChecklistEntry> &entries, QString *error);
    bool touch(qint64 assessmentId, QString *error);
    bool finish(Savepoint &tx, QString *error);
    QDateTime now() const;

    Dataset *m_dataset;
    QDateTime m_fixedNow;
};

} // namespace Koso
