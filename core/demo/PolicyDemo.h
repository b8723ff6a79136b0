#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Koso {

class Dataset;

// The demo step for issue 5: coordination councils (one per region and the prefecture's own)
// with 3–4 meetings a fiscal year from FY2022 (令和4年度) on, and a response policy for every
// facility of the home prefecture, written through the policy history with the dates a
// prefecture would have seen, so that rates as of past dates and the snapshots chart show the
// course of the work: public and quasi-public hospitals mostly 合意・検証済 (their 経営強化
// プラン / 2025プラン serving as the policy), private ones and clinics less far along, a few
// 再検証対象, planned beds that shift acute beds to recovery.
//
// Randomness comes from the caller's generator (DemoRandom::next in the demo generator), so
// the output depends on the seed alone. Runs inside the generator's transaction.
class PolicyDemo
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PolicyDemo)

public:
    using NextRandom = std::function<quint32()>;

    static bool write(Dataset &dataset, const NextRandom &next, QString *error);
    // The last fiscal year with meetings (令和7年度, meetings up to the autumn).
    static constexpr int LastFiscalYear = 2025;
    // Who the demo history says made the changes.
    static QString demoUser() { return QStringLiteral("kikaku-tanto"); }
};

} // namespace Koso
