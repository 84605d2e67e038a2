#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing

/// What the coordinator is told about a month is true at every step: the bound shown after
/// a re-plan or a hand edit is a valid upper bound and the same in every command, a second
/// publication says so, and every export honours `-o`.
@Suite(.serialized) struct MonthTruthEndToEndTests {
    /// Every number a command prints about the draft: objective and bound, never a bound
    /// below the objective, and `roster show` agrees with the command that changed it.
    private func expectTruthful(_ reply: JSONValue, _ world: CoordinatorWorld, _ month: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let roster = reply["roster"] ?? reply
        let objective = try #require(roster["objective"]?.integerValue, sourceLocation: sourceLocation)
        let bound = try #require(roster["bound"]?.integerValue, sourceLocation: sourceLocation)
        #expect(bound >= objective, "bound \(bound) below objective \(objective)", sourceLocation: sourceLocation)
        let shown = try world.json(["roster", "show", month])["roster"]
        #expect(shown?["objective"]?.integerValue == objective, sourceLocation: sourceLocation)
        #expect(shown?["bound"]?.integerValue == bound, "show says \(String(describing: shown?["bound"])), the command said \(bound)",
                sourceLocation: sourceLocation)
    }

    @Test func theBoundOfARePlannedOrEditedDraftIsStoredWithItAndNeverBelowTheObjective() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-mt1", languages: "de,uk")
        let session = try world.session(specialist, day: 9, slots: 3)
        let first = try world.submit([.init(language: "uk", urgency: "routine")])
        let planned = try world.json(["roster", "plan", month])
        try expectTruthful(planned, world, month)

        // More referrals, the same draft planned again: the bound of the first plan (one
        // referral) would now be below the objective (three) if it were kept.
        let more = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "de", urgency: "elevated")])
        let replanned = try world.json(["roster", "plan", month])
        #expect(replanned["roster"]?["version"]?.integerValue == 1)
        #expect(replanned["placed"]?.integerValue == 3)
        try expectTruthful(replanned, world, month)
        let fullObjective = try #require(replanned["roster"]?["objective"]?.integerValue)
        #expect(try #require(replanned["roster"]?["bound"]?.integerValue) == fullObjective, "three referrals, three slots: optimal")

        try expectTruthful(try world.json(["roster", "pin", month, String(more[0].id)]), world, month)
        // Dropped by hand: the draft is worse than the optimum, the bound still proves
        // what a re-plan keeping the pin could reach.
        let dropped = try world.json(["roster", "drop", month, String(first[0].id)])
        try expectTruthful(dropped, world, month)
        #expect(try #require(dropped["roster"]?["objective"]?.integerValue) < fullObjective)
        #expect(try #require(dropped["roster"]?["bound"]?.integerValue) == fullObjective)
        let placements = world.placements(try world.json(["roster", "show", month]))
        let free = try #require((1...3).map { "\(session)-\($0)" }.first { !placements.values.contains($0) })
        try expectTruthful(try world.json(["roster", "move", month, String(more[1].id), free]), world, month)
        try expectTruthful(try world.json(["roster", "approve", month]), world, month)
    }

    @Test func publishingTwiceSaysTheVersionIsAlreadyPublished() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-mt2", languages: "de,uk")
        _ = try world.session(specialist, day: 10, slots: 1)
        _ = try world.submit([.init(language: "uk", urgency: "high")])
        _ = try world.json(["roster", "plan", month])
        _ = try world.json(["roster", "approve", month])
        _ = try world.json(["roster", "publish", month])
        let again = try world.lotse(["roster", "publish", month])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already published"), "\(again.stderr)")
        #expect(!again.stderr.contains("plan and approve"), "\(again.stderr)")
    }

    @Test func rosterShowAsJSONWritesTheFileNamedByO() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-mt3", languages: "de,uk")
        _ = try world.session(specialist, day: 11, slots: 1)
        _ = try world.submit([.init(language: "uk", urgency: "high")])
        _ = try world.json(["roster", "plan", month])
        // A directory the coordinator (another Unix user) may write into.
        let exports = world.daemon.directory + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        chmod(exports, 0o777)
        let file = exports + "/roster.json"
        let output = try world.lotse(["roster", "show", month, "--format", "json", "-o", file])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stdout.contains("\"entries\""), "the roster went to stdout: \(output.stdout)")
        let written = try JSONParser().parse(try String(contentsOfFile: file, encoding: .utf8))
        #expect(written["roster"]?["month"]?.stringValue == month)
        #expect(written["entries"]?.arrayValue?.count == 1)
    }

    @Test func aSessionInThePastIsRefusedUnlessRecordedWithPastAndItsSlotsAreNeverFree() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-mt4", languages: "de,uk")
        let twoDaysAgo = world.today.adding(days: -2)
        let arguments = ["session", "add", "--specialist", String(specialist), "--date", twoDaysAgo.description, "--start", "14:00",
                         "--slots", "2", "--minutes", "45", "--place", "Landratsamt", "--kinds", "assessment"]
        let refused = try world.lotse(arguments)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("--past"), "\(refused.stderr)")
        let month = CalendarMonth(containing: twoDaysAgo).description
        #expect(try world.json(["session", "list", month])["sessions"]?.arrayValue?.isEmpty == true, "a refusal changes nothing")
        _ = try world.json(arguments + ["--past"])
        _ = try world.json(["roster", "plan", month])
        let show = try world.json(["roster", "show", month])
        #expect(show["freeSlots"]?.arrayValue?.isEmpty == true, "past slots offered as free: \(String(describing: show["freeSlots"]))")
    }

    @Test func pinMoveAndDropSayWhatChanged() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-mt5", languages: "de,uk")
        let session = try world.session(specialist, day: 12, slots: 2)
        let referral = try world.submit([.init(language: "uk", urgency: "high")])[0].id
        _ = try world.json(["roster", "plan", month])
        let pinned = try world.lotse(["roster", "pin", month, String(referral)])
        #expect(pinned.stdout.contains("Referral \(referral) pinned"), "\(pinned.stdout)")
        let placedAt = try #require(world.placements(try world.json(["roster", "show", month]))[referral])
        let other = placedAt == "\(session)-1" ? "\(session)-2" : "\(session)-1"
        let moved = try world.lotse(["roster", "move", month, String(referral), other])
        #expect(moved.stdout.contains("Referral \(referral) moved to slot \(other)"), "\(moved.stdout)")
        let dropped = try world.lotse(["roster", "drop", month, String(referral)])
        #expect(dropped.stdout.contains("Referral \(referral) removed from the draft"), "\(dropped.stdout)")
        #expect(dropped.stdout.contains("optimal — no better plan possible") || dropped.stdout.contains("better possible"), "\(dropped.stdout)")
    }

    @Test func rosterProblemWritesWhatTheDaemonWouldSolveAndLotseSolveRunsIt() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-mt6", languages: "de,uk")
        _ = try world.session(specialist, day: 14, slots: 3)
        let referrals = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "de", urgency: "routine")])
        _ = try world.json(["roster", "plan", month])
        _ = try world.json(["roster", "pin", month, String(referrals[0].id)])
        let exports = world.daemon.directory + "/problem"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        chmod(exports, 0o777)
        let file = exports + "/problem.json"
        let written = try world.lotse(["roster", "problem", month, "-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        let problem = try JSONParser().parse(try String(contentsOfFile: file, encoding: .utf8))
        #expect(problem["format"]?.stringValue == "lotse-plan/1")
        #expect(problem["month"]?.stringValue == month)
        // The pinned referral and its slot are kept out, as the next plan keeps them.
        let ids = (problem["referrals"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        #expect(ids == [String(referrals[1].id)])
        #expect(problem["slots"]?.arrayValue?.count == 2)
        let solved = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["solve", file])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.contains("\"bound\""), "\(solved.stdout)")
        // A caseworker may not read the month's problem.
        #expect(try world.lotse(["roster", "problem", month], as: world.caseworker).status == 77)
    }
}
