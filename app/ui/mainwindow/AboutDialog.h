#pragma once

#include <QDialog>

namespace Koso {

// Help > About: version, purpose, licence (GPL-3.0-or-later) and the Qt modules it uses.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Koso
