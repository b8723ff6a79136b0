#include "mhlw/ImportSummary.h"

#include "util/Localization.h"
#include <QLocale>

namespace Koso {

namespace {

QString measureName(Measure m)
{
    switch (m) {
    case Measure::Reported:
        return ImportSummary::tr("reported");
    case Measure::Planned:
        return ImportSummary::tr("planned");
    case Measure::Required:
        return ImportSummary::tr("required");
    }
    return QString();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

bool ImportSummary::nothingChanged() const
{
    for (const FileImportSummary &f : files) {
        if (!f.alreadyImported)
            return false;
    }
    return true;
}

int ImportSummary::warningCount() const
{
    int n = int(warnings.size());
    for (const FileImportSummary &f : files)
        n += int(f.warnings.size());
    return n;
}

QString ImportSummary::valueText(const BedValue &value)
{
    if (value.hasValue())
        return number(*value.beds);
    return tr("no value (%1)").arg(value.missingReason);
}

QString ImportSummary::describe(const FigureChange &c)
{
    const QString what = tr("%1 %2, %3 %4, %5")
                             .arg(c.areaCode, c.areaName, measureName(c.measure))
                             .arg(c.year)
                             .arg(c.functionName.isEmpty() ? c.functionKey : c.functionName);
    if (c.newerKept)
        return tr("%1: %2 in %3 differs from %4 in %5, which stays in use")
            .arg(what, valueText(c.after), c.afterEdition, valueText(c.before), c.beforeEdition);
    return tr("%1: %2 (%3) → %4 (%5)")
        .arg(what, valueText(c.before), c.beforeEdition, valueText(c.after), c.afterEdition);
}

QString ImportSummary::describe(const FacilityRef &f)
{
    if (f.municipality.isEmpty())
        return tr("%1 %2: %3").arg(f.regionCode, f.regionName, f.name);
    return tr("%1 %2: %3 (%4)").arg(f.regionCode, f.regionName, f.name, f.municipality);
}

QString ImportSummary::fileText(const FileImportSummary &f)
{
    if (f.alreadyImported)
        return tr("%1: already imported on %2 (%3); nothing changed.")
            .arg(f.fileName, Localization::dateTime(f.previousImport), f.previousEdition);
    if (!f.detail.isEmpty())
        return tr("%1 — %2, %3: %4").arg(f.fileName, f.kindName, f.editionLabel, f.detail);
    QStringList parts;
    if (f.prefectures > 0)
        parts << tr("%1 prefecture blocks").arg(number(f.prefectures));
    if (f.regions > 0)
        parts << tr("%1 vision regions").arg(number(f.regions));
    if (f.figures > 0)
        parts << tr("%1 bed figures").arg(number(f.figures));
    if (f.flowShares > 0)
        parts << tr("%1 patient flow shares").arg(number(f.flowShares));
    if (f.demandFigures > 0)
        parts << tr("%1 demand estimates").arg(number(f.demandFigures));
    if (f.facilities > 0)
        parts << tr("%1 facilities (%2 not reported)")
                     .arg(number(f.facilities), number(f.facilitiesUnreported));
    if (!f.warnings.isEmpty())
        parts << tr("%1 warnings").arg(number(f.warnings.size()));
    return tr("%1 — %2, %3: %4").arg(f.fileName, f.kindName, f.editionLabel, parts.join(tr(", ")));
}

QString ImportSummary::toText() const
{
    QStringList lines;
    lines << tr("Koso Planner: import of MHLW workbooks");
    if (cancelled)
        lines << tr("The import was cancelled; nothing was changed.");
    lines << QString() << tr("Files:");
    for (const FileImportSummary &f : files)
        lines << QStringLiteral("  ") + fileText(f);

    if (!locationLines.isEmpty()) {
        lines << QString() << tr("Hospital locations (医療情報ネット):");
        for (const QString &l : locationLines)
            lines << QStringLiteral("  ") + l;
    }

    int used = 0;
    int kept = 0;
    for (const FigureChange &c : changes)
        (c.newerKept ? kept : used) += 1;
    if (used > 0) {
        lines << QString()
              << tr("Figures that changed (%1): the newer edition's figure is now "
                    "used; the older one is kept.")
                     .arg(number(used));
        for (const FigureChange &c : changes) {
            if (!c.newerKept)
                lines << QStringLiteral("  ") + describe(c);
        }
    }
    if (kept > 0) {
        lines << QString()
              << tr("Figures of the imported older edition that differ from a newer "
                    "edition (%1): the newer figure stays in use.")
                     .arg(number(kept));
        for (const FigureChange &c : changes) {
            if (c.newerKept)
                lines << QStringLiteral("  ") + describe(c);
        }
    }

    if (!comparedEdition.isEmpty()) {
        lines << QString()
              << tr("Facilities of %1 compared with %2:").arg(importedEdition, comparedEdition);
        lines << tr("  New (%1):").arg(number(newFacilities.size()));
        for (const FacilityRef &f : newFacilities)
            lines << QStringLiteral("    ") + describe(f);
        lines << tr("  No longer listed (%1):").arg(number(vanishedFacilities.size()));
        for (const FacilityRef &f : vanishedFacilities)
            lines << QStringLiteral("    ") + describe(f);
        lines << tr("  Look renamed; please confirm (%1):").arg(number(renameCandidates.size()));
        for (const RenameCandidate &r : renameCandidates)
            lines << tr("    %1 → %2 (%3)").arg(describe(r.before), r.after.name, r.reason);
    }

    const int warningTotal = warningCount();
    if (warningTotal > 0) {
        lines << QString() << tr("Warnings (%1):").arg(number(warningTotal));
        for (const QString &w : warnings)
            lines << QStringLiteral("  ") + w;
        for (const FileImportSummary &f : files) {
            for (const QString &w : f.warnings)
                lines << QStringLiteral("  ") + w;
        }
    } else {
        lines << QString() << tr("No warnings: every cross-check agreed.");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Koso
