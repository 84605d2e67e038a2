import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 8, the clock: even a debug daemon whose casework clock is set
/// forward for a test (`LOTSE_TEST_NOW`) dates its audit entries by the real clock — an
/// audit trail must never be dated by anything but the time things happened.
@Suite(.serialized) struct AuditRealClockTests {
    @Test func auditEntriesAreDatedByTheRealClockWhateverTheTestClockSays() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0].client
        try world.moveClock(to: world.sessionDay.adding(days: 20))
        let shown = try world.json(["referral", "list"], as: world.caseworker)
        #expect(shown["today"]?.stringValue == world.sessionDay.adding(days: 20).description, "the test clock is in force")
        let real = Int64(Date().timeIntervalSince1970)
        let row = try world.query("SELECT at || '|' || coalesce(subjects, '') FROM audit_log WHERE user = '\(world.caseworker.name)' ORDER BY id DESC LIMIT 1")
        let parts = row.split(separator: "|", omittingEmptySubsequences: false)
        let at = try #require(parts.first.flatMap { Int64($0) }, "\(row)")
        #expect(abs(at - real) < 300, "audit entry dated \(at), real clock \(real)")
        #expect(parts.last.map(String.init) == client)
    }
}
