#pragma once

#include "checklist/ChecklistItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Koso {

// One version of a checklist template: the genres in order and the numbered items. Stored
// versions are never changed; editing item texts or importing a file makes a new version, so
// an assessment always shows the wording it was answered against.
class ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChecklistTemplate)

public:
    enum class Source { Bundled, Edited, Imported };

    qint64 id = 0; // 0 until stored
    QString name;
    int version = 0; // 0: the next free version of name when stored
    QString title; // heading of the printed form
    QString note; // shown on screen, e.g. that the wording is not the official one
    Source source = Source::Edited;
    qint64 basedOn = 0; // the version this one was edited from
    QDateTime createdAt;
    QStringList genres;
    QVector<ChecklistItem> items;

    // "標準テンプレート 第1版" in Japanese.
    QString displayName() const;
    // The title, or the name when the template has none.
    QString formTitle() const { return title.isEmpty() ? name : title; }

    const ChecklistItem *itemById(qint64 itemId) const;
    const ChecklistItem *itemByNumber(int number) const;
    QVector<ChecklistItem> itemsOfGenre(const QString &genre) const;

    // The rules every stored template follows; empty when it follows them: a name, at least
    // one item, items numbered 1, 2, 3… in order, no empty genre or text, every genre listed
    // once and its items consecutive, genres listed in the order of their first item.
    QStringList problems() const;

    // True when the two have the same title, note, genres and items (ids and versions aside).
    bool sameContent(const ChecklistTemplate &other) const;

    static QString sourceKey(Source source);
    static Source sourceFromKey(const QString &key);
    static QString sourceLabel(Source source);

    // The template shipped with the program (:/core/checklist/default-template.tsv): MHLW's
    // structure (6 genres, 31 items) in our own wording.
    static bool bundled(ChecklistTemplate *out, QString *error);
    static QString bundledResourcePath();
};

} // namespace Koso
