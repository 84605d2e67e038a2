#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A real `lotsed` with a coordinator and a caseworker as real Unix users (their roles
/// come from groups, the kernel names them through `SO_PEERCRED`). The coordinator works
/// through the real `lotse` binary; the caseworker submits referrals over
/// `org.lotse.Referrals` from its own process (`ForeignClient`). Planning happens in the
/// next month, so every date a referral gives lies in the future.
final class CoordinatorWorld {
    let daemon: DaemonHarness
    let coordinator: TestUser
    let caseworker: TestUser
    /// The planned month (next month, Europe/Berlin).
    let month: CalendarMonth
    /// Today (Europe/Berlin).
    let today: CalendarDate
    private var nextPseudonym: Int

    /// `mailSettings` are the `[mail]` lines besides `templates` (the checkout's
    /// `Config/mail`); by default a sendmail that accepts everything (`/bin/true`).
    /// `daemonEnvironment` is extra environment for lotsed (a short mail poll, say).
    init(mailSettings: String = "sendmail = /bin/true", daemonEnvironment: [String: String] = [:]) throws {
        coordinator = try TestUser.ensure("lotse-e2e-coord", groups: ["lotse-e2e-coordinators"])
        caseworker = try TestUser.ensure("lotse-e2e-cw", groups: ["lotse-e2e-caseworkers"])
        // The checkout's mail templates and the given (or an accept-everything) sendmail.
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config/mail").path
        daemon = try DaemonHarness(roles: """
            coordinators = @lotse-e2e-coordinators
            caseworkers = @lotse-e2e-caseworkers
            admins = root
            """, extraSections: """
            [mail]
            \(mailSettings)
            templates = \(templates)
            """, environment: daemonEnvironment)
        try daemon.start()
        let zone = TimeZone(identifier: "Europe/Berlin") ?? .current
        today = CalendarDate(instant: Date(), in: zone)
        month = CalendarMonth(containing: today).adding(months: 1)
        nextPseudonym = 9000 + Int(getpid() % 500)
    }

    /// The day `day` of the planned month as `YYYY-MM-DD`.
    func date(_ day: Int) -> String {
        CalendarDate(year: month.year, month: month.month, day: day)?.description ?? ""
    }

    /// Runs `lotse` as the coordinator (or `user`).
    func lotse(_ arguments: [String], as user: TestUser? = nil) throws -> ProcessOutput {
        try daemon.runLotse(arguments, as: user ?? coordinator)
    }

    /// Runs `lotse … --json` as the coordinator, requires success and parses the output.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let output = try lotse(arguments + ["--json"])
        try #require(output.status == 0, "lotse \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderr)",
                     sourceLocation: sourceLocation)
        return try JSONParser().parse(output.stdout)
    }

    /// Adds a specialist speaking `languages`; returns its id.
    func specialist(_ user: String, languages: String) throws -> Int64 {
        let reply = try json(["specialist", "add", "--name", "Dr. \(user)", "--qualification", "Fachärztin für Psychiatrie",
                              "--languages", languages, "--email", "\(user)@example.org", "--user", user])
        return try #require(reply["specialist"]?["id"]?.integerValue)
    }

    /// Adds a session on `day` of the month; returns its id.
    func session(_ specialist: Int64, day: Int, slots: Int, start: String = "14:00") throws -> Int64 {
        let reply = try json(["session", "add", "--specialist", String(specialist), "--date", date(day), "--start", start,
                              "--slots", String(slots), "--minutes", "45", "--place", "Landratsamt Ludwigsburg, Raum 2.114",
                              "--kinds", "assessment,follow-up"])
        return try #require(reply["sessions"]?.arrayValue?.first?["id"]?.integerValue)
    }

    /// A referral to submit as the caseworker.
    struct NewReferral {
        var language: String
        var urgency: String
        var unavailableDays: [Int] = []
        var municipality = "ludwigsburg"
    }

    /// Submits referrals as the caseworker (client, consent, referral each); returns the
    /// referral ids and pseudonyms in order.
    func submit(_ referrals: [NewReferral]) throws -> [(id: Int64, client: String)] {
        var calls: [VarlinkCall] = []
        var pseudonyms: [String] = []
        var opened: [(pseudonym: String, municipality: String)] = []
        for referral in referrals {
            nextPseudonym += 1
            let pseudonym = "K-\(today.year)-\(nextPseudonym)"
            pseudonyms.append(pseudonym)
            opened.append((pseudonym, referral.municipality))
            calls += ReferralCalls.consentAndSubmit(pseudonym, today: today, kind: "assessment", language: referral.language,
                                                    urgency: referral.urgency, unavailable: referral.unavailableDays.map { date($0) })
        }
        try ChosenClients.open(opened, for: caseworker, by: coordinator, socket: daemon.socketPath)
        let replies = try ForeignClient.call(calls, socket: daemon.socketPath, as: caseworker)
        var result: [(id: Int64, client: String)] = []
        for (index, pseudonym) in pseudonyms.enumerated() {
            let reply = replies[index * 2 + 1]
            try #require(reply.error == nil, "Submit failed: \(String(describing: reply.error)) \(reply.parameters)")
            result.append((try #require(reply.parameters["referral"]?["id"]?.integerValue), pseudonym))
        }
        return result
    }

    /// The roster's entries as referral → slot.
    func placements(_ show: JSONValue) -> [Int64: String] {
        var result: [Int64: String] = [:]
        for entry in show["entries"]?.arrayValue ?? [] {
            if let referral = entry["referral"]?.integerValue, let slot = entry["slot"]?.stringValue { result[referral] = slot }
        }
        return result
    }
}
