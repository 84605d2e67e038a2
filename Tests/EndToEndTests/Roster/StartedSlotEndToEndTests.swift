import Foundation
import LotseCore
import LotseVarlink
import Testing

/// "Past" is a slot's start in Europe/Berlin against the roster service's clock, not its
/// day: on a consultation afternoon the hours already begun are never planned, offered by
/// a refill, listed free or taken by hand, while the later hours of the same afternoon
/// still are. The daemon's clock is fixed on the consultation day (`LOTSE_TEST_NOW`, the
/// test clock the roster service shares with the caseworker interfaces).
@Suite(.serialized) struct StartedSlotEndToEndTests {
    /// Slots of the world's sessions: 14:00, 14:45, 15:30, 16:15.
    private func slot(_ session: Int64, _ index: Int) -> String { "\(session)-\(index)" }

    @Test func aSlotWhoseStartHasPassedTodayIsNeverPlannedListedFreeOrTakenByHand() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 4)
        let referrals = try world.refer(3)
        let session = world.sessionID
        // 15:00 on the consultation day: 14:00 and 14:45 have begun, 15:30 and 16:15 not.
        try world.moveClock(to: world.sessionDay, hour: 15)
        let month = world.month.description
        _ = try world.json(["roster", "plan", month])
        let show = try world.json(["roster", "show", month])
        let placed = world.placementsOf(show)
        let free = Set((show["freeSlots"]?.arrayValue ?? []).compactMap { $0["slot"]?.stringValue })
        let begun: Set = [slot(session, 1), slot(session, 2)]
        #expect(Set(placed.values).isDisjoint(with: begun), "a begun slot was planned: \(placed)")
        #expect(free.isDisjoint(with: begun), "a begun slot is listed free: \(free)")
        for later in [slot(session, 3), slot(session, 4)] {
            #expect(placed.values.contains(later) || free.contains(later), "\(later) has not begun and is neither planned nor free")
        }
        #expect(placed.count == 3, "every referral still fits: \(placed)")
        // By hand: the constraint names the begun slot.
        let moved = try world.lotse(["roster", "move", month, String(referrals[0].referral), slot(session, 1)])
        #expect(moved.status == 65, "\(moved.stdout)")
        #expect(moved.stderr.contains("has begun"), "\(moved.stderr)")
        // The problem a coordinator takes offline has no begun slot either.
        let problem = try JSONParser().parse(try world.lotse(["roster", "problem", month]).stdout)
        let slots = Set((problem["slots"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        #expect(slots.isDisjoint(with: begun), "the problem offers a begun slot: \(slots.sorted())")
        #expect(world.daemon.stop() == 0)
    }

    @Test func aRefillAfterTheAfternoonBeganNeverOffersItsFreedSlots() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 4)
        let first = try world.refer(2)
        try world.publish()
        let session = world.sessionID
        let appointments = try world.appointments()
        // The first client cancels; another client is referred and waits.
        let cancelled = try #require(appointments[first[0].client])
        let cancel = try world.lotse(["appointment", "cancel", String(cancelled), "--reason", "Klient:in verhindert"], as: world.caseworker)
        #expect(cancel.status == 0, "\(cancel.stderr)")
        _ = try world.refer(1)
        // 18:00 on the consultation day: every slot of the afternoon has begun.
        try world.moveClock(to: world.sessionDay, hour: 18)
        let refill = try world.json(["roster", "refill", world.month.description])
        let offered = Set((refill["offers"]?.arrayValue ?? []).compactMap { $0["slot"]?.stringValue })
        let afternoon = Set((1...4).map { slot(session, $0) })
        #expect(offered.isDisjoint(with: afternoon), "the refill offers a slot of the afternoon that has begun: \(offered.sorted())")
        #expect(!offered.isEmpty, "the other specialist's session two days later is still offered: \(refill)")
        let show = try world.json(["roster", "show", world.month.description])
        let free = Set((show["freeSlots"]?.arrayValue ?? []).compactMap { $0["slot"]?.stringValue })
        #expect(free.isDisjoint(with: afternoon), "a begun slot is listed free: \(free.sorted())")
        #expect(world.daemon.stop() == 0)
    }
}
