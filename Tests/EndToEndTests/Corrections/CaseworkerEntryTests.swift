import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Caseworker entries name people who really are caseworkers, can be removed, and an
/// address can be cleared (issue 15, reproduction 4): against a real daemon whose roles
/// come from real Unix accounts and groups.
@Suite(.serialized) struct CaseworkerEntryTests {
    @Test func caseworkerSetRefusesAnUnknownAccountAndASpecialistSayingWhyAndChangesNothing() throws {
        let world = try SpecialistWorld()

        let unknown = try world.lotse(["caseworker", "set", "nosuchuser", "--email", "x@example.org"])
        #expect(unknown.status == 65, "\(unknown.stdout) \(unknown.stderr)")
        #expect(unknown.stderr.contains("no account \"nosuchuser\""), "\(unknown.stderr)")
        let specialist = try world.lotse(["caseworker", "set", world.specialist.name, "--email", "x@example.org"])
        #expect(specialist.status == 65)
        #expect(specialist.stderr.contains("does not hold the caseworker role (roles: specialist)"), "\(specialist.stderr)")
        let german = try world.daemon.runLotse(["caseworker", "set", world.specialist.name, "--email", "x@example.org"],
                                               as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 65)
        #expect(german.stderr.contains("hat nicht die Rolle Integrationsmanager:in (Rollen: Fachkraft)"), "\(german.stderr)")
        let germanUnknown = try world.daemon.runLotse(["caseworker", "set", "nosuchuser", "--email", "x@example.org"],
                                                      as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(germanUnknown.stderr.contains("gibt es kein Konto „nosuchuser“"), "\(germanUnknown.stderr)")
        #expect(try world.query("SELECT count(*) FROM caseworkers") == "0", "a refused entry was stored")

        let set = try world.json(["caseworker", "set", world.caseworker.name, "--email", "cw@example.org", "--lang", "en"])
        #expect(set["caseworker"]?["email"]?.stringValue == "cw@example.org")
    }

    @Test func anEmptyAddressClearsItAndKeepsTheLanguage() throws {
        let world = try SpecialistWorld()
        _ = try world.json(["caseworker", "set", world.caseworker.name, "--email", "cw@example.org", "--lang", "en"])
        let cleared = try world.lotse(["caseworker", "set", world.caseworker.name, "--email", ""])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(cleared.stdout.contains("cleared"), "\(cleared.stdout)")
        let list = try world.json(["caseworker", "list"])["caseworkers"]?.arrayValue ?? []
        let entry = try #require(list.first { $0["user"]?.stringValue == world.caseworker.name })
        #expect(entry["email"]?.stringValue == "")
        #expect(entry["language"]?.stringValue == "en", "clearing the address kept the language")
        #expect(try world.query("SELECT quote(email) FROM caseworkers WHERE unix_user = '\(world.caseworker.name)'") == "NULL")
        #expect(try world.query("SELECT detail FROM audit_log WHERE action = 'caseworker.set' ORDER BY id DESC LIMIT 1") == "address cleared")
        let table = try world.lotse(["caseworker", "list"])
        #expect(table.stdout.contains("\(world.caseworker.name)  —"), "\(table.stdout)")
    }

    @Test func anEntryIsRemovedOnlyWhenItsCaseworkerHasNoActiveClients() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 1)
        _ = try world.refer(1)
        _ = try world.json(["caseworker", "set", world.caseworker.name, "--email", "cw@example.org"])
        _ = try world.json(["caseworker", "set", world.otherCaseworker.name, "--email", "cw2@example.org"])

        let refused = try world.lotse(["caseworker", "remove", world.caseworker.name])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("still has 1 active client,"), "\(refused.stderr)")
        #expect(refused.stderr.contains("lotse client handover"), "\(refused.stderr)")
        let german = try world.daemon.runLotse(["caseworker", "remove", world.caseworker.name], as: world.coordinator,
                                               environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stderr.contains("betreut noch 1 aktive Klient:innen"), "\(german.stderr)")
        #expect(try world.query("SELECT count(*) FROM caseworkers WHERE unix_user = '\(world.caseworker.name)'") == "1")

        let removed = try world.lotse(["caseworker", "remove", world.otherCaseworker.name])
        #expect(removed.status == 0, "\(removed.stderr)")
        let list = try world.json(["caseworker", "list"])["caseworkers"]?.arrayValue ?? []
        #expect(list.compactMap { $0["user"]?.stringValue } == [world.caseworker.name])
        #expect(try world.query("SELECT count(*) FROM audit_log WHERE action = 'caseworker.remove' AND record_id = '\(world.otherCaseworker.name)'") == "1")
        let again = try world.lotse(["caseworker", "remove", world.otherCaseworker.name])
        #expect(again.status == 67, "\(again.stderr)")
        // A caseworker may not remove entries.
        #expect(try world.lotse(["caseworker", "remove", world.caseworker.name], as: world.caseworker).status == 77)
    }
}
