#pragma once

#include <QComboBox>

namespace Koso {

class Dataset;

// Chooses the home prefecture or one of its vision regions; the item data is the area's code.
class AreaComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit AreaComboBox(QWidget *parent = nullptr);

    // Lists the prefecture and its regions again (after an import brought the regions),
    // keeping the chosen area when it is still there, without emitting a change.
    void fill(Dataset &dataset);
    QString areaCode() const { return currentData().toString(); }
};

} // namespace Koso
