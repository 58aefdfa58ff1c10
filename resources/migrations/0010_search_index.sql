-- DeskCRM schema v10: global search (Ctrl+K, deskcrm-cli search) over every searchable record kind.
-- Tokens and dialect blocks as in 0001_initial.sql.
--
-- One row per live searchable record (SearchKinds), written by SearchIndex inside the writer's transaction
-- (RecordWriter::commit) and rebuilt after bulk loads; a deleted record has no row, a restored one gets it back.
-- The text is computed by the program (TextFolding: NFKC, case folding, accents, ICU's pinyin), which SQL
-- cannot do, so no trigger on the record tables could keep it:
--   body   the searched fields folded, then the pinyin of the title's Chinese (full and initials), then the digits
--          of phone numbers; found by any part of three characters or more (trigram indexes)
--   grams  short-term tokens, space-separated: each character and each pair of adjacent characters of non-Latin
--          text (王, 张伟), and the first one and two characters of each Latin word, digit run and pinyin word
--          (zw, zh): a term of one or two characters is found by exact token lookup, where trigrams find nothing
-- entry_id numbers the rows (SQLite: the rowid itself, named so VACUUM keeps it); kind_number is SearchKind::number.
-- @sqlite
CREATE TABLE search_index (
    entry_id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    kind_number INTEGER NOT NULL,
    record_id {UUID} NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    grams TEXT NOT NULL
);
-- @end
-- @postgresql
CREATE TABLE search_index (
    entry_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    kind_number INTEGER NOT NULL,
    record_id {UUID} NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    grams TEXT NOT NULL
);
-- @end
CREATE UNIQUE INDEX ux_search_index_record ON search_index(kind, record_id);

-- @sqlite
-- Both full-text tables are contentless (the text is in search_index) and kept by these triggers. Their rowid is
-- (kind_number << 40) | entry_id: each kind's rows lie in a rowid range of their own, so a search of one kind seeks
-- to its range instead of reading past every match of the other kinds.
CREATE VIRTUAL TABLE search_fts USING fts5(body, content='', tokenize='trigram');
CREATE VIRTUAL TABLE search_short USING fts5(grams, content='', tokenize='unicode61 remove_diacritics 0', detail='none');
CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN
    INSERT INTO search_fts(rowid, body) VALUES ((new.kind_number << 40) | new.entry_id, new.body);
    INSERT INTO search_short(rowid, grams) VALUES ((new.kind_number << 40) | new.entry_id, new.grams);
END;
CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN
    INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', (old.kind_number << 40) | old.entry_id, old.body);
    INSERT INTO search_short(search_short, rowid, grams) VALUES ('delete', (old.kind_number << 40) | old.entry_id, old.grams);
END;
-- @end
-- @postgresql
-- pg_trgm (created by 0001_initial) serves LIKE '%term%' for terms of three characters or more; the short
-- tokens are an array with a GIN index, looked up with @>.
CREATE INDEX ix_search_index_body ON search_index USING gin (body gin_trgm_ops);
CREATE INDEX ix_search_index_grams ON search_index USING gin (string_to_array(grams, ' '));
-- @end
