import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 5, the list side, end to end: one client seen by two
/// specialists in turn. Each specialist's `assessment list` and `followup list --client`
/// for that client leave out the colleague's assessment and step, and each such call
/// writes exactly one read entry (naming the client, whose own records the reply carried)
/// and one denial entry naming every record left out — by id in the detail, the client
/// in `subjects` — never a row per record, never a silent gap.
@Suite(.serialized) struct ListOmissionAuditTests {
    @Test func eachSpecialistsListLeavesOutTheColleaguesRecordsAndOneDenialEntryNamesThem() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        // Specialist A: the first appointment and assessment (one step for the caseworker).
        let first = try world.assessedClient(note: "Erste Einschätzung")
        let client = first.client
        // A second referral of the same client, booked with specialist B two days later.
        let submit = VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
            "client": .string(client), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
            "kind": "follow-up", "language": "de", "interpreter": false, "urgency": "high",
            "urgencyReason": "Wiedervorstellung", "preferredSpecialist": .integer(world.otherSpecialistID)])
        let submitted = try #require(try ForeignClient.call([submit], socket: world.daemon.socketPath, as: world.caseworker).first)
        try #require(submitted.error == nil, "\(submitted)")
        let month = world.month.description
        for verb in ["refill", "approve", "publish"] { _ = try world.json(["roster", verb, month]) }
        let secondDay = world.sessionDay.adding(days: 2)
        try world.moveClock(to: secondDay)
        let today = try world.json(["session", "today", "--date", secondDay.description], as: world.otherSpecialist)
        let appointment = try #require((today["appointments"]?.arrayValue ?? []).first { $0["client"]?.stringValue == client }?["id"]?.integerValue,
                                       "\(today)")
        let due = secondDay.adding(days: 14).displayText
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", "Zweite Einschätzung",
                                       "--recommend", "psychosocial-centre", "--step", "\(due);caseworker;Gruppe anfragen"],
                                      as: world.otherSpecialist)
        let second = try #require(recorded["assessment"]?["id"]?.integerValue)
        let secondStep = try #require(recorded["assessment"]?["steps"]?.arrayValue?.first?["id"]?.integerValue)

        let calls: [(name: String, arguments: [String], key: String, kind: String)] = [
            ("assessment list", ["assessment", "list", client], "assessments", "assessment"),
            ("followup list", ["followup", "list", "--client", client, "--all"], "steps", "follow-up step"),
        ]
        for (user, own, colleague) in [(world.specialist, (first.assessment, first.step), (second, secondStep)),
                                       (world.otherSpecialist, (second, secondStep), (first.assessment, first.step))] {
            for call in calls {
                let before = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
                let reply = try world.json(call.arguments, as: user)
                let ids = (reply[call.key]?.arrayValue ?? []).compactMap { $0["id"]?.integerValue }
                let (mine, theirs) = call.kind == "assessment" ? (own.0, colleague.0) : (own.1, colleague.1)
                #expect(ids == [mine], "\(user.name) \(call.name): \(ids)")
                let rows = try world.query("""
                    SELECT outcome || '|' || coalesce(detail, '') || '|' || coalesce(subjects, '') FROM audit_log
                    WHERE id > \(before) AND user = '\(user.name)' ORDER BY id
                    """).split(separator: "\n").map(String.init)
                #expect(rows.count == 2, "\(user.name) \(call.name): \(rows)")
                #expect(rows.first?.hasPrefix("ok|") == true && rows.first?.hasSuffix("|\(client)") == true, "\(rows)")
                #expect(rows.last == "denied|1 \(call.kind) left out of the list, not the caller's: \(theirs)|\(client)",
                        "\(user.name) \(call.name): \(rows)")
            }
        }
        // The caseworker, who may see both, is denied nothing.
        let before = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
        let all = try world.json(["assessment", "list", client], as: world.caseworker)["assessments"]?.arrayValue ?? []
        #expect(Set(all.compactMap { $0["id"]?.integerValue }) == [first.assessment, second])
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE id > \(before) AND outcome = 'denied'") == "0")
    }
}
