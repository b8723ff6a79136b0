-- Study sessions (勉強会) for hospitals held with the regional banks, the support measures
-- (支援策) hospitals can use, and the library of good practices (好事例).

-- The bank contacts the office keeps (地方銀行, 第二地方銀行): who to call about co-hosting.
CREATE TABLE bank_contact (
    id     INTEGER PRIMARY KEY,
    bank   TEXT NOT NULL,
    branch TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    phone  TEXT NOT NULL DEFAULT '',
    mail   TEXT NOT NULL DEFAULT '',
    note   TEXT NOT NULL DEFAULT ''
);

-- held_on: ISO date; starts_at / ends_at: HH:MM or ''. sponsors: one per line.
-- mhlw_request: what is asked of MHLW (a lecture, sponsorship (後援), both, or nothing); the
-- request is due two calendar months before held_on; mhlw_request_sent_on records it as sent.
CREATE TABLE study_session (
    id                   INTEGER PRIMARY KEY,
    title                TEXT NOT NULL,
    held_on              TEXT NOT NULL,
    starts_at            TEXT NOT NULL DEFAULT '',
    ends_at              TEXT NOT NULL DEFAULT '',
    format               TEXT NOT NULL DEFAULT 'web' CHECK (format IN ('web', 'in_person', 'hybrid')),
    status               TEXT NOT NULL DEFAULT 'idea' CHECK (status IN (
                             'idea', 'arranging', 'decided', 'held', 'cancelled')),
    host                 TEXT NOT NULL DEFAULT '',
    sponsors             TEXT NOT NULL DEFAULT '',
    mhlw_request         TEXT NOT NULL DEFAULT 'both' CHECK (mhlw_request IN (
                             'none', 'lecture', 'sponsorship', 'both')),
    mhlw_request_sent_on TEXT,
    venue                TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    follow_ups           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX study_session_by_date ON study_session (held_on);

-- Co-hosts in order: a bank of the contact list, or a name alone (an imported session).
CREATE TABLE session_co_host (
    session_id INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id INTEGER REFERENCES bank_contact (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

-- The programme in order (by default MHLW's four parts).
CREATE TABLE session_part (
    session_id   INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    speaker      TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

-- Hospitals invited to and attending a session.
CREATE TABLE session_hospital (
    session_id  INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    invited     INTEGER NOT NULL DEFAULT 1 CHECK (invited IN (0, 1)),
    attended    INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    PRIMARY KEY (session_id, hospital_id)
) WITHOUT ROWID;
CREATE INDEX session_hospital_by_hospital ON session_hospital (hospital_id);

-- Support measures presented in part ③ of a session (measure ids of the catalogue).
CREATE TABLE session_measure (
    session_id INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    measure_id TEXT NOT NULL,
    PRIMARY KEY (session_id, measure_id)
) WITHOUT ROWID;

-- The office's versions of the support-measure catalogue. The catalogue shipped with the
-- program is version 0 of each measure (a resource, not stored); an edit, a new measure or a
-- retirement (retired_on set) stores the next version. The newest version is the measure.
CREATE TABLE support_measure (
    measure_id TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    name       TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT '',
    basis      TEXT NOT NULL DEFAULT '',
    eligible   TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to   TEXT,
    retired_on TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (measure_id, version)
) WITHOUT ROWID;

-- A measure a hospital plans to use or has used for its response policy.
CREATE TABLE measure_use (
    id          INTEGER PRIMARY KEY,
    measure_id  TEXT NOT NULL,
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL DEFAULT 'planned' CHECK (stage IN ('planned', 'used')),
    fiscal_year INTEGER CHECK (fiscal_year IS NULL OR fiscal_year BETWEEN 2000 AND 2100),
    amount_yen  INTEGER CHECK (amount_yen IS NULL OR amount_yen >= 0),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measure_use_by_measure ON measure_use (measure_id);
CREATE INDEX measure_use_by_hospital ON measure_use (hospital_id);

-- Good practices: a prefecture's way of working or a hospital's conversion, merger,
-- downsizing or network. tags: one per line.
CREATE TABLE practice_case (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN (
                     'prefecture', 'conversion', 'merger', 'downsizing', 'network')),
    region_size  TEXT NOT NULL DEFAULT '',
    background   TEXT NOT NULL DEFAULT '',
    actions      TEXT NOT NULL DEFAULT '',
    results      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    source_page  TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT ''
);

-- Where a case was used: target_kind region (code), session or council (id as text).
CREATE TABLE practice_case_link (
    case_id     INTEGER NOT NULL REFERENCES practice_case (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('region', 'session', 'council')),
    target      TEXT NOT NULL,
    PRIMARY KEY (case_id, target_kind, target)
) WITHOUT ROWID;

-- Every change to a session, bank contact, measure link or case, one row per field: who (the
-- OS user), when (local time, ISO 8601 with milliseconds), the old and new value as text.
-- entity: session, bank, measure_use, case.
CREATE TABLE support_change (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT NOT NULL DEFAULT '',
    new_value  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_change_by_entity ON support_change (entity, entity_id, changed_at);
