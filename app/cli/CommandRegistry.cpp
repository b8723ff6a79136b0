#include "CommandRegistry.h"

#include "ChartCommand.h"
#include "ChecklistBlankCommand.h"
#include "ChecklistCompareCommand.h"
#include "ChecklistExportCommand.h"
#include "ChecklistImportTemplateCommand.h"
#include "ChecklistListCommand.h"
#include "ChecklistPrintCommand.h"
#include "Command.h"
#include "CouncilsCommand.h"
#include "DatapackCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "LocationsCommand.h"
#include "MapCommand.h"
#include "MeasuresCommand.h"
#include "NewCommand.h"
#include "PoliciesCommand.h"
#include "PoliciesImportCommand.h"
#include "ProgressCommand.h"
#include "PromotionCandidatesCommand.h"
#include "PromotionListCommand.h"
#include "PromotionPlanCommand.h"
#include "RatesCommand.h"
#include "ReportCommand.h"
#include "ReportMunicipalitiesCommand.h"
#include "ReportSurveyCommand.h"
#include "SessionsCommand.h"
#include "SessionsImportCommand.h"
#include "SessionsReportCommand.h"
#include "TableCommand.h"
#include "TargetsExportCommand.h"
#include "TargetsImportCommand.h"
#include "WhatIfCommand.h"

namespace Koso {

std::vector<std::unique_ptr<Command>> CommandRegistry::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    // One line per command; keep the order of the README.
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<NewCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ChecklistListCommand>());
    list.push_back(std::make_unique<ChecklistPrintCommand>());
    list.push_back(std::make_unique<ChecklistBlankCommand>());
    list.push_back(std::make_unique<ChecklistCompareCommand>());
    list.push_back(std::make_unique<ChecklistExportCommand>());
    list.push_back(std::make_unique<ChecklistImportTemplateCommand>());
    list.push_back(std::make_unique<PoliciesCommand>());
    list.push_back(std::make_unique<PoliciesImportCommand>());
    list.push_back(std::make_unique<RatesCommand>());
    list.push_back(std::make_unique<WhatIfCommand>());
    list.push_back(std::make_unique<CouncilsCommand>());
    list.push_back(std::make_unique<ChartCommand>());
    list.push_back(std::make_unique<TableCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<TargetsImportCommand>());
    list.push_back(std::make_unique<TargetsExportCommand>());
    list.push_back(std::make_unique<ProgressCommand>());
    list.push_back(std::make_unique<PromotionCandidatesCommand>());
    list.push_back(std::make_unique<PromotionListCommand>());
    list.push_back(std::make_unique<PromotionPlanCommand>());
    list.push_back(std::make_unique<ReportMunicipalitiesCommand>());
    list.push_back(std::make_unique<ReportSurveyCommand>());
    list.push_back(std::make_unique<SessionsCommand>());
    list.push_back(std::make_unique<SessionsImportCommand>());
    list.push_back(std::make_unique<DatapackCommand>());
    list.push_back(std::make_unique<MeasuresCommand>());
    list.push_back(std::make_unique<SessionsReportCommand>());
    list.push_back(std::make_unique<LocationsCommand>());
    list.push_back(std::make_unique<MapCommand>());
    return list;
}

} // namespace Koso
