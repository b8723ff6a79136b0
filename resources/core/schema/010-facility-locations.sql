-- Hospital locations from MHLW's 医療情報ネット open data (医療機能情報提供制度), republished
-- twice a year, matched to the facilities listed in 別添5.

-- Every file imported: its snapshot date (as published, e.g. 2025-06-01), name and SHA-256.
-- The newest snapshot is the one in use; an older one imported later changes nothing.
CREATE TABLE facility_snapshot (
    id            INTEGER PRIMARY KEY,
    snapshot_date TEXT NOT NULL CHECK (length(snapshot_date) = 10),
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL UNIQUE,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL DEFAULT '',
    row_count     INTEGER NOT NULL CHECK (row_count >= 0),
    summary       TEXT NOT NULL DEFAULT ''
);

-- The facilities of the snapshot in use, as MHLW lists them. source_id is MHLW's ID (not
-- permanent across years or owners); municipality_code has 5 digits (都道府県コード +
-- 市区町村コード). Coordinates outside Japan (the 0.0, 0.0 placeholders) are stored as NULL.
CREATE TABLE facility_location (
    id                INTEGER PRIMARY KEY,
    snapshot_id       INTEGER NOT NULL REFERENCES facility_snapshot (id),
    line              INTEGER NOT NULL,
    source_id         TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('hospital', 'clinic')),
    name              TEXT NOT NULL,
    name_key          TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    address           TEXT NOT NULL DEFAULT '',
    latitude          REAL CHECK (latitude IS NULL OR latitude BETWEEN 20 AND 46),
    longitude         REAL CHECK (longitude IS NULL OR longitude BETWEEN 122 AND 154),
    beds              INTEGER CHECK (beds IS NULL OR beds >= 0),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX facility_location_by_municipality ON facility_location (municipality_code);

-- The match of each listed facility with a row of the snapshot in use: matched (unique by
-- normalised name within its municipality; rule says how) or unmatched with the reason
-- (no_municipality, no_candidate, ambiguous, taken). Redone after each import.
CREATE TABLE hospital_location (
    hospital_id INTEGER PRIMARY KEY REFERENCES hospital (id) ON DELETE CASCADE,
    location_id INTEGER REFERENCES facility_location (id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('matched', 'unmatched')),
    rule        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'matched') = (location_id IS NOT NULL))
);
CREATE INDEX hospital_location_by_location ON hospital_location (location_id);

-- How a facility's kind (hospital or clinic with beds) is known: 'name' guessed from its name
-- and beds at import, 'location' settled by its match in 医療情報ネット, 'hand' set by a user.
ALTER TABLE hospital ADD COLUMN kind_basis TEXT NOT NULL DEFAULT 'name'
    CHECK (kind_basis IN ('name', 'location', 'hand'));

-- The counts of 一般病院 and 有床診療所 in the summary row of each region's sheet of 別添5,
-- to check the kinds of the listed facilities against.
CREATE TABLE region_facility_count (
    region_code TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    hospitals   INTEGER CHECK (hospitals IS NULL OR hospitals >= 0),
    clinics     INTEGER CHECK (clinics IS NULL OR clinics >= 0),
    PRIMARY KEY (region_code, edition_id)
) WITHOUT ROWID;
