/// `[mail]`: how reminders leave the daemon (through sendmail) and when they are due.
public struct MailSettings: Sendable, Equatable {
    /// The sendmail program (`sendmail`), run without a shell; default `/usr/sbin/sendmail`.
    public var sendmailPath: String
    /// `From:` of every reminder (`sender`); default `lotse@localhost`.
    public var sender: EmailAddress
    /// Envelope sender passed as `-f` (`bounce`), where bounces land; default the sender.
    public var bounceAddress: EmailAddress
    /// Language for recipients who have not chosen one (`language`); default `de`.
    public var defaultLanguage: MessageLanguage
    /// Days before an appointment a caseworker is reminded (`reminder_days`), largest
    /// first; default 7 and 1.
    public var reminderDaysBeforeAppointment: [Int]
    /// A sendmail run longer than this is killed and retried (`sendmail_timeout_seconds`); default 30.
    public var sendmailTimeoutSeconds: Int
    /// First retry delay after a temporary failure (`retry_min_minutes`); default 5.
    public var retryMinMinutes: Int
    /// Longest retry delay the back-off grows to (`retry_max_minutes`); default 60.
    public var retryMaxMinutes: Int
    /// Where coordinator notices go at once (`coordinator_addresses`): acute-risk alerts,
    /// permanent delivery failures, rosters awaiting approval, referrals over the waiting
    /// limit. Default none — then only coordinators known to the daemon with an address
    /// are told.
    public var coordinatorAddresses: [EmailAddress]
    /// Directory with the mail templates (`templates`); default `mail` next to the
    /// configuration file.
    public var templateDirectory: String
    /// Directory whose templates replace single files of `templateDirectory`
    /// (`templates_override`), same layout (`de/KIND.txt`, `en/KIND.txt`); default none.
    /// An installed package keeps its templates under /usr/share/lotse/mail, where an
    /// upgrade replaces them; a district's own wording lives in /etc/lotse/mail and only
    /// the files it holds take precedence, so it survives upgrades file by file.
    public var templateOverrideDirectory: String?
    /// A mail not delivered this many minutes after it fell due is a warning in the log
    /// and in `lotse admin status`, and the coordinators are told once (`alert_after`,
    /// e.g. `1h`, `90m`, `2d`, `30s`, or plain minutes); in seconds, default one hour.
    public var alertAfterSeconds: Int
    /// The Maildir the bounce address delivers to (`bounce_maildir`), read by lotsed for
    /// delivery status notifications; default none (bounces are not read).
    public var bounceMaildir: String?

    /// Defaults; `base` is the configuration file's directory, for the template path.
    public init(base: String = "") {
        sendmailPath = "/usr/sbin/sendmail"
        sender = EmailAddress(unchecked: "lotse@localhost")
        bounceAddress = sender
        defaultLanguage = .de
        reminderDaysBeforeAppointment = [7, 1]
        sendmailTimeoutSeconds = 30
        retryMinMinutes = 5
        retryMaxMinutes = 60
        coordinatorAddresses = []
        templateDirectory = ValueSyntax.resolve("mail", against: base)
        alertAfterSeconds = 3600
        bounceMaildir = nil
    }

    /// The delay before retry number `attempt` (1-based) after a temporary failure:
    /// doubling from `retryMinMinutes`, capped at `retryMaxMinutes` (5, 10, 20, 40, 60, 60 …).
    public func retryDelayMinutes(afterAttempt attempt: Int) -> Int {
        var delay = retryMinMinutes
        var n = 1
        while n < attempt && delay < retryMaxMinutes {
            delay *= 2
            n += 1
        }
        return min(delay, retryMaxMinutes)
    }

    static func parse(_ reader: inout SectionReader, base: String) throws(ConfigurationError) -> MailSettings {
        var s = MailSettings(base: base)
        if let path = try reader.path("sendmail", base: base) { s.sendmailPath = path }
        var bounceSet = false
        if let a = try reader.email("sender") { s.sender = a }
        if let a = try reader.email("bounce") { s.bounceAddress = a; bounceSet = true }
        if !bounceSet { s.bounceAddress = s.sender }
        if let l = try reader.choice("language", of: MessageLanguage.self) { s.defaultLanguage = l }
        if let days = try reader.integerList("reminder_days", in: 0...365) {
            s.reminderDaysBeforeAppointment = Array(Set(days)).sorted(by: >)
        }
        if let n = try reader.integer("sendmail_timeout_seconds", in: 1...3600) { s.sendmailTimeoutSeconds = n }
        let minEntry = reader.entry("retry_min_minutes")
        let maxEntry = reader.entry("retry_max_minutes")
        if let e = minEntry { s.retryMinMinutes = try reader.integerValue(e, in: 1...1440) }
        if let e = maxEntry { s.retryMaxMinutes = try reader.integerValue(e, in: 1...1440) }
        if s.retryMaxMinutes < s.retryMinMinutes {
            let at = [minEntry, maxEntry].compactMap { $0 }.max { $0.line < $1.line }
            if let at {
                throw reader.error(at, de: "retry_max_minutes (\(s.retryMaxMinutes)) ist kleiner als retry_min_minutes (\(s.retryMinMinutes))",
                                   en: "retry_max_minutes (\(s.retryMaxMinutes)) is less than retry_min_minutes (\(s.retryMinMinutes))")
            }
        }
        if let (items, e) = try reader.wordList("coordinator_addresses") {
            var addresses: [EmailAddress] = []
            for item in items {
                switch EmailAddress.validate(item) {
                case .success(let address):
                    guard !addresses.contains(address) else {
                        throw reader.error(e, de: "„\(item)“ steht zweimal in der Liste", en: "\"\(item)\" is listed twice")
                    }
                    addresses.append(address)
                case .failure(let problem):
                    throw reader.error(e, de: "„\(item)“ \(problem.german)", en: "\"\(item)\" \(problem.description)")
                }
            }
            s.coordinatorAddresses = addresses
        }
        if let path = try reader.path("templates", base: base) { s.templateDirectory = path }
        if let path = try reader.path("templates_override", base: base) { s.templateOverrideDirectory = path }
        if let e = reader.entry("alert_after") {
            guard let seconds = Self.seconds(e.value), (1...604_800).contains(seconds) else {
                throw reader.error(e, de: "„\(e.value)“ ist keine Dauer von 1s bis 7d (etwa 1h, 90m, 2d)",
                                   en: "\"\(e.value)\" is not a duration from 1s to 7d (e.g. 1h, 90m, 2d)")
            }
            s.alertAfterSeconds = seconds
        }
        if let path = try reader.path("bounce_maildir", base: base) { s.bounceMaildir = path }
        return s
    }

    /// A duration as `alert_after` would be written: `1h`, `90m`, `30s`, `2d`.
    public static func durationText(seconds: Int) -> String {
        if seconds > 0, seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds > 0, seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    /// Seconds in a duration written as a whole number with an optional unit: `s`,
    /// `m`/`min` (the default), `h`, `d`; nil when it is not one (or too large to count).
    static func seconds(_ text: String) -> Int? {
        let trimmed = text.lowercased().filter { $0 != " " && $0 != "\t" }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let unit = String(trimmed.dropFirst(digits.count))
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
        switch unit {
        case "s": return number
        case "", "m", "min": return number * 60
        case "h": return number * 3600
        case "d": return number * 86_400
        default: return nil
        }
    }
}
