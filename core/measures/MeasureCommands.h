#pragma once

#include "document/DatasetCommand.h"
#include "measures/MeasureStore.h"
#include "measures/SupportMeasure.h"
#include "sessions/SaveRecordCommand.h"

#include <QCoreApplication>

#include <optional>

namespace Koso {

// Stores the next version of a support measure (an edit, a new measure or its retirement) as
// one undo step in one transaction; undo removes that version again.
class SaveMeasureCommand : public DatasetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveMeasureCommand)

public:
    SaveMeasureCommand(Dataset *dataset, SupportMeasure measure, QUndoCommand *parent = nullptr);
    int version() const { return m_version; }
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    SupportMeasure m_measure;
    int m_version = 0;
};

// Links a measure to a hospital, edits or removes the link: one undo step, one transaction.
class SaveMeasureUseCommand : public SaveRecordCommand<MeasureUse, MeasureStore>
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SaveMeasureUseCommand)

public:
    SaveMeasureUseCommand(Dataset *dataset, std::optional<MeasureUse> before,
                          std::optional<MeasureUse> after, QUndoCommand *parent = nullptr);
};

// Adds, edits or removes a good-practice case with its links: one undo step, one transaction.
class SavePracticeCaseCommand : public SaveRecordCommand<PracticeCase, MeasureStore>
{
    Q_DECLARE_TR_FUNCTIONS(Koso::SavePracticeCaseCommand)

public:
    SavePracticeCaseCommand(Dataset *dataset, std::optional<PracticeCase> before,
                            std::optional<PracticeCase> after, QUndoCommand *parent = nullptr);
};

} // namespace Koso
