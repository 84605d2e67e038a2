/// A specialist's recommendation: a code from the configured catalogue and, for the
/// "present again in N months" kind, the month count.
public struct Recommendation: Sendable, Equatable, Codable {
    /// Catalogue code.
    public let code: RecommendationCode
    /// Months until the client presents again (only for entries that take months).
    public let months: Int?

    /// Checks the code against the catalogue and the month count against the entry:
    /// required (1…24) where the label has `{months}`, refused elsewhere.
    public static func make(code: String, months: Int?, catalogue: RecommendationCatalogue) -> Result<Recommendation, ModelError> {
        guard let entry = catalogue.resolve(code) else { return .failure(catalogue.unknown(code)) }
        if entry.takesMonths {
            guard let months else { return .failure(ModelError(field: "months", en: "\(code) needs a number of months", de: "\(code) braucht eine Zahl von Monaten")) }
            guard (1...24).contains(months) else { return .failure(ModelError(field: "months", en: "\(months) is not between 1 and 24", de: "\(months) liegt nicht zwischen 1 und 24")) }
        } else if months != nil {
            return .failure(ModelError(field: "months", en: "\(code) takes no number of months", de: "\(code) nimmt keine Zahl von Monaten"))
        }
        return .success(Recommendation(code: entry.code, months: months))
    }

    /// A recommendation as it was stored, for the storage layer only: `make` checked it
    /// against the catalogue of its day, and a catalogue changed later must not make an
    /// old assessment unreadable.
    public static func restored(code: RecommendationCode, months: Int?) -> Recommendation {
        Recommendation(code: code, months: months)
    }

    private init(code: RecommendationCode, months: Int?) {
        self.code = code
        self.months = months
    }

    /// For "present again": the day the follow-up referral may be planned from, counted
    /// from the appointment; nil for other recommendations.
    public func presentAgainDate(after appointment: CalendarDate) -> CalendarDate? {
        months.map { appointment.adding(months: $0) }
    }
}
