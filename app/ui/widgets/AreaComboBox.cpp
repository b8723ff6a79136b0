#include "widgets/AreaComboBox.h"

#include "model/Region.h"
#include "storage/Dataset.h"
#include "storage/GeographyStore.h"

#include <QSignalBlocker>

namespace Koso {

AreaComboBox::AreaComboBox(QWidget *parent)
    : QComboBox(parent)
{ }

void AreaComboBox::fill(Dataset &dataset)
{
    const QString current = areaCode();
    const QString home = dataset.homePrefectureCode();
    GeographyStore geography(dataset);
    const auto pref = geography.prefecture(home);
    const QSignalBlocker blocker(this);
    clear();
    addItem(pref ? pref->name : home, home);
    for (const Region &r : geography.regions(home))
        addItem(r.name, r.code);
    setCurrentIndex(qMax(0, findData(current)));
}

} // namespace Koso
