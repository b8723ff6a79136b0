#include "io/XlsxCell.h"

#include <cmath>

namespace Koso {

QString XlsxCell::displayText() const
{
    switch (type) {
    case Type::Empty:
        return QString();
    case Type::Text:
    case Type::Error:
        return text;
    case Type::Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Number:
        break;
    }
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

QDateTime XlsxCell::dateTime(bool date1904) const
{
    if (type != Type::Number || !std::isfinite(number))
        return QDateTime();
    // Serial 1 is 1900-01-01 in the 1900 system, which counts a 29 February 1900 that never
    // was (Lotus compatibility): from serial 61 on, day 0 is 1899-12-30.
    QDate epoch;
    double serial = number;
    if (date1904) {
        epoch = QDate(1904, 1, 1);
    } else if (serial < 61) {
        epoch = QDate(1899, 12, 31);
        if (serial >= 60) // the phantom 1900-02-29
            serial = 59;
    } else {
        epoch = QDate(1899, 12, 30);
    }
    const qint64 days = qint64(std::floor(serial));
    const qint64 msecs = qint64(std::llround((serial - double(days)) * 86400000.0));
    return QDateTime(epoch.addDays(days), QTime(0, 0)).addMSecs(msecs);
}

QString XlsxCell::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int XlsxCell::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (const QChar c : letters) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            index = index * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            index = index * 26 + (u - u'a' + 1);
        else
            return -1;
    }
    return index - 1;
}

bool XlsxCell::parseReference(QStringView reference, int *column, int *row)
{
    int i = 0;
    int col = 0;
    const int n = int(reference.size());
    while (i < n) {
        const char16_t u = reference.at(i).unicode();
        if (u >= u'A' && u <= u'Z') {
            col = col * 26 + (u - u'A' + 1);
            if (col > 16384)
                return false; // beyond XFD, Excel's last column
        } else if (u == u'$' && i == 0)
            ;
        else
            break;
        ++i;
    }
    if (col == 0 || col > 16384)
        return false;
    if (i < n && reference.at(i) == u'$')
        ++i;
    int r = 0;
    const int digitsFrom = i;
    while (i < n) {
        const char16_t u = reference.at(i).unicode();
        if (u < u'0' || u > u'9' || r > 10000000)
            return false;
        r = r * 10 + (u - u'0');
        ++i;
    }
    if (i == digitsFrom || r == 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

} // namespace Koso
