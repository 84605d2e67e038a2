extension RosterDocument {
    /// A referral the plan could not place this month, with the planner's reason.
    public struct WaitingEntry: Sendable, Hashable {
        /// The client's pseudonym.
        public var pseudonym: String
        /// How soon the referral needs a slot; nil when the client's consent to `referral`
        /// is not in force on the day the document is made (the printed forms say so).
        public var urgency: Urgency?
        /// Whole weeks waited since the referral.
        public var waitingWeeks: Int
        /// The planner's reason code (e.g. `no-interpreter`), for filtering and scripts.
        public var reasonCode: String
        /// The reason in words, for people.
        public var reasonDetail: String

        /// A waiting entry.
        public init(pseudonym: String, urgency: Urgency?, waitingWeeks: Int, reasonCode: String, reasonDetail: String) {
            self.pseudonym = pseudonym
            self.urgency = urgency
            self.waitingWeeks = waitingWeeks
            self.reasonCode = reasonCode
            self.reasonDetail = reasonDetail
        }
    }

    /// The month's figures, computed by whoever builds the document (the exports only show them).
    public struct Statistics: Sendable, Hashable {
        /// Slots given to a referral.
        public var slotsUsed: Int
        /// All slots of the month.
        public var slotsTotal: Int
        /// Each municipality's share of the used slots against its quota.
        public var municipalities: [MunicipalityShare]
        /// Median waiting time in weeks of the waiting referrals; nil when nobody waits.
        public var waitingWeeksMedian: Double?
        /// Longest waiting time in weeks; nil when nobody waits.
        public var waitingWeeksMaximum: Int?

        /// Statistics.
        public init(slotsUsed: Int, slotsTotal: Int, municipalities: [MunicipalityShare],
                    waitingWeeksMedian: Double?, waitingWeeksMaximum: Int?) {
            self.slotsUsed = slotsUsed
            self.slotsTotal = slotsTotal
            self.municipalities = municipalities
            self.waitingWeeksMedian = waitingWeeksMedian
            self.waitingWeeksMaximum = waitingWeeksMaximum
        }

        /// The median of some waiting times (the mean of the middle two for an even count),
        /// nil for none: one definition for everyone who fills in ``waitingWeeksMedian``.
        public static func median(of weeks: [Int]) -> Double? {
            guard !weeks.isEmpty else { return nil }
            let sorted = weeks.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    /// One municipality's use of the month's slots.
    public struct MunicipalityShare: Sendable, Hashable {
        /// The municipality's name (`Bietigheim-Bissingen`).
        public var name: String
        /// Slots given to its referrals.
        public var slotsUsed: Int
        /// Its share of the used slots, 0…1.
        public var share: Double
        /// Its configured quota, 0…1; nil when it has none.
        public var quota: Double?
        /// How the quota came about when quotas follow a formula, e.g. "3 = 1 base + 2 by
        /// population"; nil otherwise.
        public var quotaRule: String?

        /// A municipality's share.
        public init(name: String, slotsUsed: Int, share: Double, quota: Double?, quotaRule: String? = nil) {
            self.name = name
            self.slotsUsed = slotsUsed
            self.share = share
            self.quota = quota
            self.quotaRule = quotaRule
        }
    }
}
