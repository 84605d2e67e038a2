import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Issue 15's acceptance: a whole month played through the real `lotse` against a real
/// `lotsed` with real accounts — plan → pin → move → drop → approve → publish → cancel a
/// session → a client cancels → no-show → refill → present again → next month — and after
/// every step the roster, the waiting lists, the exports and the outbox agree
/// (`MonthReplay.expectAgreement`), besides what each step itself must have done.
@Suite(.serialized) struct MonthReplayTests {
    @Test func aMonthPlayedThroughTellsTheSameTruthEverywhereAtEveryStep() throws {
        let replay = try MonthReplay()
        let world = replay.world
        let month = replay.month
        try world.setUpSessions(slots: 3)
        let spa = world.specialistID, spb = world.otherSpecialistID
        let laterSession = try world.session(spa, world.sessionDay.adding(days: 10), slots: 2)
        let spbSession = try #require(Int64(try world.query("SELECT id FROM sessions WHERE specialist_id = \(spb)")))
        // Three clients for the first specialist (one of the second caseworker), two for the
        // second, and one who can come on none of the days.
        let a1 = try replay.refer(as: world.caseworker, preferring: spa)
        let a2 = try replay.refer(as: world.caseworker, preferring: spa)
        let a3 = try replay.refer(as: world.otherCaseworker, preferring: spa)
        let b1 = try replay.refer(as: world.caseworker, preferring: spb)
        let b2 = try replay.refer(as: world.otherCaseworker, preferring: spb)
        let blocked = try replay.refer(as: world.caseworker, preferring: nil,
                                       unavailable: [world.sessionDay, world.sessionDay.adding(days: 2), world.sessionDay.adding(days: 10)])

        // Plan.
        let planned = try world.json(["roster", "plan", month])
        var show = try replay.expectAgreement("plan", reply: planned)
        var placed = replay.placements(show)
        #expect(Set(placed.keys) == [a1.referral, a2.referral, a3.referral, b1.referral, b2.referral], "\(placed)")
        #expect(show["waiting"]?.arrayValue?.compactMap { $0["referral"]?.integerValue } == [blocked.referral], "only the blocked referral waits")
        #expect(show["waiting"]?.arrayValue?.first?["reason"]?.stringValue == "unavailable")

        // Pin.
        try replay.expectAgreement("pin", reply: try world.json(["roster", "pin", month, String(a1.referral)]))

        // Move b2 to the free slot of the second specialist's session.
        let freeSlot = try #require((1...3).map { "\(spbSession)-\($0)" }.first { !placed.values.contains($0) })
        let moved = try world.json(["roster", "move", month, String(b2.referral), freeSlot])
        show = try replay.expectAgreement("move", reply: moved)
        #expect(replay.placements(show)[b2.referral] == freeSlot)

        // Drop b1: it waits again, with a reason of this month.
        let dropped = try world.json(["roster", "drop", month, String(b1.referral)])
        show = try replay.expectAgreement("drop", reply: dropped)
        #expect(replay.placements(show)[b1.referral] == nil)

        // Approve, publish: one mail per appointment to its caseworker, one session list per
        // booked session to its specialist.
        try replay.expectAgreement("approve", reply: try world.json(["roster", "approve", month]))
        let beforePublish = try replay.lastMail()
        let published = try world.json(["roster", "publish", month])
        show = try replay.expectAgreement("publish", reply: published)
        placed = replay.placements(show)
        #expect(placed.count == 4)
        let publishedMails = try replay.mails(after: beforePublish)
        for client in [a1, a2, a3, b2] {
            let caseworker = client.client == a3.client || client.client == b2.client ? world.otherCaseworker : world.caseworker
            let address = try #require(replay.addresses[caseworker.name])
            #expect(try world.query("""
                SELECT count(*) FROM outbox o JOIN appointments a ON o.subject_kind = 'appointment' AND a.id = CAST(o.subject_id AS INTEGER)
                WHERE a.referral_id = \(client.referral) AND o.kind = 'appointment-published' AND o.recipient = '\(address)'
                """) == "1", "publish: the appointment of \(client.client) is told to its caseworker once: \(publishedMails)")
        }
        let sessionLists = publishedMails.filter { $0.hasPrefix("session-list ") }
        #expect(sessionLists.sorted() == ["session-list \(try #require(replay.addresses[world.otherSpecialist.name]))",
                                          "session-list \(try #require(replay.addresses[world.specialist.name]))"].sorted(),
                "publish: one session list per booked session: \(publishedMails)")
        let appointments = try world.appointments()

        // Cancel the second specialist's session: b2 returns to the head of the waiting list,
        // its caseworker is told.
        let beforeCancel = try replay.lastMail()
        let cancelled = try world.json(["session", "cancel", String(spbSession)])
        #expect(cancelled["returnedReferrals"]?.arrayValue?.compactMap(\.integerValue) == [b2.referral])
        try replay.expectAgreement("cancel a session")
        let waitingAfterCancel = try world.json(["roster", "waiting", month])["referrals"]?.arrayValue ?? []
        #expect(waitingAfterCancel.first?["referral"]?.integerValue == b2.referral, "the cancelled session's client is first")
        let cancelMails = try replay.mails(after: beforeCancel)
        let b2Caseworker = try #require(replay.addresses[world.otherCaseworker.name])
        #expect(cancelMails.filter { $0 == "session-cancelled \(b2Caseworker)" }.count == 1, "b2's caseworker is told once: \(cancelMails)")

        // A client cancels: a3's caseworker cancels the appointment.
        let a3Appointment = try #require(appointments[a3.client])
        let beforeClientCancel = try replay.lastMail()
        let clientCancelled = try world.lotse(["appointment", "cancel", String(a3Appointment), "--reason", "Klient:in ist erkrankt"],
                                              as: world.otherCaseworker)
        #expect(clientCancelled.status == 0, "\(clientCancelled.stderr)")
        try replay.expectAgreement("a client cancels")
        let toldSpecialist = try replay.mails(after: beforeClientCancel)
        #expect(toldSpecialist.filter { $0.hasSuffix(" " + (replay.addresses[world.specialist.name] ?? "?")) }.count == 1,
                "the specialist is told of the client's cancellation once: \(toldSpecialist)")
        #expect(try world.query("SELECT status FROM referrals WHERE id = \(a3.referral)") == "waiting")

        // The consultation day: a2 does not come.
        try world.moveClock(to: world.sessionDay)
        let a2Appointment = try #require(appointments[a2.client])
        _ = try world.json(["assessment", "attend", String(a2Appointment), "no-show"], as: world.specialist)
        try replay.expectAgreement("no-show")
        let caseworkerList = try world.json(["referral", "list"], as: world.caseworker)["referrals"]?.arrayValue ?? []
        let a2Row = caseworkerList.first { $0["referral"]?.integerValue == a2.referral }
        #expect(a2Row?["placement"]?["kind"]?.stringValue != "appointment", "after the no-show a2 shows no slot: \(a2Row?.serialized ?? "")")

        // Refill: the later session's slots go to the best waiting referrals, as a new version.
        let refill = try world.json(["roster", "refill", month])
        show = try replay.expectAgreement("refill", reply: refill)
        let offers = refill["offers"]?.arrayValue ?? []
        #expect(!offers.isEmpty, "\(refill)")
        #expect(offers.contains { $0["slot"]?.stringValue?.hasPrefix("\(laterSession)-") == true }, "the later session's free slots are offered: \(offers)")
        try replay.expectAgreement("approve the refill", reply: try world.json(["roster", "approve", month]))
        let beforeRefillPublish = try replay.lastMail()
        try replay.expectAgreement("publish the refill", reply: try world.json(["roster", "publish", month]))
        // Only the session whose bookings the refill changed gets a new list; the earlier
        // session's specialist is not sent the same list again.
        let refillLists = try replay.mails(after: beforeRefillPublish).filter { $0.hasPrefix("session-list ") }
        #expect(refillLists == ["session-list \(try #require(replay.addresses[world.specialist.name]))"],
                "publish the refill: one new list, for the later session: \(refillLists)")

        // a1 attends; the specialist recommends presenting again in three months.
        let a1Appointment = try #require(appointments[a1.client])
        let recorded = try world.json(["assessment", "record", String(a1Appointment), "--note", "Stabil, weiter beobachten.",
                                       "--recommend", "present-again:3"], as: world.specialist)
        let followUp = try #require(recorded["followUpReferral"]?.integerValue)
        try replay.expectAgreement("present again")
        let againDate = world.sessionDay.adding(months: 3)
        #expect(try world.query("SELECT status || ' ' || not_before FROM referrals WHERE id = \(followUp)") == "waiting \(againDate.description)")

        // The next month: planned with a session of its own; the follow-up is not due yet.
        let nextDay = try #require(CalendarDate(year: world.month.adding(months: 1).year, month: world.month.adding(months: 1).month, day: 12))
        _ = try world.session(spa, nextDay, slots: 3)
        let next = try world.json(["roster", "plan", replay.nextMonth])
        let nextShow = try replay.expectAgreement("next month", month: replay.nextMonth, reply: next)
        #expect(replay.placements(nextShow)[followUp] == nil, "present again in three months is not planned next month")
        let nextWaiting = try world.json(["referral", "list", "--waiting", replay.nextMonth])["referrals"]?.arrayValue ?? []
        let followUpRow = nextWaiting.first { $0["referral"]?.integerValue == followUp }
        #expect(followUpRow != nil, "the follow-up waits")

        // Each draft awaited approval once, and the coordinators were told so once: the
        // plan's version 1, the refill's version 2, the next month's version 1.
        let approvals = try world.query("""
            SELECT r.month || ' v' || r.version || ' ' || o.recipient FROM outbox o JOIN rosters r ON r.id = CAST(o.subject_id AS INTEGER)
            WHERE o.kind = 'roster-awaiting-approval' ORDER BY o.id
            """).split(separator: "\n").map(String.init)
        #expect(approvals == ["\(month) v1 koordination@testkreis.example", "\(month) v2 koordination@testkreis.example",
                              "\(replay.nextMonth) v1 koordination@testkreis.example"], "\(approvals)")
        #expect(world.daemon.stop() == 0)
    }
}
