#pragma once

#include "Command.h"

namespace Koso {

// koso chart KIND --db DATASET (--region CODE | --prefecture CODE) --out FILE.png|.svg|.pdf
//            [--size 1920x1080] [--dpi 144]
class ChartCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Koso::ChartCommand)

public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;

    // "1920x1080" (also with × or X); an invalid size if it is not one.
    static QSize parseSize(const QString &text);
};

} // namespace Koso
