-- The planner's corrections of the municipality → vision region table shipped with the map
-- (regions do change: 三重県 split its 二次医療圏 into 8 構想区域). One row per corrected
-- municipality: the region it belongs to in this dataset's maps. The region figures keep coming
-- from MHLW's tables; only the drawing follows. Removing the row restores the shipped region.
CREATE TABLE region_override (
    municipality_code TEXT PRIMARY KEY CHECK (length(municipality_code) = 5),
    region_code       TEXT NOT NULL CHECK (length(region_code) = 4),
    note              TEXT NOT NULL DEFAULT '',
    changed_at        TEXT NOT NULL,
    changed_by        TEXT NOT NULL
) WITHOUT ROWID;

-- Every correction and every revert (undo included), for the record.
CREATE TABLE region_override_change (
    id                INTEGER PRIMARY KEY,
    municipality_code TEXT NOT NULL,
    changed_at        TEXT NOT NULL,
    changed_by        TEXT NOT NULL,
    old_region_code   TEXT NOT NULL DEFAULT '',
    new_region_code   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX region_override_change_by_municipality
    ON region_override_change (municipality_code, changed_at);
