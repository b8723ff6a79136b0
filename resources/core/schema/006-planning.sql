-- Schema 5: the planning cycle of the notice 医政発0328第3号: yearly targets (年度目標) and their
-- verification, the planner's explanations of gaps, promotion regions (推進区域) with their plans
-- (推進区域対応方針), actions and progress notes, the PDCA timeline of each region, and the history
-- of every change (who, when, before, after) like policy_change.

-- indicator: beds, policy_rate_hospitals, policy_rate_beds, meetings, closed_beds, text.
-- function_key: a bed_function key or Total for beds, empty otherwise. target: the number (beds,
-- meetings, or a percentage for rates) or, for text, the target's wording. judgement: the
-- planner's verdict on a text target ('' = not judged). verified_on: the council's verification.
CREATE TABLE annual_target (
    id             INTEGER PRIMARY KEY,
    region_code    TEXT NOT NULL REFERENCES region (code),
    fiscal_year    INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    indicator      TEXT NOT NULL CHECK (indicator IN ('beds', 'policy_rate_hospitals',
                       'policy_rate_beds', 'meetings', 'closed_beds', 'text')),
    function_key   TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'at_least', 'at_most')),
    target         TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    judgement      TEXT NOT NULL DEFAULT '' CHECK (judgement IN ('', 'achieved', 'not_achieved')),
    cause_analysis TEXT NOT NULL DEFAULT '',
    response       TEXT NOT NULL DEFAULT '',
    verified_on    TEXT,
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annual_target_by_year ON annual_target (fiscal_year, region_code);

-- The planner's explanation of a region's gap in one function (or Total) that the nature of the
-- data explains (wards reported as 急性期 doing 回復期 work …).
CREATE TABLE gap_explanation (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES region (code),
    function_key TEXT NOT NULL,
    explanation  TEXT NOT NULL DEFAULT '',
    UNIQUE (region_code, function_key)
);

-- kind: promotion (推進区域), model_promotion (モデル推進区域), priority_support (重点支援区域),
-- restructuring_review (再編検討区域).
CREATE TABLE promotion_designation (
    id            INTEGER PRIMARY KEY,
    region_code   TEXT NOT NULL REFERENCES region (code),
    kind          TEXT NOT NULL CHECK (kind IN ('promotion', 'model_promotion',
                      'priority_support', 'restructuring_review')),
    designated_on TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX promotion_designation_by_region ON promotion_designation (region_code);

-- ④ of MHLW's criteria: other issues of a region, in the planner's words.
CREATE TABLE promotion_issue (
    id          INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL UNIQUE REFERENCES region (code),
    issues      TEXT NOT NULL DEFAULT ''
);

-- 推進区域対応方針: 課題, 方向性; one per region.
CREATE TABLE promotion_plan (
    id          INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL UNIQUE REFERENCES region (code),
    title       TEXT NOT NULL DEFAULT '',
    issues      TEXT NOT NULL DEFAULT '',
    direction   TEXT NOT NULL DEFAULT '',
    drafted_on  TEXT
);

-- 具体的な取組. actor: prefecture, hospital, municipality, other. hospital_ids: space separated.
-- status: not_started, in_progress, done, postponed.
CREATE TABLE promotion_action (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES promotion_plan (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL,
    actor           TEXT NOT NULL DEFAULT 'prefecture' CHECK (actor IN ('prefecture',
                        'hospital', 'municipality', 'other')),
    hospital_ids    TEXT NOT NULL DEFAULT '',
    due_fiscal_year INTEGER CHECK (due_fiscal_year IS NULL OR due_fiscal_year BETWEEN 2000 AND 2100),
    status          TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started',
                        'in_progress', 'done', 'postponed'))
);
CREATE INDEX promotion_action_by_plan ON promotion_action (plan_id, position);

CREATE TABLE promotion_note (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES promotion_action (id) ON DELETE CASCADE,
    noted_on  TEXT NOT NULL,
    text      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX promotion_note_by_action ON promotion_note (action_id, noted_on);

-- phase: plan, do, check, act; meeting_id: the council meeting that handled it.
CREATE TABLE pdca_entry (
    id          INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES region (code),
    phase       TEXT NOT NULL CHECK (phase IN ('plan', 'do', 'check', 'act')),
    entry_date  TEXT NOT NULL,
    meeting_id  INTEGER REFERENCES council_meeting (id) ON DELETE SET NULL,
    text        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pdca_entry_by_region ON pdca_entry (region_code, entry_date);

-- Every change of a planning record, one row per field ('added' / 'removed' for whole records).
CREATE TABLE planning_change (
    id           INTEGER PRIMARY KEY,
    record_table TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL,
    field        TEXT NOT NULL,
    old_value    TEXT NOT NULL DEFAULT '',
    new_value    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX planning_change_by_record ON planning_change (record_table, record_id, changed_at);
