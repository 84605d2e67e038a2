import Foundation
import LotseCore

/// The specialist's view of the roster tables: their day, one session, the appointments
/// in the past that nobody resolved yet, and whether they see a client at all.
public struct SpecialistAgenda {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The agenda as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    static let select = """
        SELECT a.id, a.referral_id, sl.session_id, sl.position, sl.start_time, sl.minutes, s.held_on, s.place, s.cancelled,
               s.specialist_id, sp.name AS specialist_name, sp.unix_user, ro.published_by, a.attendance,
               (SELECT x.id FROM assessments x WHERE x.referral_id = a.referral_id) AS assessment_id
        FROM appointments a
        JOIN slots sl ON sl.id = a.slot_id
        JOIN sessions s ON s.id = sl.session_id
        JOIN specialists sp ON sp.id = s.specialist_id
        LEFT JOIN rosters ro ON ro.id = a.roster_id
        """

    /// One appointment, or nil.
    public func entry(appointment id: Int64) throws(StoreError) -> AgendaEntry? {
        try entries(Self.select + " WHERE a.id = ?", [id]).first
    }

    /// The appointments held on `date`, optionally only in the sessions of the specialist
    /// with Unix account `user`; in slot order.
    public func day(_ date: CalendarDate, specialistUser user: String?) throws(StoreError) -> [AgendaEntry] {
        try entries(Self.select + """
             WHERE s.held_on = ?1 AND (?2 IS NULL OR sp.unix_user = ?2)
            ORDER BY sl.start_time, s.id, sl.position, a.id
            """, [date, user])
    }

    /// The appointments of one session, in slot order.
    public func session(_ id: SessionID) throws(StoreError) -> [AgendaEntry] {
        try entries(Self.select + " WHERE s.id = ? ORDER BY sl.position, a.id", [id])
    }

    /// Appointments held before `date` that nobody gave an outcome yet (never marked
    /// automatically), optionally only one specialist's; oldest first.
    public func unresolved(before date: CalendarDate, specialistUser user: String?) throws(StoreError) -> [AgendaEntry] {
        try entries(Self.select + """
             WHERE a.attendance IS NULL AND s.cancelled = 0 AND s.held_on < ?1 AND (?2 IS NULL OR sp.unix_user = ?2)
            ORDER BY s.held_on, sl.start_time, a.id
            """, [date, user])
    }

    /// Whether the specialist with Unix account `user` has (or had) an appointment with
    /// `client` in one of their sessions — the only clients a specialist sees.
    public func specialist(_ user: String, sees client: ClientID) throws(StoreError) -> Bool {
        let count = try db.fetchValue(Int.self, """
            SELECT count(*) FROM appointments a
            JOIN referrals r ON r.id = a.referral_id
            JOIN slots sl ON sl.id = a.slot_id
            JOIN sessions s ON s.id = sl.session_id
            JOIN specialists sp ON sp.id = s.specialist_id
            WHERE r.client = ? AND sp.unix_user = ?
            """, [client, user]) ?? 0
        return count > 0
    }

    /// The appointment at which `referral` attended, if any (the one an assessment is for).
    public func attended(referral: ReferralID) throws(StoreError) -> AgendaEntry? {
        try entries(Self.select + " WHERE a.referral_id = ? AND a.attendance = 'attended' ORDER BY a.id DESC", [referral]).first
    }

    /// Who a follow-up step concerns besides its owner: the assessment it came from, the
    /// client's caseworker and the specialist who recorded the assessment (nil where none).
    public func context(step id: FollowUpStepID) throws(StoreError) -> (assessment: AssessmentID?, caseworker: String?, specialistUser: String?) {
        guard let row = try db.fetchOne("""
            SELECT f.assessment_id, c.caseworker, sp.unix_user
            FROM follow_up_steps f
            LEFT JOIN clients c ON c.pseudonym = f.client
            LEFT JOIN assessments x ON x.id = f.assessment_id
            LEFT JOIN specialists sp ON sp.id = x.specialist_id
            WHERE f.id = ?
            """, [id]) else { return (nil, nil, nil) }
        return (try row.decodeIfPresent(AssessmentID.self, "assessment_id"), try row.decodeIfPresent(String.self, "caseworker"),
                try row.decodeIfPresent(String.self, "unix_user"))
    }

    private func entries(_ sql: String, _ arguments: StatementArguments) throws(StoreError) -> [AgendaEntry] {
        try db.fetchAll(sql, arguments) { row throws(StoreError) in
            AgendaEntry(
                appointment: try row.decode(Int64.self, "id"),
                referral: try row.decode(ReferralID.self, "referral_id"),
                slot: SlotID(session: try row.decode(SessionID.self, "session_id"), index: try row.decode(Int.self, "position")),
                date: try row.decode(CalendarDate.self, "held_on"),
                time: try row.decode(String.self, "start_time"),
                minutes: try row.decode(Int.self, "minutes"),
                place: try row.decode(String.self, "place"),
                sessionCancelled: try row.decode(Bool.self, "cancelled"),
                specialist: try row.decode(SpecialistID.self, "specialist_id"),
                specialistName: try row.decode(String.self, "specialist_name"),
                specialistUser: try row.decode(String.self, "unix_user"),
                publishedBy: try row.decodeIfPresent(String.self, "published_by"),
                attendance: try row.decodeIfPresent(Attendance.self, "attendance"),
                assessment: try row.decodeIfPresent(AssessmentID.self, "assessment_id"))
        }
    }
}
