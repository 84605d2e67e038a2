import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Audit entries carry no health content (issue 14): after a scenario that touches every
/// kind of health data — screenings with bands, an acute-risk report for an own client,
/// a repeat and one for an unknown pseudonym, referrals with urgency, an assessment with a
/// recommendation and a step, a no-show — no column of any audit entry names a risk, an
/// escalation, a band, an urgency, a recommendation code, a score or an attendance.
@Suite struct AuditContentFreeTests {
    /// Words that would tell an audit reader something about a person's health.
    static let forbidden = ["acute", "risk", "suicid", "danger", "escalat", "alert", "urgen", "band", "positive", "negative",
                            "score", "routine", "elevated", "high", "no-show", "noshow", "attended", "psychosocial-centre",
                            "psychiatr", "psychother", "trauma", "note"]

    @Test func noAuditEntryNamesARiskBandUrgencyCodeOrAttendanceAfterAFullScenario() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 4)
        let referred = try world.refer(3, screening: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0])
        try world.publish()
        let risk: [VarlinkCall] = [
            VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                "client": .string(referred[0].client), "instrument": "yesno10", "answers": [],
                "acuteRisk": ["suicidality": true, "dangerToOthers": false]]),
            VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                "client": .string(referred[0].client), "instrument": "yesno10", "answers": [],
                "acuteRisk": ["suicidality": false, "dangerToOthers": true]]),
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": "K-2019-0001", "acuteRisk": ["suicidality": false, "dangerToOthers": true],
                "kind": "assessment", "language": "de", "interpreter": false]),
        ]
        let replies = try ForeignClient.call(risk, socket: world.daemon.socketPath, as: world.caseworker)
        #expect(replies.allSatisfy { $0.error == nil }, "\(replies)")
        try world.moveClock(to: world.sessionDay)
        let booked = try world.appointments()
        let ids = booked.sorted { $0.key < $1.key }.map(\.value)
        try #require(ids.count >= 2)
        let due = world.sessionDay.adding(days: 14).displayText
        _ = try world.json(["assessment", "record", String(ids[0]), "--note", "Notiz der Fachkraft", "--recommend", "psychosocial-centre",
                            "--step", "\(due);caseworker;Termin im PSZ vereinbaren"], as: world.specialist)
        _ = try world.json(["assessment", "attend", String(ids[1]), "no-show"], as: world.specialist)
        // Reads too: the caseworker's screening history and the specialist's day.
        _ = try world.json(["screen", "history", referred[0].client], as: world.caseworker)
        _ = try world.json(["session", "today", "--date", world.sessionDay.description], as: world.specialist)

        let rows = try world.query("""
            SELECT action || '|' || coalesce(record_kind, '') || '|' || coalesce(record_id, '') || '|' || outcome || '|'
                   || coalesce(detail, '') FROM audit_log ORDER BY id
            """).split(separator: "\n").map(String.init)
        #expect(rows.count > 20)
        for row in rows {
            let lower = row.lowercased()
            for word in Self.forbidden where lower.contains(word) {
                Issue.record("audit entry names \"\(word)\": \(row)")
            }
        }
        // The escalations are audited under the same actions as any screening and referral.
        // A screening stored with its escalation reads like any screening: no row of the
        // screening action tells an acute one from another.
        #expect(!rows.contains { $0.hasPrefix("screening.record|client|") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("referral.submit|client|K-2019-0001|ok|1 notice queued; not a client of the caller") })
    }
}
