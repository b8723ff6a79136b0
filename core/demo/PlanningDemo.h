#pragma once

#include <QCoreApplication>

namespace Koso {

class Dataset;

// The demo step for the planning cycle (issue 13): yearly targets for FY2024 and FY2025 in
// every region of the home prefecture (set against the demo's own figures so that some are
// met and some not), a PDCA timeline per region tied to its council meetings, one 推進区域
// (the top candidate) with its 推進区域対応方針 and actions in every state, one モデル推進区域,
// an older 重点支援区域, and an explained gap. Fixed dates, no randomness: the same dataset
// every time; the texts are a Japanese office's, in Japanese. Runs inside the generator's
// transaction, after the policies and councils.
class PlanningDemo
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PlanningDemo)

public:
    static bool write(Dataset &dataset, QString *error);
};

} // namespace Koso
