/// `[assessments]`: how long the specialist who recorded an assessment may still correct
/// it. A correction is a new version (the old one is kept and audited); after the period
/// the record stands, so that what a help plan and a follow-up rest on does not shift
/// under them months later.
public struct AssessmentSettings: Sendable, Equatable {
    /// Days after recording during which its author may amend it (`amend_days`);
    /// default 14, 0 switches amendments off.
    public var amendDays: Int

    /// Defaults for a configuration without `[assessments]`.
    public init(amendDays: Int = 14) {
        self.amendDays = amendDays
    }

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> AssessmentSettings {
        var s = AssessmentSettings()
        if let n = try reader.integer("amend_days", in: 0...365) { s.amendDays = n }
        return s
    }
}
