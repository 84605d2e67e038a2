/// Schema version 9: acute-risk escalations in their own table (issue 18).
///
/// The report counts acute-risk escalations per period. They were counted from the audit
/// log, whose entries expire after `[retention] audit_months`: a report of an older year
/// lost its escalations. `acute_risk_escalations` keeps one row per escalation that
/// alerted the coordinators (a coalesced repeat is no new escalation): the day in
/// Europe/Berlin, which is all the count needs — never the kind of risk, the time of day
/// or who raised it — and the pseudonym while the client exists. The pseudonym makes the
/// row part of the client's record: the retention purge removes it with the client
/// (`ON DELETE SET NULL`), and what stays is an anonymous dated row, so a purged client's
/// escalation still counts in the report of its year.
///
/// The table is filled once from the audit entries still there (`screening.acute-risk`
/// and `referral.acute-risk` with outcome `ok`); their instants become days in
/// Europe/Berlin by the EU summer-time rule (the last Sundays of March and October at
/// 01:00 UTC), which SQLite cannot look up itself.
enum SchemaEscalationCounts {
    static let migration = Migration(version: 9, name: "acute-risk escalations counted in their own table", sql: sql)

    static let sql = """
    CREATE TABLE acute_risk_escalations (
        id          INTEGER PRIMARY KEY,
        raised_on   TEXT NOT NULL CHECK (raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        client      TEXT REFERENCES clients (pseudonym) ON DELETE SET NULL
    ) STRICT;
    CREATE INDEX acute_risk_escalations_by_day ON acute_risk_escalations (raised_on);
    CREATE INDEX acute_risk_escalations_by_client ON acute_risk_escalations (client) WHERE client IS NOT NULL;

    INSERT INTO acute_risk_escalations (raised_on, client)
    SELECT date(at, 'unixepoch',
                CASE WHEN at >= CAST(strftime('%s', date(strftime('%Y', at, 'unixepoch') || '-03-31', '-6 days', 'weekday 0'), '+1 hour') AS INTEGER)
                      AND at < CAST(strftime('%s', date(strftime('%Y', at, 'unixepoch') || '-10-31', '-6 days', 'weekday 0'), '+1 hour') AS INTEGER)
                     THEN '+2 hours' ELSE '+1 hour' END),
           (SELECT pseudonym FROM clients WHERE pseudonym = audit_log.record_id)
    FROM audit_log
    WHERE action IN ('screening.acute-risk', 'referral.acute-risk') AND outcome = 'ok'
    ORDER BY id;
    """
}
