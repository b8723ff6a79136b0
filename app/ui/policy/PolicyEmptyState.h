#pragma once

#include <QCoreApplication>
#include <QString>

namespace Koso {

class Dataset;

// What the policy pages say instead of rows of zeros: nothing imported yet (import MHLW's
// workbooks), or facilities but no response policy recorded (the policy sheet round trip).
struct PolicyEmptyState
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyEmptyState)

public:
    QString message; // empty when there is something to show
    QString buttonText;
    QString actionName; // objectName of the window's QAction the button triggers

    bool isEmpty() const { return !message.isEmpty(); }
    static PolicyEmptyState of(Dataset &dataset);
};

} // namespace Koso
