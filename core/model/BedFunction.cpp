#include "model/BedFunction.h"

#include <QLocale>

namespace Koso {

QString BedFunction::displayName() const
{
    return QLocale().language() == QLocale::Japanese ? nameJa : nameEn;
}

} // namespace Koso
