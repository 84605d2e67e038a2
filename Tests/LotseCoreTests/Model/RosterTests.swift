import Testing
@testable import LotseCore

@Suite struct RosterTests {
    private func slot(_ s: Int64, _ i: Int) -> SlotID { SlotID(session: SessionID(s), index: i) }

    private func draft() throws -> Roster {
        try Roster.draft(id: RosterID(1), year: 2026, month: 12, version: 1, entries: [
            RosterEntry(referral: ReferralID(2), slot: slot(1, 2), weight: 40),
            RosterEntry(referral: ReferralID(1), slot: slot(1, 1), weight: 108),
        ], bound: 150, waitingReasons: [RosterWaitingReason(referral: ReferralID(3), reason: "outranked", detail: "both slots went to urgent referrals")]).get()
    }

    @Test func draftIsSortedAndCountsItsObjective() throws {
        let r = try draft()
        #expect(r.status == .draft && r.monthText == "2026-12")
        #expect(r.entries.map(\.slot) == [slot(1, 1), slot(1, 2)])
        #expect(r.objective == 148 && r.bound == 150)
    }

    @Test func draftRefusesDoubleUse() {
        let twice = Roster.draft(id: RosterID(1), year: 2026, month: 12, version: 1, entries: [
            RosterEntry(referral: ReferralID(1), slot: slot(1, 1), weight: 1),
            RosterEntry(referral: ReferralID(2), slot: slot(1, 1), weight: 1),
        ], bound: 2, waitingReasons: [])
        #expect(twice.failureValue?.description == "slot: slot 1-1 is used twice")
        #expect(Roster.draft(id: RosterID(1), year: 2026, month: 13, version: 1, entries: [], bound: 0, waitingReasons: []).failureValue?.field == "month")
    }

    @Test func pinMoveDropAddKeepTheRosterConsistent() throws {
        var r = try draft()
        #expect(r.setPinned(true, referral: ReferralID(1)).succeeded)
        #expect(r.move(referral: ReferralID(2), to: slot(1, 1), weight: 30).failureValue?.description == "slot: slot 1-1 is taken by referral 1")
        #expect(r.move(referral: ReferralID(2), to: slot(1, 3), weight: 30).succeeded)
        #expect(r.add(referral: ReferralID(3), to: slot(1, 2), weight: 20).succeeded)
        #expect(r.waitingReasons.isEmpty)
        #expect(r.add(referral: ReferralID(3), to: slot(1, 4), weight: 20).failureValue?.field == "referral")
        #expect(r.drop(referral: ReferralID(9)).failureValue?.description == "referral: referral 9 is not in this roster")
        #expect(r.fixedEntries.map(\.referral.rawValue) == [1, 3, 2])
        #expect(r.drop(referral: ReferralID(2)).succeeded)
        #expect(r.waitingReasons.map(\.reason) == ["dropped"])
        #expect(r.entries.map(\.referral.rawValue) == [1, 3])
    }

    @Test func editingAnApprovedRosterReturnsItToDraft() throws {
        var r = try draft()
        #expect(r.approve().succeeded)
        #expect(r.setPinned(true, referral: ReferralID(2)).succeeded)
        #expect(r.status == .draft)
        #expect(r.publish().failureValue?.description == "a roster that is draft cannot become published")
    }

    @Test func publishedVersionIsFrozenAndContinuesInANewOne() throws {
        var r = try draft()
        _ = r.approve()
        #expect(r.publish().succeeded)
        let before = r
        #expect(r.drop(referral: ReferralID(1)).failureValue?.description
            == "roster: version 1 of 2026-12 is published and frozen; start a new version to change it")
        #expect(r == before)
        var next = try r.nextVersion(id: RosterID(2)).get()
        #expect(next.version == 2 && next.status == .draft && next.entries == r.entries)
        _ = next.drop(referral: ReferralID(2))
        _ = next.add(referral: ReferralID(3), to: slot(2, 1), weight: 10)
        _ = next.move(referral: ReferralID(1), to: slot(1, 3), weight: 108)
        #expect(next.changes(since: r).map(\.description) == [
            "~ referral 1 moved from slot 1-1 to 1-3", "- referral 2 from slot 1-2", "+ referral 3 in slot 2-1",
        ])
        #expect(r.supersede().succeeded)
        #expect(next.nextVersion(id: RosterID(3)).failureValue?.field == "roster")
    }
}
