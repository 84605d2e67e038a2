#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The world of the month replay test: a real `lotsed` whose roles come from real Unix
/// accounts (a coordinator, two caseworkers, two specialists; `SpecialistWorld`), mail
/// through a sendmail that accepts everything, and after every step one check that what
/// the commands say about the month agrees (`expectAgreement`).
final class MonthReplay {
    let world: SpecialistWorld
    /// The replayed month and the one after it.
    let month: String
    let nextMonth: String
    /// Mail addresses by Unix user.
    private(set) var addresses: [String: String] = [:]

    init() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config/mail").path
        world = try SpecialistWorld(extraConfig: """
            [mail]
            sendmail = /bin/true
            sender = lotse@testkreis.example
            coordinator_addresses = koordination@testkreis.example
            templates = \(templates)
            """)
        month = world.month.description
        nextMonth = world.month.adding(months: 1).description
        for user in [world.caseworker, world.otherCaseworker] {
            addresses[user.name] = "\(user.name)@testkreis.example"
            _ = try world.json(["caseworker", "set", user.name, "--email", "\(user.name)@testkreis.example"])
        }
        addresses[world.specialist.name] = "\(world.specialist.name)@example.org"
        addresses[world.otherSpecialist.name] = "\(world.otherSpecialist.name)@example.org"
    }

    /// Refers a client of `caseworker` (a new pseudonym the daemon issues), preferring
    /// `specialist`, unavailable on `unavailable` days of the month; returns the referral.
    func refer(as caseworker: TestUser, preferring specialist: Int64?, unavailable: [CalendarDate] = []) throws -> (referral: Int64, client: String) {
        let created = try ForeignClient.call([VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: ["municipality": "ludwigsburg"])],
                                             socket: world.daemon.socketPath, as: caseworker)
        let client = try #require(created.first?.parameters["client"]?["pseudonym"]?.stringValue, "\(created)")
        let today = CalendarDate(instant: Date(), in: SpecialistWorld.zone)
        var submit: [String: JSONValue] = [
            "client": .string(client), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
            "kind": "assessment", "language": "de", "interpreter": false, "urgency": "high", "urgencyReason": "Einschätzung im Erstgespräch",
            "unavailableDates": .array(unavailable.map { .string($0.description) }),
        ]
        if let specialist { submit["preferredSpecialist"] = .integer(specialist) }
        let replies = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: ["client": .string(client), "givenOn": .string(today.description),
                                                                                  "scope": ["screening", "referral", "exchange-with-specialist"]]),
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: submit),
        ], socket: world.daemon.socketPath, as: caseworker)
        try #require(replies.count == 2 && replies[1].error == nil, "Submit failed: \(replies.map(\.message.serialized))")
        return (try #require(replies[1].parameters["referral"]?["id"]?.integerValue), client)
    }

    /// The referral → slot (`SESSION-INDEX`) placements of a `roster show` reply.
    func placements(_ show: JSONValue) -> [Int64: String] { world.placementsOf(show) }

    /// After `step`: every command and export about `month` tells the same story.
    /// - `roster show`, `roster waiting` and `referral list --waiting` name the same
    ///   waiting referrals (the last two in the same order), none of them also placed in
    ///   the version shown, none showing a slot as if it were booked, every reason one of
    ///   this month;
    /// - every objective and bound shown (the step's own reply included) has bound ≥
    ///   objective, and `roster show` repeats the step's numbers;
    /// - the CSV, iCalendar and HTML exports hold exactly the bookings `roster show` shows;
    /// - every mail in the outbox went to the right person, and none twice.
    /// Returns the `roster show` reply.
    @discardableResult
    func expectAgreement(_ step: String, month: String? = nil, reply: JSONValue? = nil,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let month = month ?? self.month
        let show = try world.json(["roster", "show", month])
        let head = show["roster"]
        let objective = try #require(head?["objective"]?.integerValue, "\(step): no objective", sourceLocation: sourceLocation)
        let bound = try #require(head?["bound"]?.integerValue, "\(step): no bound", sourceLocation: sourceLocation)
        #expect(bound >= objective, "\(step): roster show says bound \(bound) below objective \(objective)", sourceLocation: sourceLocation)
        if let told = reply?["roster"], told["version"]?.integerValue == head?["version"]?.integerValue {
            #expect(told["objective"]?.integerValue == objective && told["bound"]?.integerValue == bound,
                    "\(step): the step said \(told["objective"]?.integerValue ?? -1)/\(told["bound"]?.integerValue ?? -1), roster show \(objective)/\(bound)",
                    sourceLocation: sourceLocation)
        }
        let placed = placements(show)
        // The text headline counts apart the bookings that were called off, and gives the
        // score as that of the plan as planned, never as appointments that still stand.
        let entries = show["entries"]?.arrayValue ?? []
        let calledOff = entries.filter { ["cancelled-by-client", "cancelled-by-service", "session-cancelled"].contains($0["state"]?.stringValue ?? "") }.count
        let headline = try world.lotse(["roster", "show", month]).stdout.split(separator: "\n").first.map(String.init) ?? ""
        if calledOff > 0 {
            #expect(headline.contains("\(calledOff) of them cancelled — \(entries.count - calledOff) stand") && headline.contains("when planned: score"),
                    "\(step): \(calledOff) of \(entries.count) bookings called off, the headline says: \(headline)", sourceLocation: sourceLocation)
        } else {
            #expect(!headline.contains("cancelled"), "\(step): \(headline)", sourceLocation: sourceLocation)
        }

        let shownWaiting = Set((show["waiting"]?.arrayValue ?? []).compactMap { $0["referral"]?.integerValue ?? $0["id"]?.integerValue })
        let waitingRows = try world.json(["roster", "waiting", month])["referrals"]?.arrayValue ?? []
        let waiting = waitingRows.compactMap { $0["referral"]?.integerValue }
        let listed = try world.json(["referral", "list", "--waiting", month])["referrals"]?.arrayValue ?? []
        #expect(listed.compactMap { $0["referral"]?.integerValue } == waiting,
                "\(step): referral list --waiting \(listed.compactMap { $0["referral"]?.integerValue }) ≠ roster waiting \(waiting)",
                sourceLocation: sourceLocation)
        #expect(shownWaiting.isSubset(of: Set(waiting)), "\(step): roster show says \(shownWaiting.sorted()) wait, roster waiting lists \(waiting.sorted())",
                sourceLocation: sourceLocation)
        for row in listed {
            let id = row["referral"]?.integerValue ?? 0
            if let reasonMonth = row["placement"]?["month"]?.stringValue {
                #expect(reasonMonth == month, "\(step): the reason of referral \(id) is of \(reasonMonth), the list of \(month)", sourceLocation: sourceLocation)
            }
        }
        // A waiting referral is never shown as booked: an entry of the version shown whose
        // booking ended (a no-show, a cancelled session, a client's cancellation) says so,
        // and one still placed is in the live draft and says "planned".
        let live = ["draft", "approved"].contains(head?["status"]?.stringValue ?? "")
        for row in listed {
            let id = row["referral"]?.integerValue ?? 0
            guard let slot = placed[id] else { continue }
            #expect(live && row["reason"]?.stringValue == "planned",
                    "\(step): referral \(id) is waiting and shown at \(slot) in version \(head?["version"]?.integerValue ?? 0)",
                    sourceLocation: sourceLocation)
        }
        for row in listed {
            let placement = row["placement"]
            #expect(placement?["kind"]?.stringValue != "appointment",
                    "\(step): waiting referral \(row["referral"]?.integerValue ?? 0) shows a booked slot \(placement?.serialized ?? "")",
                    sourceLocation: sourceLocation)
        }

        if live { try expectBoundValid(step, month: month, show: show, bound: bound, sourceLocation: sourceLocation) }
        try expectExports(step, month: month, version: head?["version"]?.integerValue ?? 0, placed: placed, ended: endedEntries(show),
                          sourceLocation: sourceLocation)
        try expectMail(step, sourceLocation: sourceLocation)
        return show
    }

    /// The draft's bound is a proof, not merely a number above the objective: the plan
    /// `lotse solve` finds offline for the month's problem (`roster problem`, everything the
    /// next plan may still change), together with the weights of the entries that plan
    /// keeps (those not in the problem), is one plan of the month as constrained, so its
    /// score must not exceed the bound shown.
    private func expectBoundValid(_ step: String, month: String, show: JSONValue, bound: Int64,
                                  sourceLocation: SourceLocation) throws {
        let written = try world.lotse(["roster", "problem", month])
        try #require(written.status == 0, "\(step): roster problem failed: \(written.stderr)", sourceLocation: sourceLocation)
        let problem = try JSONParser().parse(written.stdout)
        let free = Set((problem["referrals"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        let kept = (show["entries"]?.arrayValue ?? []).filter { entry in
            SpecialistWorld.holdingStates.contains(entry["state"]?.stringValue ?? "")
                && !free.contains(String(entry["referral"]?.integerValue ?? -1))
        }.compactMap { $0["weight"]?.integerValue }.reduce(0, +)
        let file = world.daemon.directory + "/problem-\(month).json"
        try written.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let solved = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["solve", file])
        try #require(solved.status == 0, "\(step): lotse solve failed: \(solved.stderr)", sourceLocation: sourceLocation)
        let found = try #require(try JSONParser().parse(solved.stdout)["objective"]?.integerValue, "\(step): \(solved.stdout)",
                                 sourceLocation: sourceLocation)
        #expect(found + kept <= bound, "\(step): a plan scoring \(found) + \(kept) kept exists, above the bound \(bound) shown",
                sourceLocation: sourceLocation)
    }

    /// The entries of a `roster show` reply whose booking ended, referral → state.
    func endedEntries(_ show: JSONValue) -> [Int64: String] {
        var result: [Int64: String] = [:]
        for entry in show["entries"]?.arrayValue ?? [] {
            guard let referral = entry["referral"]?.integerValue, let state = entry["state"]?.stringValue,
                  !SpecialistWorld.holdingStates.contains(state) else { continue }
            result[referral] = state
        }
        return result
    }

    /// The exports hold exactly the bookings of `roster show`, and each entry whose
    /// booking ended with the same state: the CSV in its `state` column, the calendar as
    /// a cancelled event (same UID, higher SEQUENCE), the HTML struck through.
    private func expectExports(_ step: String, month: String, version: Int64, placed: [Int64: String], ended: [Int64: String],
                               sourceLocation: SourceLocation) throws {
        let csv = try world.lotse(["roster", "show", month, "--format", "csv", "--csv-form", "machine"])
        try #require(csv.status == 0, "\(step): csv export failed: \(csv.stderr)", sourceLocation: sourceLocation)
        let table = Self.csvRows(csv.stdout)
        let header = table.first ?? []
        let column = { (name: String) in header.firstIndex(of: name) ?? Int.max }
        var booked: [Int64: String] = [:], endedInCSV: [Int64: String] = [:]
        for cells in table.dropFirst() where cells.count == header.count {
            guard let referral = Int64(cells[column("referral")]) else { continue }
            let state = cells[column("state")]
            if SpecialistWorld.holdingStates.contains(state) { booked[referral] = cells[column("slot")] } else { endedInCSV[referral] = state }
        }
        #expect(booked == placed, "\(step): the CSV books \(booked), roster show \(placed)", sourceLocation: sourceLocation)
        #expect(endedInCSV == ended, "\(step): the CSV ends \(endedInCSV), roster show \(ended)", sourceLocation: sourceLocation)
        let ics = try world.lotse(["roster", "show", month, "--format", "ics"])
        try #require(ics.status == 0, "\(step): ics export failed: \(ics.stderr)", sourceLocation: sourceLocation)
        let events = ics.stdout.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        let cancelled = events.filter { $0.contains("\r\nSTATUS:CANCELLED\r\n") }
        let standing = events.filter { !$0.contains("\r\nSTATUS:CANCELLED\r\n") }
        #expect(standing.count == placed.count,
                "\(step): the calendar has \(standing.count) events, roster show \(placed.count) bookings", sourceLocation: sourceLocation)
        #expect(cancelled.count == ended.count,
                "\(step): the calendar cancels \(cancelled.count) events, roster show ended \(ended.count) bookings", sourceLocation: sourceLocation)
        for event in cancelled {
            #expect(event.contains("\r\nSEQUENCE:\(version + 1)\r\n"), "\(step): a cancelled event must carry SEQUENCE version + 1: \(event)",
                    sourceLocation: sourceLocation)
        }
        let html = try world.lotse(["roster", "show", month, "--format", "html"])
        try #require(html.status == 0, "\(step): html export failed: \(html.stderr)", sourceLocation: sourceLocation)
        let placedClients = Set(show(placedIn: placed)), endedClients = Set(show(placedIn: ended))
        for pseudonym in try world.query("SELECT pseudonym FROM clients").split(separator: "\n").map(String.init) {
            #expect(standing.contains { $0.contains(pseudonym) } == placedClients.contains(pseudonym),
                    "\(step): \(pseudonym) in the calendar ≠ booked in roster show", sourceLocation: sourceLocation)
            #expect(cancelled.contains { $0.contains(pseudonym) } == endedClients.contains(pseudonym),
                    "\(step): \(pseudonym) cancelled in the calendar ≠ ended in roster show", sourceLocation: sourceLocation)
            if placedClients.contains(pseudonym) {
                #expect(html.stdout.contains(">\(pseudonym)<"), "\(step): \(pseudonym) booked but not in the HTML roster", sourceLocation: sourceLocation)
            }
            if endedClients.contains(pseudonym) {
                #expect(html.stdout.contains("<del>\(pseudonym)</del>"), "\(step): \(pseudonym)'s ended booking not struck through in the HTML roster",
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// The pseudonyms of the placed referrals.
    private func show<Value>(placedIn placed: [Int64: Value]) -> [String] {
        placed.keys.compactMap { try? world.query("SELECT client FROM referrals WHERE id = \($0)") }
    }

    /// RFC 4180 rows: fields in double quotes may hold commas, quotes ("") and line ends.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Every mail went to the right person, once.
    private func expectMail(_ step: String, sourceLocation: SourceLocation) throws {
        // A caseworker's mail about an appointment goes to the caseworker of that client.
        let wrongCaseworker = try world.query("""
            SELECT o.id || ' ' || o.kind || ' to ' || o.recipient FROM outbox o
            JOIN appointments a ON o.subject_kind = 'appointment' AND a.id = CAST(o.subject_id AS INTEGER)
            JOIN referrals r ON r.id = a.referral_id
            LEFT JOIN caseworkers c ON c.unix_user = r.caseworker
            WHERE o.recipient_role = 'caseworker' AND o.recipient IS NOT c.email
            """)
        #expect(wrongCaseworker.isEmpty, "\(step): appointment mail to someone else than the client's caseworker: \(wrongCaseworker)",
                sourceLocation: sourceLocation)
        // A specialist's mail about a session goes to that session's specialist.
        let wrongSpecialist = try world.query("""
            SELECT o.id || ' ' || o.kind || ' to ' || o.recipient FROM outbox o
            JOIN sessions s ON o.subject_kind = 'session' AND s.id = CAST(o.subject_id AS INTEGER)
            JOIN specialists sp ON sp.id = s.specialist_id
            WHERE o.recipient_role = 'specialist' AND o.recipient <> sp.email
            """)
        #expect(wrongSpecialist.isEmpty, "\(step): session mail to someone else than its specialist: \(wrongSpecialist)", sourceLocation: sourceLocation)
        let wrongAppointmentSpecialist = try world.query("""
            SELECT o.id || ' ' || o.kind || ' to ' || o.recipient FROM outbox o
            JOIN appointments a ON o.subject_kind = 'appointment' AND a.id = CAST(o.subject_id AS INTEGER)
            JOIN slots sl ON sl.id = a.slot_id JOIN sessions s ON s.id = sl.session_id
            JOIN specialists sp ON sp.id = s.specialist_id
            WHERE o.recipient_role = 'specialist' AND o.recipient <> sp.email
            """)
        #expect(wrongAppointmentSpecialist.isEmpty, "\(step): appointment mail to someone else than its specialist: \(wrongAppointmentSpecialist)",
                sourceLocation: sourceLocation)
        // Nobody gets the same mail twice: the same kind with the same content to the same
        // address (a session list sent at publication and again by the day's reminder run
        // would be two rows with the same facts).
        let doubled = try world.query("""
            SELECT kind || ' ' || coalesce(subject_kind, '') || ' ' || coalesce(subject_id, '') || ' to ' || recipient || ' ×' || count(*)
            FROM outbox WHERE moot = 0 AND kind NOT IN ('appointment-reminder', 'roster-awaiting-approval')
            GROUP BY kind, recipient, subject_kind, subject_id, payload HAVING count(*) > 1
            """)
        #expect(doubled.isEmpty, "\(step): mail sent twice: \(doubled)", sourceLocation: sourceLocation)
        // One "roster awaiting approval" per roster and coordinator, however often the
        // draft changes (a refill after a plan).
        let approvalTwice = try world.query("""
            SELECT subject_id || ' ×' || count(*) FROM outbox WHERE moot = 0 AND kind = 'roster-awaiting-approval'
            GROUP BY recipient, subject_id, payload HAVING count(*) > 1
            """)
        #expect(approvalTwice.isEmpty, "\(step): roster awaiting approval mailed twice: \(approvalTwice)", sourceLocation: sourceLocation)
    }

    /// The mails queued since `since` (outbox id), as `kind recipient`.
    func mails(after since: Int64) throws -> [String] {
        try world.query("SELECT kind || ' ' || recipient FROM outbox WHERE id > \(since) ORDER BY id").split(separator: "\n").map(String.init)
    }

    /// The newest outbox id (0 when empty).
    func lastMail() throws -> Int64 { Int64(try world.query("SELECT coalesce(max(id), 0) FROM outbox")) ?? 0 }
}

extension SpecialistWorld {
    /// The entry states of `roster show` that still hold a slot for their referral.
    static let holdingStates: Set<String> = ["planned", "booked", "attended"]

    /// The referral → slot placements of a `roster show` reply that still hold: an entry
    /// whose booking ended (cancelled, missed) places nobody.
    func placementsOf(_ show: JSONValue) -> [Int64: String] {
        var result: [Int64: String] = [:]
        for entry in show["entries"]?.arrayValue ?? [] {
            guard Self.holdingStates.contains(entry["state"]?.stringValue ?? "") else { continue }
            if let referral = entry["referral"]?.integerValue, let slot = entry["slot"]?.stringValue { result[referral] = slot }
        }
        return result
    }
}
