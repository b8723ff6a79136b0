-- Schema 4: what the import of MHLW's workbooks needs beyond schema 1.

-- A facility listed in an edition without figures (「未報告」: it did not report) keeps the
-- reason; its beds and metrics are then absent, never 0.
ALTER TABLE hospital_edition ADD COLUMN missing_reason TEXT;

-- MHLW's reporting rates can exceed 100 % (a prefecture's 2022 rate is 101.1 %: more reports
-- than facilities on its list). Schema 1 capped them at 1; the tables are rebuilt without it.
CREATE TABLE region_reporting_rate_v4 (
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    rate           REAL CHECK (rate IS NULL OR rate >= 0),
    missing_reason TEXT,
    PRIMARY KEY (region_code, year, edition_id)
) WITHOUT ROWID;
INSERT INTO region_reporting_rate_v4 SELECT region_code, year, edition_id, rate, missing_reason FROM region_reporting_rate;
DROP TABLE region_reporting_rate;
ALTER TABLE region_reporting_rate_v4 RENAME TO region_reporting_rate;

CREATE TABLE prefecture_reporting_rate_v4 (
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    edition_id      INTEGER NOT NULL REFERENCES edition (id),
    rate            REAL CHECK (rate IS NULL OR rate >= 0),
    missing_reason  TEXT,
    PRIMARY KEY (prefecture_code, year, edition_id)
) WITHOUT ROWID;
INSERT INTO prefecture_reporting_rate_v4 SELECT prefecture_code, year, edition_id, rate, missing_reason FROM prefecture_reporting_rate;
DROP TABLE prefecture_reporting_rate;
ALTER TABLE prefecture_reporting_rate_v4 RENAME TO prefecture_reporting_rate;
