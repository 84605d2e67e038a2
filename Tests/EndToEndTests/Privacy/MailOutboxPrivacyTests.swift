import Foundation
import LotseCore
import LotseVarlink
import Testing

/// `org.lotse.Mail.Outbox` over raw varlink, as the outside tester called it: its
/// Message-IDs are opaque (no pseudonym, kind of mail or uid: the alert's used to read
/// `<lotse.reminder.acute-risk-alert_2FK-2027-0001_2F1802273071_2F972_…>`), an admin does
/// not learn which mail was an acute-risk alert, and every read is audited naming the
/// clients whose mail it listed.
@Suite struct MailOutboxPrivacyTests {
    /// `<lotse.` + 32 lower-case hex digits + `@domain>`: nothing else fits in it.
    static func isOpaque(_ id: String) -> Bool {
        guard id.hasPrefix("<lotse."), id.hasSuffix(">"), let at = id.firstIndex(of: "@") else { return false }
        let token = id[id.index(id.startIndex, offsetBy: 7)..<at]
        return token.count == 32 && token.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    @Test func theOutboxShowsOpaqueIdsHidesAlertsFromAdminsAndIsAuditedByTheClientsItListed() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 2)
        let client = try world.refer(1)[0].client
        let alert = try #require(try ForeignClient.call([VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
            "client": .string(client), "instrument": "yesno10", "answers": [],
            "acuteRisk": ["suicidality": true, "dangerToOthers": false]])], socket: world.daemon.socketPath, as: world.caseworker).first)
        #expect(alert.error == nil, "\(alert.parameters)")
        let alertRow = try #require(Int64(try world.query("SELECT id FROM outbox WHERE kind = 'acute-risk-alert'")))
        // The key that makes a reminder unique stays inside the database.
        #expect(try world.query("SELECT instr(reminder_key, '\(client)') > 0 FROM outbox WHERE id = \(alertRow)") == "1")

        let outbox = VarlinkCall(method: "org.lotse.Mail.Outbox", parameters: [:])
        let before = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
        let asCoordinator = try #require(try ForeignClient.call([outbox], socket: world.daemon.socketPath, as: world.coordinator).first)
        let asAdmin = try #require(try ForeignClient.call([outbox], socket: world.daemon.socketPath, as: nil).first)
        for (who, reply) in [("coordinator", asCoordinator), ("admin", asAdmin)] {
            #expect(reply.error == nil, "\(who): \(reply.parameters)")
            let entries = reply.parameters["entries"]?.arrayValue ?? []
            #expect(!entries.isEmpty)
            for entry in entries {
                let id = entry["messageId"]?.stringValue ?? ""
                #expect(Self.isOpaque(id), "\(who) sees Message-ID \(id)")
                #expect(!JSONValue.object(entry.objectValue ?? [:]).serialized.contains(client))
            }
            let kind = entries.first { $0["id"]?.integerValue == alertRow }?["kind"]?.stringValue
            #expect(kind == (who == "admin" ? "withheld" : "acute-risk-alert"), "\(who) sees kind \(kind ?? "nil")")
        }
        // One entry per read, naming the client whose mail was listed; the uid of the
        // account that raised the alert is nowhere in the replies.
        let rows = try world.query("""
            SELECT user || '|' || role || '|' || outcome || '|' || coalesce(subjects, '') FROM audit_log
            WHERE id > \(before) AND action = 'mail.outbox' ORDER BY id
            """).split(separator: "\n").map(String.init)
        #expect(rows == ["\(world.coordinator.name)|coordinator|ok|\(client)", "root|admin|ok|\(client)"], "\(rows)")
        #expect(!asAdmin.parameters.description.contains("\(world.caseworker.uid)/"))
    }
}
