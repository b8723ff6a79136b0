#include "mhlw/EditionLabel.h"

#include "mhlw/Label.h"
#include "util/JapaneseDate.h"

#include <QRegularExpression>

namespace Koso {

namespace {

EditionLabel make(std::optional<int> fiscalYear)
{
    if (!fiscalYear || *fiscalYear < 2000 || *fiscalYear > 2100)
        return {};
    return { EditionLabel::labelOf(*fiscalYear), *fiscalYear };
}

} // namespace

QString EditionLabel::labelOf(int fiscalYear)
{
    return JapaneseDate::fiscalYearLabelJa(fiscalYear);
}

EditionLabel EditionLabel::parse(const QString &text)
{
    QString s = Label::normalize(text);
    if (s.endsWith(u'版'))
        s.chop(1);
    // Users often leave out 年度: 「R6」「令和6」 name the edition as well.
    static const QRegularExpression eraOnly(QStringLiteral("^(令和|平成|[RrHh])(元|\\d{1,2})年?$"));
    const QRegularExpressionMatch m = eraOnly.match(s);
    if (m.hasMatch())
        s = m.captured(1) + m.captured(2) + QStringLiteral("年度");
    return make(JapaneseDate::parseFiscalYear(s));
}

EditionLabel EditionLabel::find(const QString &text)
{
    // Only an explicit fiscal year (…年度) states an edition; 「年度ごとに」 does not.
    const QString s = Label::normalize(text);
    static const QRegularExpression stated(
        QStringLiteral("(?:令和|平成)(?:元|\\d{1,2})年度|\\d{4}年度"));
    const QRegularExpressionMatch m = stated.match(s);
    if (!m.hasMatch())
        return {};
    return make(JapaneseDate::parseFiscalYear(m.captured(0)));
}

} // namespace Koso
