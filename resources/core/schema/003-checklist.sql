-- Schema 3: the prefectural checklist. Templates are versioned and never edited in place:
-- an assessment keeps the version it was answered against.

CREATE TABLE checklist_template (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE checklist_genre (
    template_id INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (template_id, position)
) WITHOUT ROWID;

CREATE TABLE checklist_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    genre       TEXT NOT NULL,
    text        TEXT NOT NULL,
    basis       TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, number)
);

CREATE TABLE checklist_assessment (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_template (id),
    fiscal_year INTEGER NOT NULL,
    filled_on   TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- answer NULL: not answered yet.
CREATE TABLE checklist_answer (
    assessment_id INTEGER NOT NULL REFERENCES checklist_assessment (id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES checklist_item (id),
    answer        TEXT CHECK (answer IS NULL OR answer IN ('yes', 'no', 'not_applicable')),
    remarks       TEXT NOT NULL DEFAULT '',
    section       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, item_id)
) WITHOUT ROWID;
