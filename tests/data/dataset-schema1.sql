-- A dataset as Koso Planner schema 1 wrote it (sqlite3 .dump plus its two header pragmas).
-- Used by tst_dataset to test the migration to the current schema; never edit it.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta VALUES('created_at','2025-04-01T09:00:00');
INSERT INTO meta VALUES('created_by_version','0.0.9');
INSERT INTO meta VALUES('home_prefecture','13');
CREATE TABLE prefecture (
    code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
    name       TEXT NOT NULL,
    population INTEGER CHECK (population IS NULL OR population >= 0),
    area_km2   REAL CHECK (area_km2 IS NULL OR area_km2 >= 0)
);
INSERT INTO prefecture VALUES('00','全国',NULL,NULL);
INSERT INTO prefecture VALUES('01','北海道',NULL,NULL);
INSERT INTO prefecture VALUES('02','青森県',NULL,NULL);
INSERT INTO prefecture VALUES('03','岩手県',NULL,NULL);
INSERT INTO prefecture VALUES('04','宮城県',NULL,NULL);
INSERT INTO prefecture VALUES('05','秋田県',NULL,NULL);
INSERT INTO prefecture VALUES('06','山形県',NULL,NULL);
INSERT INTO prefecture VALUES('07','福島県',NULL,NULL);
INSERT INTO prefecture VALUES('08','茨城県',NULL,NULL);
INSERT INTO prefecture VALUES('09','栃木県',NULL,NULL);
INSERT INTO prefecture VALUES('10','群馬県',NULL,NULL);
INSERT INTO prefecture VALUES('11','埼玉県',NULL,NULL);
INSERT INTO prefecture VALUES('12','千葉県',NULL,NULL);
INSERT INTO prefecture VALUES('13','東京都',NULL,NULL);
INSERT INTO prefecture VALUES('14','神奈川県',NULL,NULL);
INSERT INTO prefecture VALUES('15','新潟県',NULL,NULL);
INSERT INTO prefecture VALUES('16','富山県',NULL,NULL);
INSERT INTO prefecture VALUES('17','石川県',NULL,NULL);
INSERT INTO prefecture VALUES('18','福井県',NULL,NULL);
INSERT INTO prefecture VALUES('19','山梨県',NULL,NULL);
INSERT INTO prefecture VALUES('20','長野県',NULL,NULL);
INSERT INTO prefecture VALUES('21','岐阜県',NULL,NULL);
INSERT INTO prefecture VALUES('22','静岡県',NULL,NULL);
INSERT INTO prefecture VALUES('23','愛知県',NULL,NULL);
INSERT INTO prefecture VALUES('24','三重県',NULL,NULL);
INSERT INTO prefecture VALUES('25','滋賀県',NULL,NULL);
INSERT INTO prefecture VALUES('26','京都府',NULL,NULL);
INSERT INTO prefecture VALUES('27','大阪府',NULL,NULL);
INSERT INTO prefecture VALUES('28','兵庫県',NULL,NULL);
INSERT INTO prefecture VALUES('29','奈良県',NULL,NULL);
INSERT INTO prefecture VALUES('30','和歌山県',NULL,NULL);
INSERT INTO prefecture VALUES('31','鳥取県',NULL,NULL);
INSERT INTO prefecture VALUES('32','島根県',NULL,NULL);
INSERT INTO prefecture VALUES('33','岡山県',NULL,NULL);
INSERT INTO prefecture VALUES('34','広島県',NULL,NULL);
INSERT INTO prefecture VALUES('35','山口県',NULL,NULL);
INSERT INTO prefecture VALUES('36','徳島県',NULL,NULL);
INSERT INTO prefecture VALUES('37','香川県',NULL,NULL);
INSERT INTO prefecture VALUES('38','愛媛県',NULL,NULL);
INSERT INTO prefecture VALUES('39','高知県',NULL,NULL);
INSERT INTO prefecture VALUES('40','福岡県',NULL,NULL);
INSERT INTO prefecture VALUES('41','佐賀県',NULL,NULL);
INSERT INTO prefecture VALUES('42','長崎県',NULL,NULL);
INSERT INTO prefecture VALUES('43','熊本県',NULL,NULL);
INSERT INTO prefecture VALUES('44','大分県',NULL,NULL);
INSERT INTO prefecture VALUES('45','宮崎県',NULL,NULL);
INSERT INTO prefecture VALUES('46','鹿児島県',NULL,NULL);
INSERT INTO prefecture VALUES('47','沖縄県',NULL,NULL);
CREATE TABLE region (
    code            TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 4),
    prefecture_code TEXT NOT NULL REFERENCES prefecture (code),
    name            TEXT NOT NULL,
    population      INTEGER CHECK (population IS NULL OR population >= 0),
    area_km2        REAL CHECK (area_km2 IS NULL OR area_km2 >= 0)
);
INSERT INTO region VALUES('1301','13','区中央部',921616,63.649999999999998579);
CREATE TABLE bed_function (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    name_ja         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    position        INTEGER NOT NULL,
    counts_in_total INTEGER NOT NULL DEFAULT 1 CHECK (counts_in_total IN (0, 1))
);
INSERT INTO bed_function VALUES(1,'HighAcute','高度急性期','Advanced acute',1,1);
INSERT INTO bed_function VALUES(2,'Acute','急性期','Acute',2,1);
INSERT INTO bed_function VALUES(3,'Recovery','回復期','Recovery',3,1);
INSERT INTO bed_function VALUES(4,'Chronic','慢性期','Chronic',4,1);
INSERT INTO bed_function VALUES(5,'Closed','休棟中等','Closed or unreported',5,0);
CREATE TABLE edition (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    fiscal_year INTEGER NOT NULL,
    source      TEXT NOT NULL DEFAULT 'mhlw'
);
INSERT INTO edition VALUES(1,'令和6年度',2024,'mhlw');
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
INSERT INTO region_bed VALUES('1301','required',2025,1,1,5765,NULL);
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
CREATE TABLE region_patient_flow (
    region_code    TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('net', 'outflow', 'inflow')),
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    share          REAL,
    missing_reason TEXT,
    PRIMARY KEY (region_code, kind, edition_id)
) WITHOUT ROWID;
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
CREATE TABLE hospital_edition (
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    rank        INTEGER,
    roles       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hospital_id, edition_id)
) WITHOUT ROWID;
CREATE TABLE hospital_bed (
    hospital_id INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES edition (id),
    function_id INTEGER NOT NULL REFERENCES bed_function (id),
    beds        INTEGER NOT NULL CHECK (beds >= 0),
    PRIMARY KEY (hospital_id, edition_id, function_id)
) WITHOUT ROWID;
CREATE TABLE hospital_metric (
    hospital_id    INTEGER NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
    edition_id     INTEGER NOT NULL REFERENCES edition (id),
    metric         TEXT NOT NULL,
    value          REAL,
    missing_reason TEXT,
    CHECK ((value IS NULL) = (missing_reason IS NOT NULL)),
    PRIMARY KEY (hospital_id, edition_id, metric)
) WITHOUT ROWID;
CREATE INDEX region_by_prefecture ON region (prefecture_code);
CREATE INDEX hospital_edition_by_edition ON hospital_edition (edition_id);
PRAGMA application_id = 1263489871;
PRAGMA user_version = 1;
