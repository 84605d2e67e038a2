/// The whole of `lotse.conf` as one immutable, `Sendable` value: the daemon holds one,
/// swaps it on reload (a bad file is rejected and the old value stays), and hands it to
/// any thread. Every optional setting has a default, so an empty file is a valid
/// configuration for a daemon with no roles.
public struct Configuration: Sendable, Equatable {
    /// `[daemon]`.
    public var daemon: DaemonSettings
    /// `[roles]`.
    public var roles: RoleSettings
    /// `[district]`.
    public var district: DistrictSettings
    /// `[mail]`.
    public var mail: MailSettings
    /// `[planning]`.
    public var planning: PlanningSettings
    /// `[retention]`.
    public var retention: RetentionSettings
    /// `[helpplan]`.
    public var helpPlan: HelpPlanSettings
    /// `[emergency]`.
    public var emergency: EmergencySettings
    /// `[report]`.
    public var report: ReportSettings
    /// `[assessments]`.
    public var assessments: AssessmentSettings
    /// `[recommendations]`, or issue 7's defaults when the section is absent.
    public var recommendations: RecommendationCatalogue
    /// `[instrument.NAME]` sections, in file order.
    public var instruments: [ScreeningInstrument]

    /// All defaults; `base` is the directory relative paths are resolved against.
    public init(base: String = "") {
        daemon = DaemonSettings()
        roles = RoleSettings()
        district = DistrictSettings()
        mail = MailSettings(base: base)
        planning = PlanningSettings()
        retention = RetentionSettings()
        helpPlan = HelpPlanSettings()
        emergency = EmergencySettings()
        report = ReportSettings()
        assessments = AssessmentSettings()
        recommendations = .standard
        instruments = []
    }

    /// The instrument with a name, for `lotse screen --instrument NAME`.
    public func instrument(named name: String) -> ScreeningInstrument? {
        instruments.first { $0.name == name }
    }

    /// The section names that may appear; `instrument.NAME` comes on top.
    public static let knownSections = ["daemon", "roles", "district", "mail", "planning", "retention",
                                       "helpplan", "emergency", "recommendations", "report", "assessments"]

    /// Parses the text of a configuration file. Pure: the caller reads the file (and
    /// reports failure with `ConfigurationError.cannotRead`).
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name to put in errors, usually the path as the administrator gave it.
    ///   - baseDirectory: relative paths in the file (socket, database, sendmail,
    ///     templates) are resolved against this — the daemon passes the directory of the
    ///     configuration file, so the shipped `Config/lotse.conf` finds `Config/var/…`
    ///     wherever the checkout is. An empty base leaves relative paths unchanged.
    /// - Throws: the first problem found, naming file, line, section and key.
    public static func parse(_ text: String, file: String, baseDirectory: String) throws(ConfigurationError) -> Configuration {
        var asked: [String: [String]] = [:]
        return try parse(text, file: file, baseDirectory: baseDirectory, asked: &asked)
    }

    /// Every key the parser reads, per section (`instrument.NAME` for the instruments),
    /// in the order it reads them; a family read by prefix is `PREFIX*` (`quota.*`, and
    /// `*` for `[recommendations]`, whose keys are `CODE.de`/`CODE.en`). Found by running
    /// the section parsers themselves, never listed by hand, so that the manual page and
    /// the packaged configuration are checked against what the code really accepts.
    public static var keyCatalogue: [(section: String, keys: [String])] {
        // Each section alone, so that one parser's complaint about an empty section
        // cannot hide the others; the smallest valid instrument, as its parser stops at
        // a missing `items` first.
        let instrument = "instrument.probe"
        let probes = knownSections.map { (name: $0, text: "[\($0)]\n") }
            + [(name: instrument, text: "[\(instrument)]\nitems = 1\nscoring = count-yes\nband.all = 0-1, routine, negative\n")]
        return probes.map { probe in
            var asked: [String: [String]] = [:]
            _ = try? parse(probe.text, file: "probe", baseDirectory: "", asked: &asked)
            return (section: probe.name == instrument ? InstrumentParser.sectionPrefix + "NAME" : probe.name,
                    keys: asked[probe.name] ?? [])
        }
    }

    /// `parse(_:file:baseDirectory:)`, recording in `asked` the keys each section's
    /// parser asked for.
    static func parse(_ text: String, file: String, baseDirectory: String,
                      asked: inout [String: [String]]) throws(ConfigurationError) -> Configuration {
        let document = try IniDocument.parse(text, file: file)
        var config = Configuration(base: baseDirectory)
        for section in document.sections where !knownSections.contains(section.name) {
            if section.name.hasPrefix(InstrumentParser.sectionPrefix) && section.name.count > InstrumentParser.sectionPrefix.count { continue }
            throw ConfigurationError(file: file, line: section.line, section: section.name,
                                     de: "unbekannter Abschnitt (bekannt sind: \(knownSections.joined(separator: ", ")), instrument.NAME)",
                                     en: "unknown section (known: \(knownSections.joined(separator: ", ")), instrument.NAME)")
        }
        func section(_ name: String) -> IniSection? { document.sections.first { $0.name == name } }

        // District first: planning checks its quotas against the municipalities.
        if let s = section("district") {
            var r = SectionReader(file: file, section: s)
            defer { asked[s.name] = r.asked }
            config.district = try DistrictSettings.parse(&r)
            try r.rejectUnknownKeys()
        }
        for s in document.sections where s.name != "district" {
            var r = SectionReader(file: file, section: s)
            // Recorded also when the parser refuses the section, so that the key catalogue
            // is complete for a section that may not stay empty.
            defer { asked[s.name] = r.asked }
            switch s.name {
            case "daemon": config.daemon = try DaemonSettings.parse(&r, base: baseDirectory)
            case "roles": config.roles = try RoleSettings.parse(&r)
            case "mail": config.mail = try MailSettings.parse(&r, base: baseDirectory)
            case "planning": config.planning = try PlanningSettings.parse(&r, district: config.district)
            case "retention": config.retention = try RetentionSettings.parse(&r)
            case "helpplan": config.helpPlan = try HelpPlanSettings.parse(&r)
            case "emergency": config.emergency = try EmergencySettings.parse(&r)
            case "report": config.report = try ReportSettings.parse(&r)
            case "assessments": config.assessments = try AssessmentSettings.parse(&r)
            case "recommendations": config.recommendations = try RecommendationCatalogue.parse(&r)
            default: config.instruments.append(try InstrumentParser.parse(&r))
            }
            try r.rejectUnknownKeys()
        }
        return config
    }
}
