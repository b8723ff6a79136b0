#pragma once

#include <QCoreApplication>

namespace Koso {

class Dataset;

// The demo step for patient flows and demand (the flows page and the map's flow and demand
// measures): for the five regions of サンプル県, the shares of ④ 構想区域の流出率及び流入率 by
// function group (all, acute, comprehensive, chronic) among the five regions and two regions
// of the neighbouring prefectures (北隣県 北港, 西隣県 山辺), both directions drawn from one
// table of where each region's patients are admitted, so inflow and outflow agree; and the
// 構想区域別の医療需要推計 of home visits and outpatients (2024年度 actual, 2030–2050 現状投影)
// with the populations of 2024 and 2040. The capital region 県央 draws acute patients from
// everywhere; the rural 県北 and 県西 lose patients to it and across the border, and their
// demand falls soonest. Fixed figures, no randomness; written into the newest edition, inside
// the generator's transaction. Nothing is written for the national variant.
class FlowsDemo
{
    Q_DECLARE_TR_FUNCTIONS(Koso::FlowsDemo)

public:
    static bool write(Dataset &dataset, QString *error);
};

} // namespace Koso
