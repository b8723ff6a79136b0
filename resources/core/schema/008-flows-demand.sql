-- Patient flows between vision regions and the demand estimates to 2050.

-- MHLW's ④ 構想区域の流出率及び流入率 (NDB claims, from the 令和7年度 edition on). Kept apart
-- from region_patient_flow, which holds the 推計流出/流入患者割合 of 別添4/別添5 (patient
-- survey): MHLW says the two are not the same figure.
-- direction: 'inflow' (where the patients of this region's hospitals live) or 'outflow'
-- (where this region's residents were admitted). function_group: 'all' (the overall share of
-- other regions, partner NULL), 'acute' (高度急性期+急性期), 'comprehensive' (包括期) or
-- 'chronic' (慢性期), one row per listed partner region in the order listed, the region
-- itself included. A share is a fraction, or no value with its reason (「#VALUE!」 and the
-- like); a row whose partner cannot be read has partner_region_code NULL.
CREATE TABLE region_flow_share (
    edition_id              INTEGER NOT NULL REFERENCES edition (id),
    region_code             TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    direction               TEXT NOT NULL CHECK (direction IN ('inflow', 'outflow')),
    function_group          TEXT NOT NULL
                            CHECK (function_group IN ('all', 'acute', 'comprehensive', 'chronic')),
    position                INTEGER NOT NULL CHECK (position >= 0),
    partner_region_code     TEXT CHECK (partner_region_code IS NULL OR length(partner_region_code) = 4),
    partner_region_name     TEXT NOT NULL DEFAULT '',
    share                   REAL CHECK (share IS NULL OR share >= 0),
    missing_reason          TEXT,
    CHECK ((share IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (edition_id, region_code, direction, function_group, position)
) WITHOUT ROWID;

-- 構想区域別の医療需要推計: claims per month (レセプト件数/月) by kind and fiscal year.
-- scenario: 'base' for the base year's actual use (2024年度), 'current' for 現状投影
-- (today's use rates on the projected population); later scenarios add their own key.
CREATE TABLE region_demand (
    edition_id       INTEGER NOT NULL REFERENCES edition (id),
    region_code      TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('home_visit', 'outpatient')),
    fiscal_year      INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    scenario         TEXT NOT NULL,
    claims_per_month REAL CHECK (claims_per_month IS NULL OR claims_per_month >= 0),
    missing_reason   TEXT,
    CHECK ((claims_per_month IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (edition_id, region_code, kind, fiscal_year, scenario)
) WITHOUT ROWID;

-- The populations printed beside the demand (人口(2024年度), 人口(2040年)), in persons.
CREATE TABLE region_population (
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    population     INTEGER CHECK (population IS NULL OR population >= 0),
    missing_reason TEXT,
    CHECK ((population IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (edition_id, region_code, year)
) WITHOUT ROWID;
