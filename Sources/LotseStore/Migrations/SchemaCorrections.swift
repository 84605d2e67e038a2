/// Schema version 6: corrections (issue 15, "Corrections").
///
/// - `caseworkers.email` may be NULL: a coordinator clears an address (`caseworker set
///   USER --email ""`) and keeps the entry's language, which still decides the language of
///   the help-plan goals an assessment writes. SQLite cannot relax a NOT NULL in place, so
///   the table is rebuilt; nothing refers to it by foreign key.
/// - `consents.on_paper`: a consent the client gave on paper before the case was opened in
///   Lotse (existing cases) carries that day as `given_on`; `recorded_at` beside it keeps
///   when it was entered. Only such a consent may predate the case.
/// - Assessments can be amended by their author for a while (`[assessments] amend_days`):
///   `assessments` holds the version in force with `version`, and who amended it, when and
///   why; every version it replaced is kept whole in `assessment_versions`, which is only
///   ever added to.
enum SchemaCorrections {
    static let migration = Migration(version: 6, name: "corrections: caseworker entries, paper consents, assessment versions", sql: sql)

    static let sql = """
    CREATE TABLE caseworkers_new (
        unix_user     TEXT PRIMARY KEY CHECK (length(unix_user) BETWEEN 1 AND 64),
        email         TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
        language      TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en'))
    ) STRICT;
    INSERT INTO caseworkers_new (unix_user, email, language) SELECT unix_user, email, language FROM caseworkers;
    DROP TABLE caseworkers;
    ALTER TABLE caseworkers_new RENAME TO caseworkers;

    ALTER TABLE consents ADD COLUMN on_paper INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0, 1));

    ALTER TABLE assessments ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
    ALTER TABLE assessments ADD COLUMN amended_by TEXT CHECK (amended_by IS NULL OR length(amended_by) BETWEEN 1 AND 64);
    ALTER TABLE assessments ADD COLUMN amended_at INTEGER;
    ALTER TABLE assessments ADD COLUMN amend_reason TEXT CHECK (amend_reason IS NULL OR length(amend_reason) BETWEEN 1 AND 500);

    -- Health data like the note in force: read only through the assessment repository.
    CREATE TABLE assessment_versions (
        assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        version         INTEGER NOT NULL CHECK (version >= 1),
        note            TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
        recommendations TEXT NOT NULL CHECK (json_valid(recommendations) AND json_type(recommendations) = 'array'),
        steps           TEXT NOT NULL CHECK (json_valid(steps) AND json_type(steps) = 'array'),
        written_by      TEXT NOT NULL CHECK (length(written_by) BETWEEN 1 AND 64),
        written_at      INTEGER NOT NULL,
        reason          TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
        replaced_at     INTEGER NOT NULL,
        PRIMARY KEY (assessment_id, version)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER assessment_versions_no_update BEFORE UPDATE ON assessment_versions
    BEGIN
        SELECT RAISE(ABORT, 'earlier assessment versions are kept as written');
    END;
    """
}
