#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Koso {

// The answer to one checklist item. The official form knows はい and いいえ; offices also need
// 該当なし (the item does not apply to the prefecture) and "not answered yet".
enum class ChecklistAnswer { Unanswered, Yes, No, NotApplicable };

// What an assessment holds for one item: the answer, 備考 (evidence, next step) and the
// section in charge (担当課).
struct ChecklistEntry
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistEntry)

public:
    ChecklistAnswer answer = ChecklistAnswer::Unanswered;
    QString remarks;
    QString section;

    bool isEmpty() const
    {
        return answer == ChecklistAnswer::Unanswered && remarks.isEmpty() && section.isEmpty();
    }
    bool operator==(const ChecklistEntry &other) const
    {
        return answer == other.answer && remarks == other.remarks && section == other.section;
    }
    bool operator!=(const ChecklistEntry &other) const { return !(*this == other); }

    // Storage keys: yes, no, not_applicable; empty for unanswered.
    static QString answerKey(ChecklistAnswer answer);
    static std::optional<ChecklistAnswer> answerFromKey(const QString &key);
    // はい / いいえ / 該当なし / 未回答 in the UI language.
    static QString answerLabel(ChecklistAnswer answer);
    // Reads はい/いいえ/該当なし (and yes/no/n/a, ○/×, -) as typed in a spreadsheet;
    // an empty cell is Unanswered; nullopt for anything else.
    static std::optional<ChecklistAnswer> parseAnswer(const QString &text);
    // The answer cell of the printed form: both choices with the chosen one marked
    // (■はい □いいえ); 該当なし adds a marked third line, so the form keeps the
    // ministry's two choices.
    static QString formMarks(ChecklistAnswer answer);
};

} // namespace Koso
