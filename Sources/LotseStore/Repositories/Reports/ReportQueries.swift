import Foundation
import LotseCore

/// Reads what `lotse report` counts, as plain records without pseudonyms, notes or
/// names: the counting itself is `ReportBuilder` in LotseCore, so the SQL here stays a
/// plain read that a test can mirror. Instants (`updated_at`, `authored_at`) become days
/// in Europe/Berlin, where the service works.
public struct ReportQueries {
    /// The connection, inside the caller's read transaction.
    public let db: Connection

    /// Reads through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Everything the report needs, for all time (the builder picks the periods).
    public func records(timeZone: TimeZone) throws(StoreError) -> ReportRecords {
        func day(_ row: Row, _ column: String) throws(StoreError) -> CalendarDate {
            try row.decode(CalendarDate.self, column)
        }
        var records = ReportRecords()
        for row in try db.fetchAll("""
            SELECT id, kind, municipality, language, urgency, interpreter, referred_on, status, updated_at FROM referrals ORDER BY id
            """) {
            let status = try row.decode(String.self, "status")
            let settled = status == "closed" || status == "withdrawn"
            records.referrals.append(ReportRecords.Referral(
                id: try row.decode(Int64.self, "id"), kind: try row.decode(String.self, "kind"),
                municipality: try row.decode(String.self, "municipality"), language: try row.decode(String.self, "language"),
                urgency: try row.decode(String.self, "urgency"), interpreter: try row.decode(Bool.self, "interpreter"),
                referredOn: try day(row, "referred_on"), status: status,
                settledOn: settled ? CalendarDate(instant: try row.decode(Date.self, "updated_at"), in: timeZone) : nil))
        }
        for row in try db.fetchAll("""
            SELECT appointments.referral_id, sessions.held_on, appointments.attendance
            FROM appointments JOIN slots ON slots.id = appointments.slot_id JOIN sessions ON sessions.id = slots.session_id
            ORDER BY appointments.id
            """) {
            records.appointments.append(ReportRecords.Appointment(
                referralID: try row.decode(Int64.self, "referral_id"), on: try day(row, "held_on"),
                attendance: try row.decodeIfPresent(String.self, "attendance")))
        }
        for row in try db.fetchAll("""
            SELECT sessions.held_on FROM slots JOIN sessions ON sessions.id = slots.session_id WHERE sessions.cancelled = 0
            """) {
            records.offeredSlots.append(try day(row, "held_on"))
        }
        var codes: [Int64: [String]] = [:]
        for row in try db.fetchAll("SELECT assessment_id, code FROM recommendations ORDER BY assessment_id, position") {
            codes[try row.decode(Int64.self, "assessment_id"), default: []].append(try row.decode(String.self, "code"))
        }
        for row in try db.fetchAll("SELECT id, appointment_on FROM assessments ORDER BY id") {
            records.assessments.append((on: try day(row, "appointment_on"), codes: codes[try row.decode(Int64.self, "id")] ?? []))
        }
        for row in try db.fetchAll("SELECT due_on, status FROM follow_up_steps ORDER BY id") {
            records.followUps.append((dueOn: try day(row, "due_on"), status: try row.decode(String.self, "status")))
        }
        // A help-plan version written by recording an assessment says so in its change
        // text (`HelpPlan.addAssessment`); other specialist edits do not count.
        for row in try db.fetchAll("""
            SELECT authored_at FROM help_plan_versions WHERE change LIKE 'assessment % recorded' ORDER BY authored_at
            """) {
            records.helpPlanUpdates.append(CalendarDate(instant: try row.decode(Date.self, "authored_at"), in: timeZone))
        }
        // Acute risk reported at a screening or a referral: its own dated row, which
        // outlives the audit entry and the client (`EscalationCounts`).
        records.escalations = try EscalationCounts(db).days()
        return records
    }
}
