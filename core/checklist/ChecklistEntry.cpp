#include "checklist/ChecklistEntry.h"

namespace Koso {

QString ChecklistEntry::answerKey(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Yes:
        return QStringLiteral("yes");
    case ChecklistAnswer::No:
        return QStringLiteral("no");
    case ChecklistAnswer::NotApplicable:
        return QStringLiteral("not_applicable");
    case ChecklistAnswer::Unanswered:
        break;
    }
    return QString();
}

std::optional<ChecklistAnswer> ChecklistEntry::answerFromKey(const QString &key)
{
    if (key.isEmpty())
        return ChecklistAnswer::Unanswered;
    if (key == QLatin1String("yes"))
        return ChecklistAnswer::Yes;
    if (key == QLatin1String("no"))
        return ChecklistAnswer::No;
    if (key == QLatin1String("not_applicable"))
        return ChecklistAnswer::NotApplicable;
    return std::nullopt;
}

QString ChecklistEntry::answerLabel(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Yes:
        return tr("Yes");
    case ChecklistAnswer::No:
        return tr("No");
    case ChecklistAnswer::NotApplicable:
        return tr("Not applicable");
    case ChecklistAnswer::Unanswered:
        break;
    }
    return tr("Not answered");
}

std::optional<ChecklistAnswer> ChecklistEntry::parseAnswer(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (s.isEmpty() || s == answerLabel(ChecklistAnswer::Unanswered).toLower()
        || s == QStringLiteral("未回答"))
        return ChecklistAnswer::Unanswered;
    for (const ChecklistAnswer a :
         { ChecklistAnswer::Yes, ChecklistAnswer::No, ChecklistAnswer::NotApplicable }) {
        if (s == answerLabel(a).toLower() || s == answerKey(a))
            return a;
    }
    if (s == QStringLiteral("はい") || s == QStringLiteral("○") || s == QStringLiteral("◯")
        || s == QLatin1String("y"))
        return ChecklistAnswer::Yes;
    if (s == QStringLiteral("いいえ") || s == QStringLiteral("×") || s == QLatin1String("n"))
        return ChecklistAnswer::No;
    if (s == QStringLiteral("該当なし") || s == QStringLiteral("非該当")
        || s == QLatin1String("n/a") || s == QLatin1String("na") || s == QLatin1String("-")
        || s == QStringLiteral("ー"))
        return ChecklistAnswer::NotApplicable;
    return std::nullopt;
}

QString ChecklistEntry::formMarks(ChecklistAnswer answer)
{
    const QString on = QStringLiteral("■");
    const QString off = QStringLiteral("□");
    QString marks = (answer == ChecklistAnswer::Yes ? on : off) + answerLabel(ChecklistAnswer::Yes)
        + QLatin1Char(' ') + (answer == ChecklistAnswer::No ? on : off)
        + answerLabel(ChecklistAnswer::No);
    if (answer == ChecklistAnswer::NotApplicable)
        marks += QLatin1Char('\n') + on + answerLabel(ChecklistAnswer::NotApplicable);
    return marks;
}

} // namespace Koso
