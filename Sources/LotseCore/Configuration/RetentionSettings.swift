import Foundation

/// `[retention]`: how long client data outlives its case, how long the audit log keeps
/// its entries, and when the daily purge runs.
public struct RetentionSettings: Sendable, Equatable {
    /// Months after a case is closed before its data is deleted (`months_after_close`); default 24.
    public var monthsAfterClose: Int
    /// Months an audit entry is kept (`audit_months`); default 24. Entries name pseudonyms
    /// and accounts, so they are personal data too and must not be kept for ever; two
    /// years cover the usual period in which a data subject or the data-protection
    /// officer asks who accessed a record.
    public var auditMonths: Int
    /// Local time (Europe/Berlin) of the daily purge (`purge_time`); default 03:30.
    public var purgeTime: TimeOfDay

    /// Defaults for a configuration without `[retention]`.
    public init(monthsAfterClose: Int = 24, auditMonths: Int = 24, purgeTime: TimeOfDay = .defaultPurgeTime) {
        self.monthsAfterClose = monthsAfterClose
        self.auditMonths = auditMonths
        self.purgeTime = purgeTime
    }

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> RetentionSettings {
        var s = RetentionSettings()
        if let n = try reader.integer("months_after_close", in: 1...240) { s.monthsAfterClose = n }
        if let n = try reader.integer("audit_months", in: 1...240) { s.auditMonths = n }
        if let e = reader.entry("purge_time") {
            guard let t = TimeOfDay(parsing: e.value) else {
                throw reader.error(e, de: "„\(e.value)“ ist keine Uhrzeit wie 03:30", en: "\"\(e.value)\" is not a time of day like 03:30")
            }
            s.purgeTime = t
        }
        return s
    }
}

/// `[helpplan]`: the review rhythm of help plans.
public struct HelpPlanSettings: Sendable, Equatable {
    /// Months between reviews of a help plan (`review_months`); default 3.
    public var reviewIntervalMonths: Int

    /// Defaults for a configuration without `[helpplan]`.
    public init(reviewIntervalMonths: Int = 3) {
        self.reviewIntervalMonths = reviewIntervalMonths
    }

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> HelpPlanSettings {
        var s = HelpPlanSettings()
        if let n = try reader.integer("review_months", in: 1...24) { s.reviewIntervalMonths = n }
        return s
    }
}
