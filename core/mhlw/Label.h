#pragma once

#include <QString>

namespace Koso {

// How MHLW's labels are compared: 「2015\n実績」, 「２０１５ 実績」 and 「2015実績」 are the same
// label, and 「①医療機関名」 or 「（報告率）」 name 医療機関名 and 報告率.
class Label
{
public:
    // NFKC (full-width digits and letters become ASCII, ① becomes 1) and every white space
    // removed, including line breaks and ideographic spaces.
    static QString normalize(const QString &text);
    // normalize() after dropping the numbering MHLW puts in front of labels (①, ⑨, (1), (2))
    // and section bullets (○), and the brackets around a whole label (（報告率）).
    static QString core(const QString &text);
    // For messages: the label as the user sees it in Excel, on one line (「2015 実績」).
    static QString display(const QString &text);
    // 「file, sheet “name”, row n」 for messages that point at a place in a workbook.
    static QString place(const QString &fileName, const QString &sheet, int row);
};

} // namespace Koso
