/// Everything the roster exports show, gathered by the daemon or CLI and handed to the
/// pure renderers (``RosterCSV``, ``RosterICalendar``, ``RosterHTML``). Keeping it a plain
/// value makes each export testable byte for byte, and keeps most health data out by
/// construction: the document has no field for a diagnosis, score, screening answer or
/// note. What it does hold is health-derived — the pseudonyms booked for a trauma
/// consultation and each waiting referral's urgency (from the screening) — and the
/// printable roster's footer says so.
///
/// Times are wall-clock times in Europe/Berlin, as sessions are planned.
public struct RosterDocument: Sendable, Hashable {
    /// The district (*Landkreis*) the roster belongs to.
    public var district: String
    /// The month planned.
    public var month: CalendarMonth
    /// The roster version (1 for the first; a change after publishing makes a new one).
    public var version: Int
    /// The review state.
    public var state: RosterStatus
    /// The month's sessions, in the order to print (normally by date).
    public var sessions: [Session]
    /// Referrals left waiting, in waiting-list order (urgency, then waiting time).
    public var waitingList: [WaitingEntry]
    /// The month's figures.
    public var statistics: Statistics
    /// Waiting longer than this many weeks is flagged (the configured limit, default 8).
    public var waitingLimitWeeks: Int

    /// A document; `waitingLimitWeeks` defaults to the design's 8 weeks.
    public init(district: String, month: CalendarMonth, version: Int, state: RosterStatus,
                sessions: [Session], waitingList: [WaitingEntry], statistics: Statistics,
                waitingLimitWeeks: Int = 8) {
        self.district = district
        self.month = month
        self.version = version
        self.state = state
        self.sessions = sessions
        self.waitingList = waitingList
        self.statistics = statistics
        self.waitingLimitWeeks = waitingLimitWeeks
    }
}
