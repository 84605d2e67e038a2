#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A real `lotsed` with every role as real Unix users: a coordinator, two caseworkers,
/// two specialists (roles from groups, names from `SO_PEERCRED`). The path is the real
/// one: the caseworker refers over `org.lotse.Referrals`, the coordinator adds the
/// specialists and sessions, plans, approves and publishes the next month's roster with
/// the real `lotse`; the published entries are the appointments.
///
/// The consultation day lies in the next month, so to act "at and after" it the world
/// restarts the daemon with its clock fixed on that day (`LOTSE_TEST_NOW`, honoured only
/// with `LOTSE_TEST_INTERFACES=1`, as the caseworker tests do).
final class SpecialistWorld {
    let daemon: DaemonHarness
    let coordinator: TestUser
    let caseworker: TestUser
    let otherCaseworker: TestUser
    let specialist: TestUser
    let otherSpecialist: TestUser
    /// The planned month (next month, Europe/Berlin).
    let month: CalendarMonth
    /// The consultation day of the specialist's session.
    let sessionDay: CalendarDate
    /// The specialist's and the other specialist's record ids.
    private(set) var specialistID: Int64 = 0
    private(set) var otherSpecialistID: Int64 = 0
    private(set) var sessionID: Int64 = 0
    private var nextPseudonym: Int
    static let zone = TimeZone(identifier: "Europe/Berlin") ?? .current

    /// `extraConfig` is appended to the daemon's configuration (e.g. a `[planning]` section).
    init(day: Int = 10, extraConfig: String = "") throws {
        coordinator = try TestUser.ensure("lotse-e2e-coord", groups: ["lotse-e2e-coordinators"])
        caseworker = try TestUser.ensure("lotse-e2e-cw", groups: ["lotse-e2e-caseworkers"])
        otherCaseworker = try TestUser.ensure("lotse-e2e-cw2", groups: ["lotse-e2e-caseworkers"])
        specialist = try TestUser.ensure("lotse-e2e-spa", groups: ["lotse-e2e-specialists"])
        otherSpecialist = try TestUser.ensure("lotse-e2e-spb", groups: ["lotse-e2e-specialists"])
        let roles = """
            coordinators = @lotse-e2e-coordinators
            caseworkers = @lotse-e2e-caseworkers
            specialists = @lotse-e2e-specialists
            admins = root
            """
        daemon = try DaemonHarness(roles: roles)
        if !extraConfig.isEmpty { try daemon.writeConfig(daemon.configText(roles: roles) + "\n" + extraConfig + "\n") }
        try daemon.start()
        let today = CalendarDate(instant: Date(), in: Self.zone)
        month = CalendarMonth(containing: today).adding(months: 1)
        sessionDay = CalendarDate(year: month.year, month: month.month, day: day) ?? today
        nextPseudonym = 7000 + Int(getpid() % 900)
    }

    /// Runs `lotse` as `user` (default: the coordinator).
    func lotse(_ arguments: [String], as user: TestUser? = nil) throws -> ProcessOutput {
        try daemon.runLotse(arguments, as: user ?? coordinator)
    }

    /// Runs `lotse … --json` as `user`, requires success and parses the output.
    func json(_ arguments: [String], as user: TestUser? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let output = try lotse(arguments + ["--json"], as: user)
        try #require(output.status == 0, "lotse \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderr)",
                     sourceLocation: sourceLocation)
        return try JSONParser().parse(output.stdout)
    }

    /// Adds both specialists and a session of `slots` slots for the first one on the
    /// consultation day (the other specialist's session two days later).
    func setUpSessions(slots: Int) throws {
        func add(_ user: TestUser) throws -> Int64 {
            let reply = try json(["specialist", "add", "--name", "Dr. \(user.name)", "--qualification", "Fachärztin für Psychiatrie",
                                  "--languages", "de,uk", "--email", "\(user.name)@example.org", "--user", user.name])
            return try #require(reply["specialist"]?["id"]?.integerValue)
        }
        specialistID = try add(specialist)
        otherSpecialistID = try add(otherSpecialist)
        sessionID = try session(specialistID, sessionDay, slots: slots)
        _ = try session(otherSpecialistID, sessionDay.adding(days: 2), slots: slots)
    }

    /// Adds a session of `specialist` on `day` at 14:00; returns its id.
    func session(_ specialist: Int64, _ day: CalendarDate, slots: Int) throws -> Int64 {
        let reply = try json(["session", "add", "--specialist", String(specialist), "--date", day.description, "--start", "14:00",
                              "--slots", String(slots), "--minutes", "45", "--place", "Landratsamt Ludwigsburg, Raum 2.114",
                              "--kinds", "assessment,follow-up,consultation"])
        return try #require(reply["sessions"]?.arrayValue?.first?["id"]?.integerValue)
    }

    /// Every consent scope: the world in which the client agreed to the exchange with the
    /// specialist too.
    static let allScopes: [String] = ["screening", "referral", "exchange-with-specialist"]

    /// Refers `count` clients of the caseworker (high urgency, German, with a note and a
    /// preference for the first specialist, so the planner books them with them), each with
    /// consent to `scope` given today. With `screening` (answers to the shipped `yesno10`,
    /// which the world's configuration must then hold) each client is screened first and
    /// the referral takes its urgency from that screening.
    func refer(_ count: Int, scope: [String] = SpecialistWorld.allScopes,
               screening: [Int]? = nil) throws -> [(referral: Int64, client: String)] {
        var calls: [VarlinkCall] = []
        var pseudonyms: [String] = []
        let today = CalendarDate(instant: Date(), in: Self.zone)
        for _ in 0..<count {
            nextPseudonym += 1
            let pseudonym = "K-\(today.year)-\(nextPseudonym)"
            pseudonyms.append(pseudonym)
            calls.append(VarlinkCall(method: "org.lotse.Referrals.CreateClient",
                                     parameters: ["pseudonym": .string(pseudonym), "municipality": "ludwigsburg"]))
            calls.append(VarlinkCall(method: "org.lotse.Referrals.RecordConsent",
                                     parameters: ["client": .string(pseudonym), "givenOn": .string(today.description),
                                                  "scope": .array(scope.map { .string($0) })]))
            var submit: [String: JSONValue] = [
                "client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
                "kind": "assessment", "language": "de", "interpreter": false,
                "urgency": "high", "urgencyReason": "Einschätzung im Erstgespräch",
                "preferredSpecialist": .integer(specialistID),
                "note": "Schlafstörungen seit der Flucht, Rückzug"]
            if let screening {
                calls.append(VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                    "client": .string(pseudonym), "instrument": "yesno10", "answers": .array(screening.map { .integer(Int64($0)) }),
                    "acuteRisk": ["suicidality": false, "dangerToOthers": false]]))
                submit["urgency"] = nil
                submit["urgencyReason"] = nil
            }
            calls.append(VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: submit))
        }
        let replies = try ForeignClient.call(calls, socket: daemon.socketPath, as: caseworker)
        var result: [(referral: Int64, client: String)] = []
        for (index, pseudonym) in pseudonyms.enumerated() {
            let perClient = screening == nil ? 3 : 4
            let reply = replies[index * perClient + perClient - 1]
            try #require(reply.error == nil, "Submit failed: \(String(describing: reply.error)) \(reply.parameters)")
            result.append((try #require(reply.parameters["referral"]?["id"]?.integerValue), pseudonym))
        }
        return result
    }

    /// Plans, approves and publishes the month as the coordinator.
    func publish() throws {
        let m = month.description
        _ = try json(["roster", "plan", m])
        _ = try json(["roster", "approve", m])
        let published = try json(["roster", "publish", m])
        try #require((published["booked"]?.integerValue ?? 0) > 0, "nothing booked: \(published)")
    }

    /// Restarts the daemon with its clock on `day` at `hour`:00 Europe/Berlin.
    func moveClock(to day: CalendarDate, hour: Int = 18) throws {
        let time = try #require(TimeOfDay(hour: hour, minute: 0))
        let instant = try #require(day.instant(at: time, in: Self.zone))
        daemon.environment["LOTSE_TEST_NOW"] = String(Int64(instant.timeIntervalSince1970))
        try daemon.restart()
    }

    /// The specialist's appointments on the consultation day, by pseudonym.
    func appointments(as user: TestUser? = nil) throws -> [String: Int64] {
        let today = try json(["session", "today", "--date", sessionDay.description], as: user ?? specialist)
        var result: [String: Int64] = [:]
        for row in today["appointments"]?.arrayValue ?? [] {
            if let client = row["client"]?.stringValue, let id = row["id"]?.integerValue { result[client] = id }
        }
        return result
    }

    /// One SQL query's output through `sqlite3` (read-only).
    func query(_ sql: String) throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath, sql])
        guard output.status == 0 else { throw HarnessError("sqlite3 failed: \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every table's rows except the audit log's, for "nothing changed" checks.
    func dumpWithoutAudit() throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath, ".dump"])
        guard output.status == 0 else { throw HarnessError("sqlite3 .dump failed: \(output.stderr)") }
        return output.stdout.split(separator: "\n").filter { !$0.contains("INTO audit_log") && !$0.contains("sqlite_sequence") }
            .joined(separator: "\n")
    }
}
