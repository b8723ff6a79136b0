-- Schema 2: coordination councils (地域医療構想調整会議) and their meetings, response policies
-- (対応方針) with the full change history of every hospital and policy field, and the rate
-- snapshots taken at the end of September and March.

-- region_code NULL: the prefecture-level council. A region may run more than one council.
CREATE TABLE council (
    id              INTEGER PRIMARY KEY,
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code),
    region_code     TEXT REFERENCES region (code),
    name            TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX council_by_region ON council (prefecture_code, region_code);

-- agenda: one item per line. held_on and reported_to_municipalities_on: ISO dates.
CREATE TABLE council_meeting (
    id                            INTEGER PRIMARY KEY,
    council_id                    INTEGER NOT NULL REFERENCES council (id),
    number                        INTEGER CHECK (number IS NULL OR number > 0),
    held_on                       TEXT NOT NULL,
    agenda                        TEXT NOT NULL DEFAULT '',
    decisions                     TEXT NOT NULL DEFAULT '',
    papers_published              INTEGER NOT NULL DEFAULT 0 CHECK (papers_published IN (0, 1)),
    minutes_published             INTEGER NOT NULL DEFAULT 0 CHECK (minutes_published IN (0, 1)),
    published_url                 TEXT NOT NULL DEFAULT '',
    reported_to_municipalities_on TEXT
);
CREATE INDEX council_meeting_by_council ON council_meeting (council_id, held_on);
CREATE INDEX council_meeting_by_date ON council_meeting (held_on);

-- Hospitals whose policy or situation was on a meeting's agenda. Where a policy was agreed
-- is the policy's own agreed_meeting_id, so that one fact lives in one place.
CREATE TABLE meeting_hospital (
    meeting_id  INTEGER NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, hospital_id)
) WITHOUT ROWID;
CREATE INDEX meeting_hospital_by_hospital ON meeting_hospital (hospital_id);

-- One current policy per hospital; a hospital without a row has not drafted one (未策定).
-- The owner group (公立/公的等/民間) is the hospital's own field. links: one per line.
CREATE TABLE response_policy (
    hospital_id           INTEGER PRIMARY KEY REFERENCES hospital (id) ON DELETE CASCADE,
    status                TEXT NOT NULL DEFAULT 'not_drafted' CHECK (status IN (
                              'not_drafted', 'drafting', 'drafted', 'verifying', 'agreed',
                              'verified', 'agreed_verified', 'implemented')),
    reverification_target INTEGER NOT NULL DEFAULT 0 CHECK (reverification_target IN (0, 1)),
    plan_kind             TEXT NOT NULL DEFAULT 'none' CHECK (plan_kind IN (
                              'none', 'public_reform_plan', 'public_2025_plan')),
    planned_role          TEXT NOT NULL DEFAULT '',
    target_year           INTEGER NOT NULL DEFAULT 2025 CHECK (target_year BETWEEN 2000 AND 2100),
    written_on            TEXT,
    agreed_on             TEXT,
    agreed_meeting_id     INTEGER REFERENCES council_meeting (id),
    notes                 TEXT NOT NULL DEFAULT '',
    links                 TEXT NOT NULL DEFAULT '',
    updated_at            TEXT
);
CREATE INDEX response_policy_by_meeting ON response_policy (agreed_meeting_id);

-- Planned beds for the policy's target year, by function (休棟中等 included where planned).
CREATE TABLE policy_planned_bed (
    hospital_id INTEGER NOT NULL REFERENCES response_policy (hospital_id) ON DELETE CASCADE,
    function_id INTEGER NOT NULL REFERENCES bed_function (id),
    beds        INTEGER NOT NULL CHECK (beds >= 0),
    PRIMARY KEY (hospital_id, function_id)
) WITHOUT ROWID;

-- Every change to a hospital or its policy, one row per field: who (the OS user), when (local
-- time, ISO 8601 with milliseconds), the old and the new value as text ('' = none). Fields:
-- status, owner_group, reverification_target, plan_kind, planned_role, target_year,
-- written_on, agreed_on, agreed_meeting_id, notes, links, beds.<function key>, and the
-- hospital's name, municipality, kind, region_code, note, merged_into, added.
-- A policy as of a past date is the current one with the later changes undone.
CREATE TABLE policy_change (
    id          INTEGER PRIMARY KEY,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX policy_change_by_hospital ON policy_change (hospital_id, changed_at);
CREATE INDEX policy_change_by_time ON policy_change (changed_at);

-- Rates as MHLW surveys them, kept at the end of September and March: scope is a prefecture
-- (2 digits) or region (4 digits) code; group_key is all, public, quasi_public, private,
-- unknown or reverification. Beds are the latest reported beds, 休棟中等 included.
CREATE TABLE policy_rate_snapshot (
    as_of           TEXT NOT NULL,
    scope           TEXT NOT NULL,
    group_key       TEXT NOT NULL,
    hospitals_total INTEGER NOT NULL CHECK (hospitals_total >= 0),
    hospitals_done  INTEGER NOT NULL CHECK (hospitals_done >= 0),
    beds_total      INTEGER NOT NULL CHECK (beds_total >= 0),
    beds_done       INTEGER NOT NULL CHECK (beds_done >= 0),
    taken_at        TEXT NOT NULL,
    PRIMARY KEY (as_of, scope, group_key)
) WITHOUT ROWID;
