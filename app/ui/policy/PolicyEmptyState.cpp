#include "policy/PolicyEmptyState.h"

#include "policy/PolicyStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "widgets/EmptyDatasetNotice.h"

namespace Koso {

PolicyEmptyState PolicyEmptyState::of(Dataset &dataset)
{
    PolicyEmptyState state;
    if (HospitalStore(dataset).hospitals(dataset.homePrefectureCode()).isEmpty()) {
        state.message = EmptyDatasetNotice::noFiguresText();
        state.buttonText = tr("Import MHLW Workbooks…");
        state.actionName = QStringLiteral("actionImportWorkbook");
        return state;
    }
    if (PolicyStore(dataset).hasPolicies())
        return state;
    state.message = tr(
        "No response policies (対応方針) are recorded yet, so every rate would read 0 % and the "
        "beds after the policies would equal the reported beds. To start: 1. export the policy "
        "sheet (Hospitals › Export policy sheet…); 2. have the hospitals fill in their status, "
        "dates and planned beds; 3. import the sheet back (Hospitals › Import policy sheet…): "
        "every cell is checked and the changes are applied as one undo step. A single "
        "hospital's policy can also be entered on its page.");
    state.buttonText = tr("Export Policy Sheet…");
    state.actionName = QStringLiteral("actionExportPolicySheet");
    return state;
}

} // namespace Koso
