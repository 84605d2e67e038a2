import Foundation
import LotseSystem
import LotseCore
import LotseProtocol
import LotseVarlink

/// One run of `lotse demo`: the private daemon, the demo people's connections, and the
/// steps of the month. Every step goes through the daemon's public interfaces; only
/// `org.lotse.Demo.ActAs` (who is calling) and `org.lotse.Demo.Backdate` (realistic
/// waiting times) exist for the demo alone.
struct DemoRun {
    let context: CommandContext
    let data: String
    let directory: String
    let lotsed: String
    let cleanup: DemoCleanup
    private var daemon: Process?
    private var connections: [String: DaemonConnection] = [:]
    private let zone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
    private let begun = Date()

    /// Seconds since the demo began, for the end of each step's line.
    var lap: String { String(format: " [%.1f s]", Date().timeIntervalSince(begun)) }

    init(context: CommandContext, data: String, directory: String, lotsed: String, cleanup: DemoCleanup) {
        self.context = context
        self.data = data
        self.directory = directory
        self.lotsed = lotsed
        self.cleanup = cleanup
    }

    var socket: String { directory + "/run/lotse.sock" }
    var language: OutputLanguage { context.language }
    func say(_ de: String, _ en: String) { context.terminal.out(language.pick(de: de, en: en)) }

    /// A failure as a sentence and exit status.
    struct Stop: Error {
        var failure: ClientFailure
    }

    mutating func run() -> ExitCode {
        do {
            try startDaemon()
            try month()
            return .ok
        } catch let stop as Stop {
            context.terminal.err(language.pick(de: "lotse demo: ", en: "lotse demo: ")
                                 + language.pick(de: stop.failure.german, en: stop.failure.english)
                                 + language.pick(de: "\nProtokoll des Dienstes: ", en: "\nDaemon log: ") + directory + "/lotsed.log\n")
            return stop.failure.exitCode
        } catch {
            context.terminal.err("lotse demo: \(error)\n")
            return .software
        }
    }

    // MARK: daemon

    mutating func startDaemon() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory + "/mail", withIntermediateDirectories: true)
        let mailTemplates = ((data as NSString).deletingLastPathComponent as NSString).appendingPathComponent("mail")
        var config = try String(contentsOfFile: data + "/lotse.conf", encoding: .utf8)
        config = config.replacingOccurrences(of: "@TEMPLATES@", with: mailTemplates)
            .replacingOccurrences(of: "@SENDMAIL@", with: data + "/sendmail-demo")
        try Data(config.utf8).write(to: URL(fileURLWithPath: directory + "/lotse.conf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lotsed)
        process.arguments = ["--config", directory + "/lotse.conf", "--demo-identities", data + "/identities.conf"]
        var environment = context.environment
        environment["LOTSE_MAIL_POLL_MILLISECONDS"] = "500"
        environment["LOTSE_DEMO_MAILDIR"] = directory + "/mail"
        for key in ["NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LOTSE_TEST_INTERFACES"] { environment.removeValue(forKey: key) }
        process.environment = environment
        _ = fm.createFile(atPath: directory + "/lotsed.log", contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/lotsed.log"))
        process.standardError = log
        process.standardOutput = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? log.close()
        daemon = process
        cleanup.daemonStarted(process.processIdentifier)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if !process.isRunning {
                throw Stop(failure: ClientFailure(exitCode: .unavailable, de: "lotsed startete nicht.", en: "lotsed did not start."))
            }
            if let probe = try? VarlinkConnection.connect(path: socket) {
                probe.close()
                say("Lotse-Demo: privater lotsed (pid \(process.processIdentifier)) in \(directory)\n",
                    "Lotse demo: private lotsed (pid \(process.processIdentifier)) in \(directory)\n")
                return
            }
            Pause.milliseconds(10)
        }
        throw Stop(failure: ClientFailure(exitCode: .unavailable, de: "lotsed antwortet nicht.", en: "lotsed does not answer."))
    }

    mutating func stopDaemon() {
        for connection in connections.values { connection.close() }
        connections = [:]
        guard let daemon, daemon.isRunning else { return }
        try? ProcessControl.send(SIGTERM, to: daemon.processIdentifier)
        let deadline = Date().addingTimeInterval(10)
        while daemon.isRunning && Date() < deadline { Pause.milliseconds(5) }
        if daemon.isRunning { try? ProcessControl.send(SIGKILL, to: daemon.processIdentifier) }
        daemon.waitUntilExit()
    }

    /// Calls as a demo user (one connection per user, introduced once with ActAs).
    mutating func call<Request: LotseRequest>(_ user: String, _ request: Request) throws -> DaemonAnswer<Request.Reply> {
        let connection: DaemonConnection
        if let open = connections[user] {
            connection = open
        } else {
            var options = ClientOptions()
            options.socket = socket
            switch DaemonConnection.connect(options: options, environment: context.environment) {
            case .success(let opened): connection = opened
            case .failure(let failure): throw Stop(failure: failure)
            }
            if case .failure(let failure) = connection.call(DemoProtocol.ActAsRequest(user: user)) {
                throw Stop(failure: failure)
            }
            connections[user] = connection
        }
        switch connection.call(request) {
        case .success(let answer): return answer
        case .failure(let failure):
            throw Stop(failure: ClientFailure(exitCode: failure.exitCode, de: "\(user): \(Request.method): \(failure.german)",
                                              en: "\(user): \(Request.method): \(failure.english)"))
        }
    }

    // MARK: the month

    /// Lines of a `|`-separated data file, comments and blanks skipped.
    func rows(_ file: String) throws -> [[String]] {
        try String(contentsOfFile: data + "/" + file, encoding: .utf8).split(separator: "\n").compactMap { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { return nil }
            return text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// `1TU` (first Tuesday), `-1WE` (last Wednesday) in `month`.
    static func day(_ rule: String, in month: CalendarMonth) -> CalendarDate? {
        guard rule.count >= 3, let ordinal = Int(rule.dropLast(2)), ordinal != 0 else { return nil }
        let code = String(rule.suffix(2))
        let days = (1...month.numberOfDays).compactMap { CalendarDate(year: month.year, month: month.month, day: $0) }
            .filter { $0.weekday.rfc5545Code == code }
        let index = ordinal > 0 ? ordinal - 1 : days.count + ordinal
        return days.indices.contains(index) ? days[index] : nil
    }

    mutating func month() throws {
        let today = CalendarDate(instant: Date(), in: zone)
        let month = CalendarMonth(containing: today).adding(months: 1)
        let coordinator = "koordination"
        // The month by its name (Januar 2027), as the roster and the mails name it.
        let monthName = StandingText.month(month.description, language)
        say("Monat: \(monthName). Es handeln: koordination (Koordination), sechs Integrationsmanager:innen, drei Fachkräfte.\n\n",
            "Month: \(monthName). Acting: koordination (coordinator), six caseworkers, three specialists.\n\n")

        var specialistIDs: [String: Int64] = [:]
        for row in try rows("specialists.tsv") where row.count == 5 {
            let added = try call(coordinator, SpecialistsProtocol.AddRequest(
                name: row[0], qualification: row[1], languages: row[2].split(separator: ",").map(String.init), email: row[3], user: row[4]))
            specialistIDs[row[4]] = added.reply.specialist.id
        }
        for line in try String(contentsOfFile: data + "/identities.conf", encoding: .utf8).split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count >= 3, !words[0].hasPrefix("#"), words[1].split(separator: ",").contains("caseworker") else { continue }
            _ = try call(coordinator, CaseworkersProtocol.SetRequest(user: words[0], email: words[2],
                                                                     language: words.count > 3 ? .init(rawValue: words[3]) : .de))
        }
        var sessionCount = 0
        for row in try rows("sessions.tsv") where row.count == 9 {
            guard let specialist = specialistIDs[row[0]], let date = Self.day(row[1], in: month) else { continue }
            let request = SessionsProtocol.AddRequest(
                specialist: specialist, date: date.description, start: row[3], slots: Int64(row[4]) ?? 1, slotMinutes: Int64(row[5]) ?? 45,
                place: row[6], kinds: row[7].split(separator: ",").map(String.init),
                interpreterLanguages: row[8] == "-" ? [] : row[8].split(separator: ",").map(String.init), rrule: row[2] == "-" ? nil : row[2])
            sessionCount += try call(coordinator, request).reply.sessions.count
        }
        say("1. Koordination: \(specialistIDs.count) Fachkräfte, \(sessionCount) Sprechstunden (auch wiederkehrend, RRULE).\(lap)\n",
            "1. Coordinator: \(specialistIDs.count) specialists, \(sessionCount) sessions (some recurring, RRULE).\(lap)\n")

        var submitted = 0
        var caseworkers: Set<String> = []
        var backdates: [DemoProtocol.ReferralDate] = []
        for row in try rows("referrals.tsv") where row.count == 9 {
            let caseworker = row[0]
            caseworkers.insert(caseworker)
            var client: String?
            if row[2] != "consultation" {
                let created = try call(caseworker, ReferralsProtocol.CreateClientRequest(municipality: row[1]))
                client = created.reply.client.pseudonym
                if let client, row[8] == "yes" {
                    _ = try call(caseworker, ReferralsProtocol.RecordConsentRequest(
                        client: client, givenOn: today.description, scope: ["screening", "referral", "exchange-with-specialist"]))
                }
            }
            let unavailable: [String] = row[7] == "-" ? [] : row[7].split(separator: ",").compactMap {
                Self.day(String($0), in: month)?.description
            }
            let request = ReferralsProtocol.SubmitRequest(
                client: client, acuteRisk: LotseWire.AcuteRisk(suicidality: false, dangerToOthers: false), kind: row[2], language: row[3],
                interpreter: row[4] == "yes", urgency: .init(rawValue: row[5]), urgencyReason: "Einschätzung im Erstgespräch (Demo)",
                unavailableDates: unavailable, consentOverrideReason: row[8] == "yes" ? nil : "Beratung ohne Klientendaten (Demo)")
            guard let id = try call(caseworker, request).reply.referral?.id else { continue }
            submitted += 1
            let weeks = Int(row[6]) ?? 0
            backdates.append(DemoProtocol.ReferralDate(referral: id, referredOn: today.adding(days: -7 * weeks).description))
        }
        _ = try call(coordinator, DemoProtocol.BackdateRequest(referrals: backdates))
        say("2. \(caseworkers.count) Integrationsmanager:innen: Einwilligung, Dringlichkeit und \(submitted) Anmeldungen (Wartezeiten der Demo rückdatiert).\(lap)\n",
            "2. \(caseworkers.count) caseworkers: consent, urgency and \(submitted) referrals (demo waiting times backdated).\(lap)\n")

        let monthText = month.description
        let planned = try call(coordinator, RosterProtocol.PlanRequest(month: monthText)).reply
        let proof = PlanProofText.words(objective: planned.roster.objective, bound: planned.roster.bound,
                                        language: language == .german ? .de : .en) ?? "—"
        let placed = planned.placed, waiting = planned.waiting
        say("3. Planung \(monthName): \(CountText.count(placed, one: "Platz", many: "Plätze")) vergeben, \(waiting) \(waiting == 1 ? "wartet" : "warten"); \(proof).\(lap)\n",
            "3. Planning \(monthName): \(CountText.count(placed, one: "slot", many: "slots")) given, \(waiting) waiting; \(proof).\(lap)\n")
        let draft = try call(coordinator, RosterProtocol.ShowRequest(month: monthText)).reply
        if let first = draft.entries.first(where: { $0.urgency == .high }) {
            let referral = first.referral, client = first.client ?? "—"
            _ = try call(coordinator, RosterProtocol.PinRequest(month: monthText, referral: referral))
            say("4. Koordination prüft: Anmeldung \(referral) (\(client)) angeheftet", "4. Coordinator reviews: referral \(referral) (\(client)) pinned")
        } else {
            say("4. Koordination prüft", "4. Coordinator reviews")
        }
        _ = try call(coordinator, RosterProtocol.ApproveRequest(month: monthText))
        let published = try call(coordinator, RosterProtocol.PublishRequest(month: monthText)).reply
        say(", freigegeben und veröffentlicht: \(CountText.count(published.booked, one: "Termin", many: "Termine")), \(CountText.count(published.mailsQueued, one: "Nachricht", many: "Nachrichten")) im Postausgang.\(lap)\n",
            ", approved and published: \(CountText.count(published.booked, one: "appointment", many: "appointments")), \(CountText.count(published.mailsQueued, one: "mail", many: "mails")) queued.\(lap)\n")
        try assessments(coordinator)

        say("\n=== Terminplan ===\n", "\n=== Roster ===\n")
        RosterCommand.renderShow(try call(coordinator, RosterProtocol.ShowRequest(month: monthText)).reply, context)
        let exportLanguage: RosterProtocol.ExportRequest.Language = language == .german ? .de : .en
        for (format, file) in [(RosterProtocol.ExportRequest.Format.html, "roster.html"), (.ics, "roster.ics"), (.csv, "roster.csv")] {
            let export = try call(coordinator, RosterProtocol.ExportRequest(month: monthText, format: format, language: exportLanguage)).reply
            try Data(export.content.utf8).write(to: URL(fileURLWithPath: directory + "/" + file))
        }
        try mails(coordinator)
        let earliest = backdates.compactMap { CalendarDate(iso: $0.referredOn) }.min() ?? today
        // Only ended quarters are reported; the backdated referrals (up to 14 weeks, more
        // than a quarter) always reach into the one before today's.
        let lastEnded = ReportPeriod.quarterStart(containing: today).adding(days: -1)
        let first = ReportPeriod.quarterStart(containing: earliest)
        if first < lastEnded { try report(coordinator, from: first, to: lastEnded) }
    }

    /// Ends with the committee's report (`lotse report`), written next to the roster
    /// exports. It covers the ended quarters the demo has data for — from the one of its
    /// earliest (backdated) referral to the last that has ended (reports cover whole,
    /// ended quarters). With forty referrals many of its
    /// counts are hidden as small.
    mutating func report(_ coordinator: String, from first: CalendarDate, to last: CalendarDate) throws {
        let report = try call(coordinator, ReportsProtocol.BuildRequest(from: first.description, to: last.description, format: .html,
                                                                        language: language == .german ? .de : .en)).reply
        try Data(report.content.utf8).write(to: URL(fileURLWithPath: directory + "/report.html"))
        say("\nBericht für Sozialausschuss und Fördergeber über die abgeschlossenen Quartale der Demo: "
            + "report.html (lotse report --from \(first.displayText) --to \(last.displayText)).\n"
            + "Bei den wenigen Anmeldungen der Demo steht fast jede Zahl als „< 5“: so wirkt die Regel für kleine Zahlen, "
            + "die niemanden erkennbar werden lässt.\n",
            "\nReport for the social committee and funders over the demo's ended quarters: "
            + "report.html (lotse report --from \(first.displayText) --to \(last.displayText)).\n"
            + "With the demo's few referrals nearly every figure reads \"< 5\": that is the small-number rule, "
            + "which lets no one be recognised.\n")
    }

    /// Waits (up to five seconds) until the mail thread has handed every due mail to the
    /// stand-in, then prints them, and lists what is queued for later.
    mutating func mails(_ coordinator: String) throws {
        let deadline = Date().addingTimeInterval(5)
        var entries: [MailProtocol.Entry] = []
        while true {
            entries = try call(coordinator, MailProtocol.OutboxRequest(limit: 500)).reply.entries
            let now = MailClock.iso(Date())
            let busy = entries.contains { e in
                e.state == .sending || (e.state == .pending && !e.moot && e.nextAttemptAt <= now)
            }
            if !busy || Date() > deadline { break }
            Pause.milliseconds(50)
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/mail")) ?? []).sorted()
        // Each mail is written in its recipient's language (the demo's people read German),
        // whatever the language of this run: the heading says so.
        say("\n=== Nachrichten (an den sendmail-Ersatz übergeben: \(files.count), jede in der Sprache ihrer Empfänger:in)\(lap) ===\n",
            "\n=== Mails (handed to the sendmail stand-in: \(files.count), each in its recipient's language)\(lap) ===\n")
        var rows: [[String]] = []
        for file in files {
            let text = (try? String(contentsOfFile: directory + "/mail/" + file, encoding: .utf8)) ?? ""
            rows.append([MailClock.header("To", in: text), MailClock.header("Subject", in: text)])
        }
        context.terminal.out(CoordinatorCall.table(language == .german ? ["AN", "BETREFF"] : ["TO", "SUBJECT"], rows))
        let later = entries.filter { $0.state == .pending && !$0.moot }
        if !later.isEmpty {
            say("\nFür später vorgemerkt (\(later.count)):\n", "\nQueued for later (\(later.count)):\n")
            context.terminal.out(CoordinatorCall.table(language == .german ? ["ART", "AN", "FÄLLIG"] : ["KIND", "TO", "DUE"],
                                                       later.reversed().map {
                [CaseworkLabels.mailKind($0.kind, language), $0.recipient, DateText.instant($0.nextAttemptAt)]
            }))
        }
    }
}

/// Small helpers for reading the stand-in's mails.
enum MailClock {
    /// ISO 8601 UTC seconds, as the outbox reports times.
    static func iso(_ date: Date) -> String {
        UTCTime.iso8601(seconds: Int64(date.timeIntervalSince1970))
    }

    /// A header's value (unfolded, RFC 2047 Q/B words decoded).
    static func header(_ name: String, in message: String) -> String {
        var value: String?
        for line in message.components(separatedBy: "\n") {
            let clean = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if clean.isEmpty { break }
            if value != nil, clean.hasPrefix(" ") || clean.hasPrefix("\t") {
                value? += clean.trimmingCharacters(in: .whitespaces).hasPrefix("=?") ? clean.trimmingCharacters(in: .whitespaces) : clean
                continue
            }
            if value != nil { break }
            if clean.lowercased().hasPrefix(name.lowercased() + ":") {
                value = String(clean.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
            }
        }
        return decodeWords(value ?? "")
    }

    /// Decodes `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words.
    static func decodeWords(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "=?") {
            result += rest[rest.startIndex..<start.lowerBound].trimmingCharacters(in: .whitespaces).isEmpty && !result.isEmpty
                ? "" : String(rest[rest.startIndex..<start.lowerBound])
            let body = rest[start.upperBound...]
            let parts = body.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("=") else { result += String(rest[start.lowerBound...]); return result }
            let encoded = String(parts[2])
            var bytes: [UInt8] = []
            if parts[1].uppercased() == "B" {
                bytes = Array(Data(base64Encoded: encoded) ?? Data())
            } else {
                var chars = Array(encoded.utf8)[...]
                while let c = chars.popFirst() {
                    if c == UInt8(ascii: "_") { bytes.append(32) } else if c == UInt8(ascii: "="), chars.count >= 2,
                              let v = UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) {
                        bytes.append(v)
                        chars = chars.dropFirst(2)
                    } else { bytes.append(c) }
                }
            }
            result += String(decoding: bytes, as: UTF8.self)
            rest = parts[3].dropFirst()
        }
        return result + rest
    }
}
