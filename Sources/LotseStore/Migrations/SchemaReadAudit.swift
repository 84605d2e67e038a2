/// Schema version 7: `audit_log.subjects`, the pseudonyms an audited read disclosed (or a
/// list left out for lack of right), in `PseudonymList`'s compact text form.
///
/// One read call is one audit entry however many clients its reply carries: before this,
/// a list wrote one entry per record while holding the single writer, and a coordinator's
/// list of 10 000 referrals held every other writer for more than a second. The column
/// holds identifiers only (pseudonyms), never content; NULL for entries that name no
/// list. Adding a nullable column leaves every existing row and trigger as it is.
enum SchemaReadAudit {
    static let migration = Migration(version: 7, name: "audit entries name the pseudonyms a read disclosed", sql: """
    ALTER TABLE audit_log ADD COLUMN subjects TEXT;
    """)
}
