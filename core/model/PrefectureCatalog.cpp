#include "model/PrefectureCatalog.h"

#include <QFile>

namespace Koso {

QVector<Prefecture> PrefectureCatalog::all()
{
    static const QVector<Prefecture> list = [] {
        QVector<Prefecture> result;
        QFile f(QStringLiteral(":/core/prefectures.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return result;
        const QStringList lines
            = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 2)
                result << Prefecture { fields.at(0), fields.at(1).trimmed(), {}, {} };
        }
        return result;
    }();
    return list;
}

QVector<Prefecture> PrefectureCatalog::prefectures()
{
    QVector<Prefecture> result;
    for (const Prefecture &p : all()) {
        if (!p.isNational())
            result << p;
    }
    return result;
}

} // namespace Koso
