-- Schema 3: the prefectural checklist (都道府県等の取組に関するチェックリスト).
-- Templates are versioned and never edited in place: editing or importing writes a new version,
-- and an assessment keeps the version it was answered against, so it prints as answered.

-- name + version identify a template; title is the heading of the printed form.
-- source: 'bundled' (the default shipped with the program), 'edited' or 'imported'.
CREATE TABLE checklist_template (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    title      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'edited' CHECK (source IN ('bundled', 'edited', 'imported')),
    based_on   INTEGER REFERENCES checklist_template (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);

-- The genres (ジャンル) in the order the form lists them.
CREATE TABLE checklist_genre (
    template_id INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position > 0),
    name        TEXT NOT NULL CHECK (name <> ''),
    PRIMARY KEY (template_id, position),
    UNIQUE (template_id, name)
) WITHOUT ROWID;

-- basis: the document the item rests on (ガイドライン, 平成30年6月通知 …), printed in brackets.
CREATE TABLE checklist_item (
    id             INTEGER PRIMARY KEY,
    template_id    INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL CHECK (number > 0),
    genre_position INTEGER NOT NULL,
    text           TEXT NOT NULL CHECK (text <> ''),
    basis          TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, number),
    FOREIGN KEY (template_id, genre_position)
        REFERENCES checklist_genre (template_id, position) ON DELETE CASCADE
);
CREATE INDEX checklist_item_by_template ON checklist_item (template_id, number);

-- A template in use by an assessment cannot be deleted (no cascade).
CREATE TABLE checklist_assessment (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_template (id),
    fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    filled_on   TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    copied_from INTEGER REFERENCES checklist_assessment (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row per item that has anything written; answer NULL: not answered yet.
-- remarks: 備考 (evidence, next step); section: the section in charge (担当課).
CREATE TABLE checklist_answer (
    assessment_id INTEGER NOT NULL REFERENCES checklist_assessment (id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES checklist_item (id),
    answer        TEXT CHECK (answer IS NULL OR answer IN ('yes', 'no', 'not_applicable')),
    remarks       TEXT NOT NULL DEFAULT '',
    section       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, item_id)
) WITHOUT ROWID;
