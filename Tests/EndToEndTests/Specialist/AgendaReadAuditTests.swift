import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The specialist's agenda carries several clients' referral notes and screening results:
/// its one audit entry names every one of those clients, and names nothing else.
@Suite(.serialized) struct AgendaReadAuditTests {
    @Test func theAgendaOfTheDayIsOneAuditEntryNamingEveryClientItShowed() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 3)
        let referred = try world.refer(3)
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let before = try world.query("SELECT count(*) FROM audit_log WHERE action = 'agenda.read'")

        let agenda = try world.json(["session", "today"], as: world.specialist)
        let shown = Set((agenda["appointments"]?.arrayValue ?? []).compactMap { $0["client"]?.stringValue })
        #expect(shown == Set(referred.map(\.client)))

        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'agenda.read'") == String((Int(before) ?? 0) + 1))
        let row = try world.query("""
            SELECT user || '|' || record_kind || '|' || outcome || '|' || coalesce(subjects, '')
            FROM audit_log WHERE action = 'agenda.read' ORDER BY id DESC LIMIT 1
            """)
        let fields = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.prefix(3) == [world.specialist.name, "day", "ok"])
        let named = try #require(PseudonymList(text: fields.last ?? ""))
        #expect(Set(named.members.map(\.description)) == shown)
        // No content of the notes in the log.
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE detail LIKE '%Schlafstörungen%' OR subjects LIKE '%Schlaf%'") == "0")
    }
}
