#pragma once

#include <QString>

namespace Koso {

// One question of a checklist template: its No., the genre (ジャンル) it belongs to, the
// question and the document it rests on (根拠), printed in brackets after the question.
struct ChecklistItem
{
    qint64 id = 0; // 0 until stored
    int number = 0;
    QString genre;
    QString text;
    QString basis;

    // The question as the form prints it: "…しているか。（ガイドライン）".
    QString textWithBasis() const
    {
        if (basis.isEmpty())
            return text;
        return text + QStringLiteral("（") + basis + QStringLiteral("）");
    }
};

} // namespace Koso
