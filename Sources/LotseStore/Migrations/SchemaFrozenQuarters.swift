/// Schema version 12: the frozen figures of ended quarters (issue 18).
///
/// A report given to the district council must read the same when it is printed again,
/// but the figures of an ended quarter could still change: an attendance or no-show
/// recorded late, a correction, and above all the retention purge deleting a closed case
/// (then everything it counted left its quarters). `report_frozen_quarters` keeps, for
/// each ended quarter, the counts its figures are worked out from, counted the first time
/// they were needed after the quarter ended (a report covering it, or a purge about to
/// delete something the quarter counts); later reports use them.
///
/// A row holds the quarter's first day, the day it was frozen and the counts as JSON
/// (`PeriodFacts`): counts per category, the waits of those seen as plain day counts per
/// month, the waiting list at the quarter's end by urgency and age band. No pseudonym, no
/// record number, no day of anyone's referral or appointment: after a purge nothing in it
/// points back at a person.
enum SchemaFrozenQuarters {
    static let migration = Migration(version: 12, name: "frozen figures of ended quarters", sql: sql)

    static let sql = """
    CREATE TABLE report_frozen_quarters (
        quarter     TEXT PRIMARY KEY CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-01'),
        frozen_on   TEXT NOT NULL CHECK (frozen_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        facts       TEXT NOT NULL CHECK (json_valid(facts))
    ) STRICT;
    """
}
