import LotseCore

/// Where a referral stands on the roster — one answer, derived from the stored state, that
/// the caseworker's referral list, `roster waiting`, `referral list --waiting`, `roster
/// show` and the exports all give: its current booking, its entry in a live draft, the
/// reason the month and version that explain its waiting gave, or the day before which it
/// is not planned.
public enum ReferralPlacement: Sendable, Equatable {
    /// One slot of a session.
    public struct Slot: Sendable, Equatable {
        /// The session's id.
        public var session: Int64
        /// The session's day.
        public var date: CalendarDate
        /// The slot's start, `HH:MM` Europe/Berlin.
        public var time: String
        /// Where.
        public var place: String
        /// 1-based slot number within the session.
        public var index: Int
        /// The specialist's name.
        public var specialist: String
        /// The booked appointment's number (for `lotse appointment cancel`).
        public var appointment: Int64?

        /// Creates a slot description.
        public init(session: Int64, date: CalendarDate, time: String, place: String, index: Int, specialist: String,
                    appointment: Int64? = nil) {
            self.appointment = appointment
            self.session = session
            self.date = date
            self.time = time
            self.place = place
            self.index = index
            self.specialist = specialist
        }
    }

    /// It has a live appointment: its current booking.
    case appointment(Slot)
    /// It is an entry of the live (draft or approved) version `version` of `month`
    /// (`YYYY-MM`) in `slot` — planned, not booked yet.
    case draft(month: String, version: Int, slot: Slot)
    /// The newest version `version` of `month` (`YYYY-MM`) left it waiting for `reason`
    /// (`detail` in the planner's words), or — for `no-show`, `appointment-cancelled` and
    /// `session-cancelled` — its appointment in that month's version ended so.
    case waiting(reason: String, detail: String, month: String, version: Int)
    /// It may not be planned before this day (a "present again in N months" follow-up).
    case notBefore(CalendarDate)
}
