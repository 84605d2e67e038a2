#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A year of the service played through a real `lotsed`, for `lotse report`: in several
/// months the caseworker refers clients (and once reports acute risk), the coordinator
/// adds two sessions, plans, approves and publishes; before the day one appointment is
/// cancelled by the client and one by the service; on the day the specialists record
/// attendance (some no-shows) and assessments with recommendations and a follow-up step,
/// half of which the caseworker marks done. The daemon's clock is moved for each step
/// (`LOTSE_TEST_NOW`), so every date lies where the month needs it.
final class ReportWorld {
    let daemon: DaemonHarness
    let coordinator: TestUser
    let caseworker: TestUser
    let specialists: [TestUser]
    private(set) var specialistIDs: [Int64] = []
    /// The year reported.
    let year: Int
    private var nextPseudonym = 1000
    static let zone = TimeZone(identifier: "Europe/Berlin") ?? .current

    /// `extraSections` are whole further configuration sections (`[mail]`, `[planning]`).
    init(extraSections: String = "") throws {
        coordinator = try TestUser.ensure("lotse-e2e-coord", groups: ["lotse-e2e-coordinators"])
        caseworker = try TestUser.ensure("lotse-e2e-cw", groups: ["lotse-e2e-caseworkers"])
        specialists = [try TestUser.ensure("lotse-e2e-spa", groups: ["lotse-e2e-specialists"]),
                       try TestUser.ensure("lotse-e2e-spb", groups: ["lotse-e2e-specialists"])]
        daemon = try DaemonHarness(roles: """
            coordinators = @lotse-e2e-coordinators
            caseworkers = @lotse-e2e-caseworkers
            specialists = @lotse-e2e-specialists
            admins = root
            """, extraSections: """
            [district]
            name = Landkreis Prüfstadt

            [report]
            min_cell = 5

            \(extraSections)
            """)
        year = CalendarDate(instant: Date(), in: Self.zone).year + 2
    }

    func day(_ month: Int, _ day: Int, year: Int? = nil) throws -> CalendarDate {
        try #require(CalendarDate(year: year ?? self.year, month: month, day: day))
    }

    /// (Re)starts the daemon with its clock on `day` at `hour`:00 Europe/Berlin.
    func clock(_ day: CalendarDate, hour: Int = 9) throws {
        let time = try #require(TimeOfDay(hour: hour, minute: 0))
        let instant = try #require(day.instant(at: time, in: Self.zone))
        daemon.environment["LOTSE_TEST_NOW"] = String(Int64(instant.timeIntervalSince1970))
        if daemon.process?.isRunning == true { try daemon.restart() } else { try daemon.start() }
    }

    func lotse(_ arguments: [String], as user: TestUser? = nil) throws -> ProcessOutput {
        try daemon.runLotse(arguments, as: user ?? coordinator)
    }

    func json(_ arguments: [String], as user: TestUser? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let output = try lotse(arguments + ["--json"], as: user)
        try #require(output.status == 0, "lotse \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderr)",
                     sourceLocation: sourceLocation)
        return try JSONParser().parse(output.stdout)
    }

    func addSpecialists() throws {
        for user in specialists {
            let reply = try json(["specialist", "add", "--name", "Dr. \(user.name)", "--qualification", "Fachärztin für Psychiatrie",
                                  "--languages", "de,uk,ar", "--email", "\(user.name)@example.org", "--user", user.name])
            specialistIDs.append(try #require(reply["specialist"]?["id"]?.integerValue))
        }
    }

    /// Refers `count` clients on the clock's day, varied in kind, municipality, language,
    /// urgency and interpreter; with `acuteRisk` one more submission reports acute risk.
    func refer(_ count: Int, on today: CalendarDate, acuteRisk: Bool) throws {
        let municipalities = ["ludwigsburg", "kornwestheim", "ludwigsburg", "marbach", "ludwigsburg", "bietigheim-bissingen"]
        let languages = ["de", "uk", "ar", "uk", "de", "ar", "uk"]
        let urgencies = ["routine", "elevated", "high", "routine", "high"]
        var calls: [VarlinkCall] = []
        var opened: [(pseudonym: String, municipality: String)] = []
        for index in 0..<(count + (acuteRisk ? 1 : 0)) {
            nextPseudonym += 1
            let pseudonym = "K-\(today.year)-\(nextPseudonym)"
            let risky = index == count
            opened.append((pseudonym, municipalities[nextPseudonym % municipalities.count]))
            calls.append(VarlinkCall(method: "org.lotse.Referrals.RecordConsent",
                                     parameters: ["client": .string(pseudonym), "givenOn": .string(today.description),
                                                  "scope": ["screening", "referral"]]))
            let language = languages[nextPseudonym % languages.count]
            calls.append(VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(pseudonym), "acuteRisk": ["suicidality": .bool(risky), "dangerToOthers": false],
                "kind": .string(nextPseudonym % 9 == 0 ? "consultation" : "assessment"), "language": .string(language),
                "interpreter": .bool(language == "ar" || nextPseudonym % 4 == 0),
                "urgency": .string(urgencies[nextPseudonym % urgencies.count]), "urgencyReason": "Einschätzung im Erstgespräch"]))
        }
        try ChosenClients.open(opened, for: caseworker, by: coordinator, socket: daemon.socketPath)
        let replies = try ForeignClient.call(calls, socket: daemon.socketPath, as: caseworker)
        for index in 0..<count {
            let reply = replies[index * 2 + 1]
            try #require(reply.error == nil, "Submit failed: \(String(describing: reply.error)) \(reply.parameters)")
        }
    }

    /// Two sessions of `slots` slots in `month` (days 10 and 12), planned, approved and published.
    func publish(month: Int, slots: Int) throws {
        for (index, id) in specialistIDs.enumerated() {
            _ = try json(["session", "add", "--specialist", String(id), "--date", try day(month, 10 + 2 * index).description,
                          "--start", "14:00", "--slots", String(slots), "--minutes", "45", "--place", "Landratsamt, Raum 2.14",
                          "--kinds", "assessment,follow-up,consultation"])
        }
        let m = try day(month, 1).description.prefix(7)
        _ = try json(["roster", "plan", String(m)])
        _ = try json(["roster", "approve", String(m)])
        let published = try json(["roster", "publish", String(m)])
        try #require((published["booked"]?.integerValue ?? 0) > 0, "nothing booked: \(published)")
    }

    /// The appointment ids of a day (as the coordinator sees them).
    func appointments(on day: CalendarDate, as user: TestUser? = nil) throws -> [Int64] {
        let today = try json(["session", "today", "--date", day.description], as: user)
        return (today["appointments"]?.arrayValue ?? []).filter { ($0["attendance"] ?? .null).isNull }
            .compactMap { $0["id"]?.integerValue }.sorted()
    }

    /// One month: refer, publish, cancellations before the day, then the day itself.
    func playMonth(_ month: Int, referrals: Int, slots: Int) throws {
        let referralDay = month == 1 ? try day(12, 2, year: year - 1) : try day(month - 1, 2)
        try clock(referralDay)
        try refer(referrals, on: referralDay, acuteRisk: true)
        try publish(month: month, slots: slots)
        let second = try day(month, 12)
        let early = try appointments(on: second)
        if early.count >= 2 {
            _ = try json(["assessment", "attend", String(early[0]), "cancelled-by-client"])
            _ = try json(["assessment", "attend", String(early[1]), "cancelled-by-service"])
        }
        try clock(second, hour: 19)
        let codes = ["outpatient-psychotherapy", "present-again:3", "supervised-group", "psychosocial-centre"]
        for (index, user) in specialists.enumerated() {
            let sessionDay = try day(month, 10 + 2 * index)
            for (position, appointment) in try appointments(on: sessionDay, as: user).enumerated() {
                if position % 4 == 3 {
                    _ = try json(["assessment", "attend", String(appointment), "no-show"], as: user)
                    continue
                }
                _ = try json(["assessment", "record", String(appointment), "--note", "Schlafstörungen, Albträume.",
                              "--recommend", codes[(position + month) % codes.count],
                              "--step", "\(sessionDay.adding(days: 7 + position).displayText);caseworker;Therapieplatz anfragen"], as: user)
            }
        }
        let steps = try json(["followup", "list"], as: caseworker)["steps"]?.arrayValue ?? []
        for (index, step) in steps.enumerated() where index % 2 == 0 {
            if let id = step["id"]?.integerValue { _ = try json(["followup", "done", String(id)], as: caseworker) }
        }
    }
}
