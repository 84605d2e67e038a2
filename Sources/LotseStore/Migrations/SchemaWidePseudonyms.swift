/// Schema version 5: pseudonyms with more than four running digits (issue 12, "pseudonyms
/// never run out"). Version 1 allowed exactly `K-YYYY-NNNN`, so a year ended after 9 999
/// clients. `clients` is rebuilt (SQLite cannot change a CHECK in place) with a check that
/// accepts four to seven digits in canonical form — every stored pseudonym still passes
/// unchanged; the tables referring to `clients` keep their references by name.
enum SchemaWidePseudonyms {
    static let migration = Migration(version: 5, name: "pseudonyms with up to seven running digits", sql: sql, rebuildsTables: true)

    static let sql = """
    CREATE TABLE clients_new (
        pseudonym     TEXT PRIMARY KEY CHECK (length(pseudonym) BETWEEN 11 AND 14
                                              AND pseudonym GLOB 'K-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'
                                              AND substr(pseudonym, 8) NOT GLOB '*[^0-9]*'
                                              AND (length(pseudonym) = 11 OR substr(pseudonym, 8, 1) <> '0')),
        caseworker    TEXT NOT NULL CHECK (length(caseworker) BETWEEN 1 AND 64),
        municipality  TEXT NOT NULL CHECK (length(municipality) BETWEEN 1 AND 64),
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
        opened_on     TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        closed_on     TEXT CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at    INTEGER NOT NULL,
        CHECK ((status = 'closed') = (closed_on IS NOT NULL))
    ) STRICT;
    INSERT INTO clients_new (pseudonym, caseworker, municipality, status, opened_on, closed_on, created_at)
        SELECT pseudonym, caseworker, municipality, status, opened_on, closed_on, created_at FROM clients;
    DROP TABLE clients;
    ALTER TABLE clients_new RENAME TO clients;
    CREATE INDEX clients_by_caseworker ON clients (caseworker);
    CREATE INDEX clients_closed ON clients (closed_on) WHERE closed_on IS NOT NULL;
    """
}
