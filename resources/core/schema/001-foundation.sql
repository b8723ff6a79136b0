-- Koso Planner dataset, schema 1: geography, bed functions, editions and imports,
-- bed figures of regions and prefectures, hospitals and their per-edition figures.
-- Statements end with a semicolon at the end of a line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- JIS X 0401 code; 00 is the nation (全国). Seeded from :/core/prefectures.tsv.
CREATE TABLE prefecture (
    code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
    name       TEXT NOT NULL,
    population INTEGER CHECK (population IS NULL OR population >= 0),
    area_km2   REAL CHECK (area_km2 IS NULL OR area_km2 >= 0)
);

-- 構想区域: 4-digit code = prefecture code + 2 digits.
CREATE TABLE region (
    code            TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 4),
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code),
    name            TEXT NOT NULL,
    population      INTEGER CHECK (population IS NULL OR population >= 0),
    area_km2        REAL CHECK (area_km2 IS NULL OR area_km2 >= 0)
);
CREATE INDEX region_by_prefecture ON region (prefecture_code);

-- Data-driven list of functions: 回復期 becomes 包括期 in the 2040 vision, and 休棟中等 is
-- a separate bucket that never counts in the total of the four.
CREATE TABLE bed_function (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    name_ja         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    position        INTEGER NOT NULL,
    counts_in_total INTEGER NOT NULL DEFAULT 1 CHECK (counts_in_total IN (0, 1))
);
INSERT INTO bed_function (id, key, name_ja, name_en, position, counts_in_total) VALUES
    (1, 'HighAcute', '高度急性期', 'Advanced acute', 1, 1),
    (2, 'Acute', '急性期', 'Acute', 2, 1),
    (3, 'Recovery', '回復期', 'Recovery', 3, 1),
    (4, 'Chronic', '慢性期', 'Chronic', 4, 1),
    (5, 'Closed', '休棟中等', 'Closed or unreported', 5, 0);

-- An edition of the published data, e.g. 令和6年度; fiscal_year orders editions (newer wins).
CREATE TABLE edition (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    fiscal_year INTEGER NOT NULL,
    source      TEXT NOT NULL DEFAULT 'mhlw'
);

CREATE TABLE import_record (
    id          INTEGER PRIMARY KEY,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT ''
);

-- A figure is either a number of beds or "no value" with MHLW's reason (「-」「*」「XXX」「未報告」).
-- Every edition keeps its own figures; readers take the newest edition per key.
CREATE TABLE region_bed (
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    measure        TEXT NOT NULL CHECK (measure IN ('reported', 'planned', 'required')),
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    function_id    INTEGER NOT NULL REFERENCES bed_function (id),
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    beds           INTEGER CHECK (beds IS NULL OR beds >= 0),
    missing_reason TEXT,
    CHECK ((beds IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (region_code, measure, year, function_id, edition_id)
) WITHOUT ROWID;

CREATE TABLE prefecture_bed (
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code) ON DELETE CASCADE,
    measure         TEXT NOT NULL CHECK (measure IN ('reported', 'planned', 'required')),
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    function_id     INTEGER NOT NULL REFERENCES bed_function (id),
    edition_id      INTEGER NOT NULL REFERENCES edition (id),
    beds            INTEGER CHECK (beds IS NULL OR beds >= 0),
    missing_reason  TEXT,
    CHECK ((beds IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (prefecture_code, measure, year, function_id, edition_id)
) WITHOUT ROWID;

-- 報告率 as a fraction (0.954 for 95.4 %).
CREATE TABLE region_reporting_rate (
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    rate           REAL CHECK (rate IS NULL OR rate BETWEEN 0 AND 1),
    missing_reason TEXT,
    PRIMARY KEY (region_code, year, edition_id)
) WITHOUT ROWID;

CREATE TABLE prefecture_reporting_rate (
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    edition_id      INTEGER NOT NULL REFERENCES edition (id),
    rate            REAL CHECK (rate IS NULL OR rate BETWEEN 0 AND 1),
    missing_reason  TEXT,
    PRIMARY KEY (prefecture_code, year, edition_id)
) WITHOUT ROWID;

-- General-bed patient flow: 'net' (R6: 流出入率, negative = outflow) or separate
-- 'outflow' and 'inflow' shares (R7); fractions.
CREATE TABLE region_patient_flow (
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('net', 'outflow', 'inflow')),
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    share          REAL,
    missing_reason TEXT,
    PRIMARY KEY (region_code, kind, edition_id)
) WITHOUT ROWID;

-- MHLW gives facilities no code: a facility is region + normalised name (NFKC, no spaces)
-- + municipality. merged_into keeps a merged facility's history reachable from its successor.
CREATE TABLE hospital (
    id            INTEGER PRIMARY KEY,
    region_code   TEXT NOT NULL REFERENCES region (code),
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL,
    municipality  TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'hospital' CHECK (kind IN ('hospital', 'clinic')),
    owner_group   TEXT CHECK (owner_group IN ('public', 'quasi_public', 'private')),
    merged_into   INTEGER REFERENCES hospital (id) ON DELETE SET NULL,
    added_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (added_by_hand IN (0, 1)),
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (region_code, name_key, municipality)
);

-- The facility as listed in one edition: its rank and roles (space-separated keys:
-- special regional_support tertiary_emergency secondary_emergency home_care_support).
CREATE TABLE hospital_edition (
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    rank        INTEGER,
    roles       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hospital_id, edition_id)
) WITHOUT ROWID;
CREATE INDEX hospital_edition_by_edition ON hospital_edition (edition_id);

CREATE TABLE hospital_bed (
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    function_id INTEGER NOT NULL REFERENCES bed_function (id),
    beds        INTEGER NOT NULL CHECK (beds >= 0),
    PRIMARY KEY (hospital_id, edition_id, function_id)
) WITHOUT ROWID;

-- Doctors and clinical volumes, one row per metric so later editions can add metrics:
-- doctors_fulltime, doctors_parttime, ambulance, general_anaesthesia, births, operations,
-- los_<function key>, admissions_<function key>.
CREATE TABLE hospital_metric (
    hospital_id    INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    metric         TEXT NOT NULL,
    value          REAL,
    missing_reason TEXT,
    CHECK ((value IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (hospital_id, edition_id, metric)
) WITHOUT ROWID;
