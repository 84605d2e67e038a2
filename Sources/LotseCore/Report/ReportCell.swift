/// One figure of the report as it may be shown: the value, or nothing when it is
/// suppressed (then the value never leaves the daemon). A count below the threshold is
/// printed "< 5"; anything else withheld (a larger count hidden so that a small one cannot
/// be worked out, a median or share resting on a hidden count, or a sum over quarters
/// with a hidden quarter count in it) is printed "×", so that "< 5" never stands for a
/// figure that is in fact larger.
public struct ReportCell: Sendable, Equatable, Codable {
    /// The figure; nil when suppressed or when there is nothing to measure (a median of none).
    public var value: Double?
    /// True when the figure is hidden by the small-number rule (first or second pass).
    public var suppressed: Bool
    /// `primary` (below the threshold), `secondary` (hidden so a primary one cannot be
    /// worked out from the totals), `derived` (a share or median resting on a hidden
    /// count), `order-statistic` (a median or percentile with fewer than the threshold's
    /// number of waits on one side of it, or in a period that hides a class of waits),
    /// `quarter` (in a report over several quarters: a sum of quarter counts one of which
    /// that quarter's report hides; no bound stated, it may be below the threshold) or nil.
    public var reason: String?

    /// Writes `value` as null when there is none, so every cell has the same keys in JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(reason, forKey: .reason)
    }

    /// A shown figure.
    public static func shown(_ value: Double?) -> ReportCell { ReportCell(value: value, suppressed: false, reason: nil) }

    /// A hidden figure.
    public static func hidden(_ reason: String) -> ReportCell { ReportCell(value: nil, suppressed: true, reason: reason) }

    /// The reason of a median or percentile withheld because it would name one person's
    /// wait or bound a hidden class of waits (see `ReportGrid.cells`).
    public static let orderStatisticReason = "order-statistic"

    /// The mark of a figure withheld for protection (secondary or derived).
    public static let withheldMark = "×"

    /// The text for a table: the figure (one decimal when not whole, German or English
    /// decimal mark), "< N" for a count below the threshold, "×" for anything else
    /// withheld, "–" when there is none.
    public func text(minCell: Int, german: Bool) -> String {
        if suppressed { return reason == "primary" ? "< \(minCell)" : Self.withheldMark }
        guard let value else { return "–" }
        return ReportCell.number(value, german: german)
    }

    /// A number as printed: whole numbers without decimals, others with one.
    public static func number(_ value: Double, german: Bool) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        let tenths = Int64((value * 10).rounded())
        let text = "\(tenths / 10)\(german ? "," : ".")\(abs(tenths % 10))"
        return tenths < 0 && tenths / 10 == 0 ? "-" + text : text
    }
}
