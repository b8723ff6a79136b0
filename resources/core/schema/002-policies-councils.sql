-- Schema 2: coordination councils and their meetings, response policies (対応方針) with
-- their full change history and rate snapshots.

-- region_code NULL: the prefecture-level council.
CREATE TABLE council (
    id              INTEGER PRIMARY KEY,
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code),
    region_code     TEXT REFERENCES region (code),
    name            TEXT NOT NULL
);

CREATE TABLE council_meeting (
    id                            INTEGER PRIMARY KEY,
    council_id                    INTEGER NOT NULL REFERENCES council (id) ON DELETE CASCADE,
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

CREATE TABLE meeting_hospital (
    meeting_id  INTEGER NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL DEFAULT 'discussed' CHECK (outcome IN ('discussed', 'agreed')),
    PRIMARY KEY (meeting_id, hospital_id)
) WITHOUT ROWID;

CREATE TABLE response_policy (
    hospital_id           INTEGER PRIMARY KEY REFERENCES hospital (id) ON DELETE CASCADE,
    status                TEXT NOT NULL DEFAULT 'not_drafted' CHECK (status IN (
                              'not_drafted', 'drafting', 'drafted', 'verifying', 'agreed',
                              'verified', 'agreed_verified', 'implemented')),
    reverification_target INTEGER NOT NULL DEFAULT 0 CHECK (reverification_target IN (0, 1)),
    plan_kind             TEXT NOT NULL DEFAULT 'none' CHECK (plan_kind IN (
                              'none', 'public_reform_plan', 'public_2025_plan')),
    planned_role          TEXT NOT NULL DEFAULT '',
    target_year           INTEGER NOT NULL DEFAULT 2025,
    written_on            TEXT,
    agreed_on             TEXT,
    agreed_meeting_id     INTEGER REFERENCES council_meeting (id) ON DELETE SET NULL,
    notes                 TEXT NOT NULL DEFAULT '',
    links                 TEXT NOT NULL DEFAULT '',
    updated_at            TEXT
);

CREATE TABLE policy_planned_bed (
    hospital_id INTEGER NOT NULL REFERENCES response_policy (hospital_id) ON DELETE CASCADE,
    function_id INTEGER NOT NULL REFERENCES bed_function (id),
    beds        INTEGER NOT NULL CHECK (beds >= 0),
    PRIMARY KEY (hospital_id, function_id)
) WITHOUT ROWID;

-- Every change to a policy: who, when, the field, the old and the new value. A policy as of
-- a past date is the current one with later changes undone.
CREATE TABLE policy_change (
    id          INTEGER PRIMARY KEY,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX policy_change_by_hospital ON policy_change (hospital_id, changed_at);

CREATE TABLE policy_rate_snapshot (
    id              INTEGER PRIMARY KEY,
    as_of           TEXT NOT NULL,
    scope           TEXT NOT NULL,
    group_key       TEXT NOT NULL,
    hospitals_total INTEGER NOT NULL,
    hospitals_done  INTEGER NOT NULL,
    beds_total      INTEGER NOT NULL,
    beds_done       INTEGER NOT NULL,
    UNIQUE (as_of, scope, group_key)
);
