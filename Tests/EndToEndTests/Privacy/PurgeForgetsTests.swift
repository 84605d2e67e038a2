import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Issue 14, reproduction 3: after `lotse admin purge` the audit log still named purged
/// clients with health content, sent session lists still listed them, and deleted note
/// bytes stayed in the database file. Now: a client's every free-text field carries a
/// unique marker; after a full scenario the audit log holds no health content, and after
/// the purge no marker is left in any byte of any file of the daemon's directory
/// (database, write-ahead log, mail spool, everything).
@Suite struct PurgeForgetsTests {
    /// Every regular file below `directory` whose bytes contain `marker`.
    static func files(containing marker: String, under directory: String) -> [String] {
        let needle = Data(marker.utf8)
        var found: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [directory] }
        while let relative = walker.nextObject() as? String {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let bytes = FileManager.default.contents(atPath: path) else { continue }
            if bytes.range(of: needle) != nil { found.append(relative) }
        }
        return found
    }

    @Test func aPurgedClientLeavesNoMarkerInAnyFileAndTheAuditLogNoHealthContent() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 2)
        let run = UUID().uuidString.prefix(8)
        let field = ["referral-note", "urgency-reason", "goal-title", "goal-notes", "assessment-note", "step", "second-note",
                     "withdrawal-reason"]
        let marker = Dictionary(uniqueKeysWithValues: field.map { ($0, "MARK-\(run)-\($0)") })
        func m(_ name: String) -> JSONValue { .string(marker[name] ?? name) }
        let today = CalendarDate(instant: Date(), in: SpecialistWorld.zone)
        let client = "K-\(today.year)-\(6000 + Int(getpid() % 900))"
        try ChosenClients.open([(client, "ludwigsburg")], for: world.caseworker, by: world.coordinator, socket: world.daemon.socketPath)
        let no = JSONValue.object(["suicidality": false, "dangerToOthers": false])
        let setup = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                "client": .string(client), "givenOn": .string(today.description),
                "scope": ["screening", "referral", "exchange-with-specialist"]]),
            VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                "client": .string(client), "instrument": "yesno10", "answers": [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], "acuteRisk": no]),
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(client), "acuteRisk": no, "kind": "assessment", "language": "de", "interpreter": false,
                "urgency": "high", "urgencyReason": m("urgency-reason"), "preferredSpecialist": .integer(world.specialistID),
                "note": m("referral-note")]),
            VarlinkCall(method: "org.lotse.HelpPlans.AddGoal", parameters: [
                "client": .string(client), "domain": "work", "title": m("goal-title")]),
            VarlinkCall(method: "org.lotse.HelpPlans.UpdateGoal", parameters: [
                "client": .string(client), "goal": 1, "notes": m("goal-notes")]),
            // An acute-risk report: the alert and its audit entry must not say which risk.
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(client), "acuteRisk": ["suicidality": false, "dangerToOthers": true], "kind": "assessment",
                "language": "de", "interpreter": false]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        for reply in setup { try #require(reply.error == nil, "\(String(describing: reply.error)) \(reply.parameters)") }
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = try #require(try world.appointments()[client])
        let due = world.sessionDay.adding(days: 14).displayText
        _ = try world.json(["assessment", "record", String(appointment), "--note", marker["assessment-note"] ?? "",
                            "--recommend", "outpatient-psychotherapy", "--step", "\(due);caseworker;\(marker["step"] ?? "")"],
                           as: world.specialist)
        let second = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(client), "acuteRisk": no, "kind": "consultation", "language": "de", "interpreter": false,
                "urgency": "routine", "urgencyReason": "Rückfrage", "note": m("second-note")]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        let secondID = try #require(second.first?.parameters["referral"]?["id"]?.integerValue, "\(second)")
        let withdrawn = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.Withdraw", parameters: ["id": .integer(secondID), "reason": m("withdrawal-reason")]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        try #require(withdrawn.first?.error == nil, "\(withdrawn)")

        // Every marker is on disk now, so the search below can fail.
        let directory = world.daemon.directory
        for name in field { #expect(!Self.files(containing: marker[name] ?? name, under: directory).isEmpty, "\(name) not on disk") }

        // The audit log of the whole scenario holds no health content: no marker, no
        // recommendation code, no kind of risk, no score or band, no attendance.
        let audit = try world.query("SELECT ifnull(record_kind, '') || ' ' || ifnull(record_id, '') || ' ' || ifnull(detail, '') FROM audit_log")
        var health = Array(marker.values) + RecommendationCatalogue.standard.entries.map(\.code.value)
        health += ["suicid", "danger", "acute risk", "score", "points", "band", "positive", "negative", "attended", "no-show",
                   "urgency", "high", "elevated", "routine"]
        for word in health { #expect(!audit.lowercased().contains(word.lowercased()), "audit log holds \"\(word)\"") }

        // The case closed long ago (behind the daemon's back: the close rules are not
        // what is tested), then the purge.
        _ = try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, """
            UPDATE referrals SET status = 'closed' WHERE client = '\(client)' AND status NOT IN ('withdrawn', 'closed');
            UPDATE clients SET status = 'closed', closed_on = '2020-01-01' WHERE pseudonym = '\(client)';
            """])
        let purge = try world.daemon.runLotse(["admin", "purge"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.contains(client))
        for name in field {
            #expect(Self.files(containing: marker[name] ?? name, under: directory) == [], "\(name) still on disk")
        }
        #expect(try world.query("SELECT count(*) FROM outbox WHERE instr(payload, '\(client)') > 0") == "0")
        // The audit log forgot the client too (issue 18's outside check: its pseudonym
        // stayed in the entries of its creation, consent and help plan for two years): no
        // file holds the pseudonym, no entry's subjects name it (they are kept in runs, so
        // they are decoded), and the entries that were about it are marked.
        #expect(Self.files(containing: client, under: directory) == [], "the pseudonym is still on disk")
        for text in try world.query("SELECT ifnull(subjects, '') FROM audit_log").split(separator: "\n") {
            let subjects = try #require(PseudonymList(text: String(text)), "\(text)")
            #expect(!subjects.members.contains { $0.description == client }, "\(text)")
        }
        #expect(Int(try world.query("SELECT count(*) FROM audit_log WHERE redacted = 1")) ?? 0 >= 8)
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action IN ('client.create', 'consent.record', 'helpplan.change') AND redacted = 0 AND record_id IS NULL") == "0")
        #expect(try world.query("SELECT ifnull(record_id, 'none') FROM audit_log WHERE action = 'client.purge'") == "none")
        // The acute-risk report still counts in the annual report, as a dated row that no
        // longer names the client.
        #expect(try world.query("SELECT count(*) || '|' || count(client) FROM acute_risk_escalations") == "1|0")
        #expect(world.daemon.stop() == 0)
    }
}
