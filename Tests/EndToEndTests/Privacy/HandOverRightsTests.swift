import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A hand-over moves every right to a client at once (issue 14, reproduction 2): after
/// `lotse client handover`, the previous caseworker reads nothing of the client any more
/// — client, referrals (the closed one with its assessment too), screenings, help plan,
/// assessment and note, follow-up steps — and the new caseworker reads all of it; both
/// facts are in the audit log.
@Suite(.serialized) struct HandOverRightsTests {
    @Test func theOldCaseworkerLosesEveryRightAndTheNewOneGainsThemAtOnce() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        let made = try world.assessedClient(note: "Anamnese: Schlaf gestört.")
        let (referral, client, assessment, step) = (made.referral, made.client, String(made.assessment), String(made.step))
        let a = world.caseworker, b = world.otherCaseworker
        #expect(try world.json(["assessment", "show", assessment], as: a)["assessment"]?["note"]?.stringValue == "Anamnese: Schlaf gestört.")
        #expect(try world.lotse(["assessment", "show", assessment], as: b).status == 77)

        let handed = try world.lotse(["client", "handover", client, "--to", b.name])
        #expect(handed.status == 0, "\(handed.stderr)")

        // A: nothing any more.
        for arguments in [["assessment", "show", assessment], ["assessment", "list", client], ["referral", "show", String(referral)],
                          ["client", "show", client], ["screen", "history", client], ["helpplan", "show", client],
                          ["followup", "done", step], ["followup", "list", "--client", client]] {
            let output = try world.lotse(arguments, as: a)
            #expect(output.status == 77, "A: lotse \(arguments.joined(separator: " ")) → \(output.status) \(output.stdout)")
        }
        let aSteps = try world.json(["followup", "list", "--all"], as: a)["steps"]?.arrayValue ?? []
        #expect(aSteps.isEmpty, "\(aSteps)")

        // B: all of it.
        let shown = try world.json(["assessment", "show", assessment], as: b)["assessment"]
        #expect(shown?["note"]?.stringValue == "Anamnese: Schlaf gestört.")
        let listed = try world.json(["assessment", "list", client], as: b)["assessments"]?.arrayValue ?? []
        #expect(listed.compactMap { $0["id"]?.integerValue }.map(String.init) == [assessment])
        #expect(try world.json(["referral", "show", String(referral)], as: b)["referral"]?["status"]?.stringValue == "closed")
        #expect(try world.json(["screen", "history", client], as: b)["screenings"]?.arrayValue?.count == 1)
        #expect(try world.lotse(["helpplan", "show", client], as: b).status == 0)
        let mine = try world.json(["followup", "list"], as: b)["steps"]?.arrayValue ?? []
        #expect(mine.compactMap { $0["id"]?.integerValue }.map(String.init) == [step])
        #expect(mine.first?["ownerUser"]?.stringValue == b.name)

        // Both facts audited, by the coordinator.
        let rows = try world.query("""
            SELECT user, action, detail FROM audit_log WHERE record_id = '\(client)' AND action LIKE 'client.access-%' ORDER BY id
            """).split(separator: "\n").map(String.init)
        #expect(rows.count == 2, "\(rows)")
        #expect(rows.first?.hasPrefix("\(world.coordinator.name)|client.access-removed|\(a.name) no longer has access") == true, "\(rows)")
        #expect(rows.last?.hasPrefix("\(world.coordinator.name)|client.access-granted|\(b.name) has access") == true, "\(rows)")
    }

    /// Who gets told moves too: mail about the client still waiting for the previous
    /// caseworker (here the appointment's publication mail, held back by a failing
    /// sendmail) is addressed to the new caseworker in the hand-over's transaction; mail
    /// for the specialist stays theirs.
    @Test func queuedMailAboutTheClientGoesToTheNewCaseworker() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config/mail").path
        let world = try SpecialistWorld(extraConfig: "[mail]\nsendmail = /bin/false\ntemplates = \(templates)")
        let a = world.caseworker, b = world.otherCaseworker
        for user in [a, b] {
            _ = try world.json(["caseworker", "set", user.name, "--email", "\(user.name)@example.org"])
        }
        try world.setUpSessions(slots: 1)
        let client = try world.refer(1)[0].client
        try world.publish()
        func caseworkerMail() throws -> [String] {
            try world.query("""
                SELECT recipient || '|' || state || '|' || attempts FROM outbox
                WHERE client = '\(client)' AND recipient_role = 'caseworker' AND moot = 0 ORDER BY id
                """).split(separator: "\n").map(String.init)
        }
        // Wait until the first attempt failed, so no row is being sent during the hand-over.
        let deadline = Date().addingTimeInterval(20)
        while try caseworkerMail().contains(where: { $0.hasSuffix("|0") || $0.contains("|sending|") }) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        let before = try caseworkerMail()
        try #require(!before.isEmpty && before.allSatisfy { $0.hasPrefix("\(a.name)@example.org|pending|") }, "\(before)")
        let specialistMail = try world.query("SELECT count(*) FROM outbox WHERE recipient = '\(world.specialist.name)@example.org'")

        let handed = try world.lotse(["client", "handover", client, "--to", b.name])
        #expect(handed.status == 0, "\(handed.stderr)")
        let after = try caseworkerMail()
        #expect(after.count == before.count && after.allSatisfy { $0.hasPrefix("\(b.name)@example.org|pending|") }, "\(after)")
        #expect(try world.query("SELECT count(*) FROM outbox WHERE recipient = '\(a.name)@example.org'") == "0")
        #expect(try world.query("SELECT count(*) FROM outbox WHERE recipient = '\(world.specialist.name)@example.org'") == specialistMail)
        let granted = try world.query("SELECT detail FROM audit_log WHERE action = 'client.access-granted' AND record_id = '\(client)'")
        #expect(granted.contains("\(EnglishCount.of(before.count, "queued mail"))"), "\(granted)")
    }
}
