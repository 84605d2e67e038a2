/// The plain facts the report is counted from, as the store hands them over: no
/// pseudonyms, no notes, only what a figure needs. Keeping the counting apart from SQL
/// lets it be tested with hand-made records and keeps the report's rules in one place.
public struct ReportRecords: Sendable, Equatable {
    /// A referral: what was asked for, for whom (by municipality and language only) and
    /// how it ended. `settledOn` is the day a closed or withdrawn referral was last
    /// changed (its closing), nil while it is open.
    public struct Referral: Sendable, Equatable {
        /// The referral's number, to join appointments; never printed.
        public var id: Int64
        /// `assessment`, `follow-up` or `consultation`.
        public var kind: String
        /// The municipality slug.
        public var municipality: String
        /// The language code.
        public var language: String
        /// `routine`, `elevated` or `high`.
        public var urgency: String
        /// An interpreter was asked for.
        public var interpreter: Bool
        /// The day of the referral.
        public var referredOn: CalendarDate
        /// The current status (`waiting`, `scheduled`, `attended`, `closed`, …).
        public var status: String
        /// For closed or withdrawn referrals: the day of that last change.
        public var settledOn: CalendarDate?

        /// Creates a record.
        public init(id: Int64, kind: String, municipality: String, language: String, urgency: String, interpreter: Bool,
                    referredOn: CalendarDate, status: String, settledOn: CalendarDate?) {
            (self.id, self.kind, self.municipality, self.language, self.urgency, self.interpreter) =
                (id, kind, municipality, language, urgency, interpreter)
            (self.referredOn, self.status, self.settledOn) = (referredOn, status, settledOn)
        }
    }

    /// An appointment (a booked slot): its day and what became of it (nil: not recorded yet).
    public struct Appointment: Sendable, Equatable {
        /// The referral it serves.
        public var referralID: Int64
        /// The day of its session.
        public var on: CalendarDate
        /// `attended`, `no-show`, `cancelled-by-client`, `cancelled-by-service` or nil.
        public var attendance: String?

        /// Creates a record.
        public init(referralID: Int64, on: CalendarDate, attendance: String?) {
            (self.referralID, self.on, self.attendance) = (referralID, on, attendance)
        }
    }

    /// Referrals of every status.
    public var referrals: [Referral]
    /// Every appointment ever booked.
    public var appointments: [Appointment]
    /// The day of every slot of a session that was not cancelled (the slots offered).
    public var offeredSlots: [CalendarDate]
    /// Each assessment's day and its recommendation codes.
    public var assessments: [(on: CalendarDate, codes: [String])]
    /// Each follow-up step's due day and status (`open`, `done`, `dropped`).
    public var followUps: [(dueOn: CalendarDate, status: String)]
    /// The day of every help-plan version written by recording an assessment.
    public var helpPlanUpdates: [CalendarDate]
    /// The day of every screening that ended in the acute-risk route.
    public var escalations: [CalendarDate]

    /// Creates the records.
    public init(referrals: [Referral] = [], appointments: [Appointment] = [], offeredSlots: [CalendarDate] = [],
                assessments: [(on: CalendarDate, codes: [String])] = [], followUps: [(dueOn: CalendarDate, status: String)] = [],
                helpPlanUpdates: [CalendarDate] = [], escalations: [CalendarDate] = []) {
        (self.referrals, self.appointments, self.offeredSlots) = (referrals, appointments, offeredSlots)
        (self.assessments, self.followUps, self.helpPlanUpdates, self.escalations) = (assessments, followUps, helpPlanUpdates, escalations)
    }

    /// The earliest day any record speaks of, to decide whether a previous period has data.
    public var earliest: CalendarDate? {
        (referrals.map(\.referredOn) + offeredSlots + appointments.map(\.on)).min()
    }

    /// The earliest day any record of any kind speaks of: the first quarter whose facts
    /// can hold anything.
    public var firstDay: CalendarDate? {
        ([earliest].compactMap { $0 } + assessments.map(\.on) + followUps.map(\.dueOn) + helpPlanUpdates + escalations).min()
    }

    /// Equal when every list is equal (tuples are compared field by field).
    public static func == (lhs: ReportRecords, rhs: ReportRecords) -> Bool {
        lhs.referrals == rhs.referrals && lhs.appointments == rhs.appointments && lhs.offeredSlots == rhs.offeredSlots
            && lhs.assessments.map(\.on) == rhs.assessments.map(\.on) && lhs.assessments.map(\.codes) == rhs.assessments.map(\.codes)
            && lhs.followUps.map(\.dueOn) == rhs.followUps.map(\.dueOn) && lhs.followUps.map(\.status) == rhs.followUps.map(\.status)
            && lhs.helpPlanUpdates == rhs.helpPlanUpdates && lhs.escalations == rhs.escalations
    }
}
