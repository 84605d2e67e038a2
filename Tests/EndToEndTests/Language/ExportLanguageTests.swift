import Foundation
import LotseCore
import LotseTestSupport
import LotseVarlink
import Testing

/// Every export of a month that exercises every case speaks one language (#16 "German
/// first"): with `LANG=de_DE.UTF-8` no English sentence, with `LANG=C.UTF-8` no German
/// one, judged by lists of function words (`ForeignWords`). The month (played through a
/// real `lotsed` with a moving clock, `ReportWorld`) has a waiting referral for every reason
/// the planner gives, a referral taken out of the draft by hand, a cancelled session,
/// appointments cancelled by the client and by the service, no-shows, follow-up steps, a
/// "present again" follow-up and a referral not planned yet; the exports are the roster as
/// text, `--changes`, CSV (spreadsheet and machine form), HTML and iCalendar, the waiting
/// list, `lotse report` as HTML and CSV, and every mail the month queued (checked in the
/// language it was written in: the caseworker's mails in English, everyone else's in German).
@Suite(.serialized) struct ExportLanguageTests {
    /// The reason codes of the planner and the roster service the month must show.
    static let expectedReasons: Set<String> = [
        "no-language-match", "no-kind-match", "unavailable", "excluded", "quota-exhausted", "caseworker-busy",
        "outranked", "dropped", "session-cancelled", "appointment-cancelled", "no-show", "not-before",
    ]

    /// One referral of the month, as the caseworker submits it.
    struct Referral {
        var language: String
        var kind = "assessment"
        var urgency = "routine"
        var municipality = "ludwigsburg"
        var unavailable: [CalendarDate] = []
        var excluded: [Int64] = []
    }

    /// The month played, its exports collected.
    final class Month {
        let world: ReportWorld
        let month: Int
        var monthText: String { String(format: "%04d-%02d", world.year, month) }
        private var nextPseudonym = 5000
        var sessions: [String: Int64] = [:]

        init() throws {
            let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config/mail").path
            world = try ReportWorld(extraSections: """
                [planning]
                quota.kornwestheim = 1

                [mail]
                sendmail = /bin/true
                templates = \(templates)
                language = de
                coordinator_addresses = koordination@example.org
                """)
            month = 3
        }

        func specialist(_ user: TestUser, languages: String) throws -> Int64 {
            let reply = try world.json(["specialist", "add", "--name", "Dr. \(user.name)", "--qualification", "Fachärztin für Psychiatrie",
                                        "--languages", languages, "--email", "\(user.name)@example.org", "--user", user.name])
            return try #require(reply["specialist"]?["id"]?.integerValue)
        }

        func session(_ specialist: Int64, day: Int, slots: Int, kinds: String) throws -> Int64 {
            let reply = try world.json(["session", "add", "--specialist", String(specialist), "--date", try world.day(month, day).description,
                                        "--start", "14:00", "--slots", String(slots), "--minutes", "45",
                                        "--place", "Landratsamt, Raum 2.14", "--kinds", kinds])
            return try #require(reply["sessions"]?.arrayValue?.first?["id"]?.integerValue)
        }

        /// Submits `referrals` as the caseworker on `today`; returns their ids.
        func submit(_ referrals: [Referral], on today: CalendarDate) throws -> [Int64] {
            var calls: [VarlinkCall] = []
            var opened: [(pseudonym: String, municipality: String)] = []
            for referral in referrals {
                nextPseudonym += 1
                let pseudonym = "K-\(today.year)-\(nextPseudonym)"
                opened.append((pseudonym, referral.municipality))
                calls += ReferralCalls.consentAndSubmit(pseudonym, today: today, kind: referral.kind, language: referral.language,
                                                        urgency: referral.urgency, unavailable: referral.unavailable.map(\.description),
                                                        excludedSpecialists: referral.excluded)
            }
            try ChosenClients.open(opened, for: world.caseworker, by: world.coordinator, socket: world.daemon.socketPath)
            let replies = try ForeignClient.call(calls, socket: world.daemon.socketPath, as: world.caseworker)
            return try referrals.indices.map { index in
                let reply = replies[index * 2 + 1]
                try #require(reply.error == nil, "Submit failed: \(String(describing: reply.error)) \(reply.parameters)")
                return try #require(reply.parameters["referral"]?["id"]?.integerValue)
            }
        }

        /// Plays the month: referrals for every reason, plan, a drop, approval, publication,
        /// cancellations, the consultation days, follow-up steps, a late referral.
        func play() throws {
            let referralDay = try world.day(month - 1, 2)
            try world.clock(referralDay)
            try world.addSpecialists()
            let farsi = try specialist(try TestUser.ensure("lotse-e2e-spc", groups: ["lotse-e2e-specialists"]), languages: "fa")
            let turkish = [try specialist(try TestUser.ensure("lotse-e2e-spd", groups: ["lotse-e2e-specialists"]), languages: "tr"),
                           try specialist(try TestUser.ensure("lotse-e2e-spe", groups: ["lotse-e2e-specialists"]), languages: "tr")]
            _ = try world.json(["caseworker", "set", world.caseworker.name, "--email", "cw@example.org", "--lang", "en"])
            // The usual mix (one of them with acute risk), then one referral per reason.
            try world.refer(8, on: referralDay, acuteRisk: true)
            let farsiDay = try world.day(month, 14)
            let referrals = try submit([
                Referral(language: "ru"),                                          // no-language-match
                Referral(language: "fa", kind: "consultation"),                    // no-kind-match
                Referral(language: "fa", urgency: "high"),                         // booked
                Referral(language: "fa"),                                          // outranked
                Referral(language: "fa", urgency: "elevated", unavailable: [farsiDay]), // unavailable
                Referral(language: "fa", urgency: "elevated", excluded: [farsi]),  // excluded
                Referral(language: "tr", urgency: "high"),                         // booked
                Referral(language: "tr", urgency: "high"),                         // caseworker-busy
                Referral(language: "de", urgency: "high", municipality: "kornwestheim"),
                Referral(language: "de", urgency: "high", municipality: "kornwestheim"), // quota-exhausted
                Referral(language: "de", urgency: "high"),                         // dropped
            ], on: referralDay)

            for (index, id) in world.specialistIDs.enumerated() {
                sessions["general-\(index)"] = try session(id, day: 10 + 2 * index, slots: 7, kinds: "assessment,follow-up,consultation")
            }
            sessions["farsi"] = try session(farsi, day: 14, slots: 1, kinds: "assessment")
            sessions["turkish-0"] = try session(turkish[0], day: 16, slots: 1, kinds: "assessment")
            sessions["turkish-1"] = try session(turkish[1], day: 16, slots: 1, kinds: "assessment")

            _ = try world.json(["roster", "plan", monthText])
            _ = try world.json(["roster", "drop", monthText, String(referrals[10])])
            _ = try world.json(["roster", "approve", monthText])
            _ = try world.json(["roster", "publish", monthText])

            // Before the days: a cancelled session, appointments cancelled by the client and
            // by the service.
            let second = try world.day(month, 12)
            let early = try world.appointments(on: second)
            try #require(early.count >= 2, "too few appointments on \(second): \(early)")
            _ = try world.json(["appointment", "cancel", String(early[0]), "--reason", "Klientin erkrankt", "--by", "client"])
            _ = try world.json(["appointment", "cancel", String(early[1]), "--reason", "Fachkraft verhindert", "--by", "service"])
            _ = try world.json(["session", "cancel", String(try #require(sessions["turkish-0"]))])

            // The days: no-shows, assessments with recommendations and follow-up steps.
            try world.clock(try world.day(month, 16), hour: 19)
            let codes = ["outpatient-psychotherapy", "present-again:3", "supervised-group", "psychosocial-centre"]
            for (index, user) in world.specialists.enumerated() {
                let sessionDay = try world.day(month, 10 + 2 * index)
                for (position, appointment) in try world.appointments(on: sessionDay, as: user).enumerated() {
                    if position % 3 == 2 {
                        _ = try world.json(["assessment", "attend", String(appointment), "no-show"], as: user)
                        continue
                    }
                    _ = try world.json(["assessment", "record", String(appointment), "--note", "Schlafstörungen, Albträume.",
                                        "--recommend", codes[position % codes.count],
                                        "--step", "\(sessionDay.adding(days: 7 + position).displayText);caseworker;Therapieplatz anfragen"],
                                       as: user)
                }
            }
            let steps = try world.json(["followup", "list"], as: world.caseworker)["steps"]?.arrayValue ?? []
            for (index, step) in steps.enumerated() where index % 2 == 0 {
                if let id = step["id"]?.integerValue { _ = try world.json(["followup", "done", String(id)], as: world.caseworker) }
            }
            // A referral after the plan: not planned yet.
            _ = try submit([Referral(language: "uk", urgency: "elevated")], on: try world.day(month, 16))
            // Steps fall due, the waiting limit passes (the timers' mails), the quarter ends
            // (reports cover closed quarters only).
            try world.clock(try world.day(month + 1, 2), hour: 10)
        }

        /// Runs `lotse` as the coordinator in `lang`; requires success.
        func run(_ arguments: [String], lang: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let output = try world.daemon.runLotse(arguments, as: world.coordinator, environment: ["LANG": lang])
            try #require(output.status == 0, "lotse \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderr)",
                         sourceLocation: sourceLocation)
            return output.stdout
        }

        /// Every export of the month in `language` (`de`, `en`), by name, as a reader sees it.
        func exports(_ language: String) throws -> [String: String] {
            let lang = language == "de" ? "de_DE.UTF-8" : "C.UTF-8"
            let m = monthText
            var result: [String: String] = [:]
            result["roster show"] = try run(["roster", "show", m], lang: lang)
            result["roster show --changes"] = try run(["roster", "show", m, "--changes"], lang: lang)
            result["roster waiting"] = try run(["roster", "waiting", m], lang: lang)
            result["roster waiting (all)"] = try run(["roster", "waiting"], lang: lang)
            result["referral list --waiting"] = try run(["referral", "list", "--waiting", m], lang: lang)
            result["roster csv"] = Self.cells(try run(["roster", "show", m, "--format", "csv", "--lang", language], lang: lang))
            // The machine form holds codes: compared across the languages, not read for words.
            result["roster csv machine"] = try run(["roster", "show", m, "--format", "csv", "--csv-form", "machine", "--lang", language],
                                                   lang: lang)
            result["roster html"] = DemoLanguageTests.visibleText(try run(["roster", "show", m, "--format", "html", "--lang", language], lang: lang))
            result["roster ics"] = Self.calendarText(try run(["roster", "show", m, "--format", "ics", "--lang", language], lang: lang))
            let period = ["--from", "\(world.year)-01-01", "--to", "\(world.year)-03-31"]
            result["report html"] = DemoLanguageTests.visibleText(try run(["report"] + period + ["--format", "html", "--lang", language], lang: lang))
            result["report csv"] = Self.cells(try run(["report"] + period + ["--format", "csv", "--lang", language], lang: lang))
            // Codes and numbers, then the figure as shown and the labels: only these are words.
            result["report csv machine"] = Self.cells(try run(["report"] + period + ["--format", "csv", "--csv-form", "machine",
                                                                                     "--lang", language], lang: lang), columns: 9..<13)
            return result
        }

        /// Each mail the month queued, as `(language, kind, subject and body)`.
        func mails() throws -> [(language: String, kind: String, text: String)] {
            let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", "-separator", "\u{1F}", "-newline", "\u{1E}",
                                                                    world.daemon.databasePath,
                                                                    "SELECT language, kind, json_extract(payload, '$.subject') || char(10) || json_extract(payload, '$.body') FROM outbox ORDER BY id"])
            try #require(output.status == 0, "sqlite3: \(output.stderr)")
            return output.stdout.split(separator: "\u{1E}").compactMap { row in
                let fields = row.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 3 else { return nil }
                return (fields[0], fields[1], fields[2])
            }
        }

        /// A CSV file's rows of cells (RFC 4180 quoting; `;` or `,` between cells).
        static func rows(_ csv: String) -> [[String]] {
            let text = csv.replacingOccurrences(of: "\u{FEFF}", with: "")
            let separator: Character = text.prefix { $0 != "\n" }.contains(";") ? ";" : ","
            var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
            var characters = Array(text)[...]
            while let c = characters.popFirst() {
                if quoted {
                    if c == "\"" {
                        if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                    } else { cell.append(c) }
                } else if c == "\"" {
                    quoted = true
                } else if c == separator {
                    row.append(cell); cell = ""
                } else if c == "\n" || c == "\r\n" {
                    row.append(cell); rows.append(row); row = []; cell = ""
                } else if c != "\r" {
                    cell.append(c)
                }
            }
            if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
            return rows
        }

        /// A CSV file's cells, one per line: separators and quotes are not words.
        static func cells(_ csv: String, columns: Range<Int>? = nil) -> String {
            rows(csv).map { row in
                (columns.map { Array(row[min($0.lowerBound, row.count)..<min($0.upperBound, row.count)]) } ?? row).joined(separator: "\n")
            }.joined(separator: "\n")
        }

        /// An iCalendar file's values (unfolded, unescaped), without the property names.
        static func calendarText(_ ics: String) -> String {
            let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\n ", with: "")
            return unfolded.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return String(line[line.index(after: colon)...]).replacingOccurrences(of: "\\n", with: "\n")
                    .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            }.joined(separator: "\n")
        }
    }

    @Test func everyExportOfAFullMonthSpeaksOnlyTheReadersLanguage() throws {
        let month = try Month()
        try month.play()

        // The month shows every reason a referral can wait for.
        let waiting = try month.world.json(["roster", "waiting", month.monthText])["referrals"]?.arrayValue ?? []
        let reasons = Set(waiting.compactMap { $0["reason"]?.stringValue })
        #expect(Self.expectedReasons.isSubset(of: reasons), "missing reasons: \(Self.expectedReasons.subtracting(reasons).sorted())")
        #expect(reasons.contains("not-planned") || reasons.contains("planned") || waiting.contains { $0["standing"]?.isNull == true },
                "no referral without a plan: \(reasons.sorted())")

        var found: [String] = []
        var exports = ["de": try month.exports("de"), "en": try month.exports("en")]
        let machine = exports["de"]?.removeValue(forKey: "roster csv machine")
        #expect(machine != nil && machine == exports["en"]?.removeValue(forKey: "roster csv machine"),
                "the machine form of the roster CSV differs between the languages")
        // Words of the other language the function-word lists cannot see: a language's name,
        // the sentence for a reason without words of its own.
        let otherNames = ["de": ["Persian", "Russian", "Arabic", "Turkish", "Ukrainian", "German", "(reason", "(Grund"],
                          "en": ["Persisch", "Russisch", "Arabisch", "Türkisch", "Ukrainisch", "Deutsch", "(reason", "(Grund"]]
        for (language, check) in [("de", ForeignWords.englishIn(german:skipping:)), ("en", ForeignWords.germanIn(english:skipping:))] {
            for (name, text) in (exports[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
                found += check(text, { _ in false }).map { "\(language) \(name): \($0)" }
                for line in text.split(separator: "\n") {
                    if let word = otherNames[language]?.first(where: { line.contains($0) }) { found.append("\(language) \(name): „\(word)“ in: \(line)") }
                }
            }
        }
        let mails = try month.mails()
        #expect(Set(mails.map(\.language)) == ["de", "en"], "mails in both languages: \(Set(mails.map(\.language)))")
        for mail in mails {
            let check = mail.language == "de" ? ForeignWords.englishIn(german:skipping:) : ForeignWords.germanIn(english:skipping:)
            found += check(mail.text, { _ in false }).map { "\(mail.language) mail \(mail.kind): \($0)" }
        }
        print("mail kinds: \(Set(mails.map { "\($0.language) \($0.kind)" }).sorted())")
        #expect(found.isEmpty, "foreign words:\n\(found.joined(separator: "\n"))")

        // Municipalities by name, reasons without their code, dates as people write them, in
        // both languages.
        for language in ["de", "en"] {
            for name in ["roster show", "roster waiting", "roster html"] {
                let text = try #require(exports[language]?[name])
                #expect(!text.contains("kornwestheim"), "\(language) \(name): the municipality's id where people read its name")
                for code in Self.expectedReasons where code.contains("-") {
                    #expect(!text.contains(code + ":") && !text.contains(code + "<"), "\(language) \(name): the code \(code) among the words")
                }
                let iso = text.split(separator: "\n").filter { $0.range(of: #"\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\b"#, options: .regularExpression) != nil }
                #expect(iso.isEmpty, "\(language) \(name): an ISO date among the words: \(iso)")
                #expect(!text.contains(month.monthText), "\(language) \(name): the month as YYYY-MM among the words")
            }
        }
    }
}
