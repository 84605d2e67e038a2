import LotseCore

/// Where a referral stands on the roster: its appointment slot, or — when a published
/// roster left it waiting — the reason the planner gave.
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

    /// It has an appointment (or a slot in the published roster).
    case appointment(Slot)
    /// The published roster of `month` (`YYYY-MM`) left it waiting for `reason`.
    case waiting(reason: String, detail: String, month: String)
}
