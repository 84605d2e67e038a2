import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The coordinator's month against a real daemon: plan, pin, re-plan, refused manual
/// placements, publication, cancellation, refill, and the caseworker's lack of access.
@Suite(.serialized) struct RosterEndToEndTests {
    @Test func aReplanKeepsAPinnedEntryWhereThePlannerWouldMoveIt() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp1", languages: "de,uk")
        _ = try world.session(specialist, day: 22, slots: 2)
        let referrals = try world.submit([.init(language: "uk", urgency: "high")])
        let urgent = referrals[0].id
        let first = try world.json(["roster", "plan", month])
        #expect(first["roster"]?["status"]?.stringValue == "draft")
        let placedAt = try #require(world.placements(try world.json(["roster", "show", month]))[urgent])
        _ = try world.json(["roster", "pin", month, String(urgent)])

        // An earlier session appears: high urgency weighs more early in the month, so an
        // unpinned entry would move there (lateness per week) — the pin keeps it.
        _ = try world.session(specialist, day: 1, slots: 2)
        let replanned = try world.json(["roster", "plan", month])
        #expect(replanned["roster"]?["version"]?.integerValue == 1)
        let show = try world.json(["roster", "show", month])
        #expect(world.placements(show)[urgent] == placedAt)
        let entry = show["entries"]?.arrayValue?.first { $0["referral"]?.integerValue == urgent }
        #expect(entry?["pinned"]?.boolValue == true)

        // Unpinned, the same re-plan moves it to the earlier session.
        _ = try world.json(["roster", "pin", month, String(urgent), "--unpin"])
        _ = try world.json(["roster", "plan", month])
        #expect(world.placements(try world.json(["roster", "show", month]))[urgent] != placedAt)
    }

    @Test func aManualPlacementThatBreaksAHardConstraintIsRefusedWithTheConstraintNamed() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp2", languages: "de,uk")
        let session = try world.session(specialist, day: 8, slots: 2)
        let referrals = try world.submit([.init(language: "ar", urgency: "high"),
                                          .init(language: "uk", urgency: "routine", unavailableDays: [8])])
        _ = try world.json(["roster", "plan", month])
        let show = try world.json(["roster", "show", month])
        #expect(world.placements(show).isEmpty)
        let reasons = (show["waiting"]?.arrayValue ?? []).compactMap { $0["reason"]?.stringValue }
        #expect(reasons.sorted() == ["no-language-match", "unavailable"])

        let language = try world.lotse(["roster", "add", month, String(referrals[0].id), "\(session)-1"])
        #expect(language.status == 65)
        // The constraint in words (its code is the error's own parameter, for JSON).
        #expect(language.stderr.contains("the slot offers no Arabic"), "\(language.stderr)")
        let unavailable = try world.lotse(["roster", "add", month, String(referrals[1].id), "\(session)-2"])
        #expect(unavailable.status == 65)
        #expect(unavailable.stderr.contains("the client is unavailable on"), "\(unavailable.stderr)")
        // Refused placements change nothing.
        #expect(world.placements(try world.json(["roster", "show", month])).isEmpty)
    }

    @Test func slotsThatHavePassedAreNeitherPlannedNorTakenByHand() throws {
        let world = try CoordinatorWorld()
        let specialist = try world.specialist("lotse-e2e-sp7", languages: "de,uk")
        // Last month is over: it is not planned at all.
        let last = world.today.adding(days: -world.today.day)
        _ = try world.json(["session", "add", "--specialist", String(specialist), "--date", last.description, "--start", "14:00",
                            "--slots", "2", "--minutes", "45", "--place", "Landratsamt", "--kinds", "assessment", "--past"])
        let referral = try world.submit([.init(language: "uk", urgency: "high")])[0].id
        let over = try world.lotse(["roster", "plan", CalendarMonth(containing: last).description])
        #expect(over.status == 65 && over.stderr.contains("is over"), "\(over.stderr)")
        // A slot of today that began at midnight has passed, whatever the hour now.
        let reply = try world.json(["session", "add", "--specialist", String(specialist), "--date", world.today.description, "--start", "00:00",
                                    "--slots", "1", "--minutes", "30", "--place", "Landratsamt", "--kinds", "assessment"])
        let session = try #require(reply["sessions"]?.arrayValue?.first?["id"]?.integerValue)
        let month = CalendarMonth(containing: world.today).description
        let planned = try world.json(["roster", "plan", month])
        #expect(planned["placed"]?.integerValue == 0)
        let byHand = try world.lotse(["roster", "add", month, String(referral), "\(session)-1"])
        #expect(byHand.status == 65)
        #expect(byHand.stderr.contains("has begun"), "\(byHand.stderr)")
    }

    @Test func aCaseworkerCannotChangeTheRoster() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp3", languages: "de")
        _ = try world.session(specialist, day: 8, slots: 1)
        let referrals = try world.submit([.init(language: "de", urgency: "elevated")])
        _ = try world.json(["roster", "plan", month])
        let calls = ["Plan", "Approve", "Publish", "Refill"].map {
            VarlinkCall(method: "org.lotse.Roster.\($0)", parameters: ["month": .string(month)])
        } + [VarlinkCall(method: "org.lotse.Roster.Pin", parameters: ["month": .string(month), "referral": .integer(referrals[0].id)]),
             VarlinkCall(method: "org.lotse.Sessions.Cancel", parameters: ["session": 1])]
        let replies = try ForeignClient.call(calls, socket: world.daemon.socketPath, as: world.caseworker)
        #expect(replies.count == calls.count)
        for reply in replies { #expect(reply.error == "org.varlink.service.PermissionDenied") }
        let cli = try world.lotse(["roster", "approve", month], as: world.caseworker)
        #expect(cli.status == 77)
        // Still a draft: nothing the caseworker tried took effect.
        #expect(try world.json(["roster", "show", month])["roster"]?["status"]?.stringValue == "draft")
    }

    @Test func aCancelledSessionsClientsGoBackToTheHeadOfTheWaitingListAndARefillFillsAFreedSlot() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp4", languages: "de,uk")
        let early = try world.session(specialist, day: 3, slots: 1)
        let late = try world.session(specialist, day: 17, slots: 2)
        // An urgent referral that cannot come on either day, submitted first: without the
        // head-of-urgency rule it would stay ahead of the one returned by the cancellation.
        let blocked = try world.submit([.init(language: "uk", urgency: "high", unavailableDays: [3, 17])])[0].id
        let urgent = try world.submit([.init(language: "uk", urgency: "high")])[0].id
        let routine = try world.submit([.init(language: "uk", urgency: "routine")])[0].id
        _ = try world.json(["roster", "plan", month])
        var placements = world.placements(try world.json(["roster", "show", month]))
        #expect(placements[urgent] == "\(early)-1")
        #expect(placements[routine]?.hasPrefix("\(late)-") == true)
        #expect(try world.lotse(["roster", "publish", month]).status == 65, "publishing a draft needs approval first")
        _ = try world.json(["caseworker", "set", world.caseworker.name, "--email", "cw@example.org", "--lang", "en"])
        _ = try world.json(["roster", "approve", month])
        let published = try world.json(["roster", "publish", month])
        #expect(published["booked"]?.integerValue == 2)
        // Two caseworker mails (one per appointment) and two session lists for the specialist.
        #expect(published["mailsQueued"]?.integerValue == 4)
        #expect(published["notNotified"]?.arrayValue?.isEmpty == true)
        #expect(try world.lotse(["roster", "drop", month, String(routine)]).status == 0, "a change after publication starts version 2")

        let cancelled = try world.json(["session", "cancel", String(early)])
        #expect(cancelled["returnedReferrals"]?.arrayValue?.compactMap(\.integerValue) == [urgent])
        #expect(cancelled["mailsQueued"]?.integerValue == 2, "the caseworker and the session's specialist are told of the cancellation")
        let waiting = try world.json(["roster", "waiting"])["referrals"]?.arrayValue ?? []
        #expect(waiting.compactMap { $0["referral"]?.integerValue }.prefix(2) == [urgent, blocked])
        #expect(waiting.first?["atHeadOfUrgency"]?.boolValue == true)
        let viaReferrals = try world.json(["referral", "list", "--waiting"])["referrals"]?.arrayValue ?? []
        #expect(viaReferrals.compactMap { $0["referral"]?.integerValue } == waiting.compactMap { $0["referral"]?.integerValue })
        let table = try world.lotse(["referral", "list", "--waiting", month])
        #expect(table.status == 0 && table.stdout.contains("Waiting list (\(waiting.count))"), "\(table.stdout) \(table.stderr)")

        let refill = try world.json(["roster", "refill", month])
        let offers = refill["offers"]?.arrayValue ?? []
        #expect(offers.compactMap { $0["referral"]?.integerValue } == [urgent])
        #expect(offers.first?["slot"]?.stringValue?.hasPrefix("\(late)-") == true)
        _ = try world.json(["roster", "approve", month])
        let second = try world.json(["roster", "publish", month])
        #expect(second["roster"]?["version"]?.integerValue == 2)
        placements = world.placements(try world.json(["roster", "show", month]))
        #expect(placements[urgent]?.hasPrefix("\(late)-") == true)
        #expect(placements[routine] == nil)
        let changes = try world.lotse(["roster", "show", month, "--changes"])
        #expect(changes.status == 0)
        #expect(changes.stdout.contains("Changes since version 1"), "\(changes.stdout)")
        #expect(changes.stdout.contains("~ referral \(urgent) moved from slot \(early)-1"), "\(changes.stdout)")
        #expect(changes.stdout.contains("- referral \(routine) from slot \(late)-"), "\(changes.stdout)")
        // The dropped referral is waiting again, ahead of nobody it should not be.
        let after = try world.json(["roster", "waiting"])["referrals"]?.arrayValue ?? []
        let afterIDs: [Int64] = after.compactMap { $0["referral"]?.integerValue }
        #expect(afterIDs.contains(routine))
        #expect(world.daemon.stop() == 0)
    }
}
