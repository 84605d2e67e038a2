import Foundation
import Testing

/// In a small office one person may hold every role. Such an account's audit entries
/// name all its roles (`caseworker+coordinator+specialist+admin`, longer than one role's
/// name), and its audited reads and writes succeed: an audit entry that cannot be written
/// would take the call down with it.
@Suite struct AllRolesAccountTests {
    @Test func anAccountInEveryRoleReadsAndWritesAndIsAuditedWithAllItsRoles() throws {
        let daemon = try DaemonHarness(roles: """
            admins = root
            caseworkers = root
            coordinators = root
            specialists = root
            """, extraSections: CaseworkFixture.sections)
        try daemon.start()
        let created = try daemon.runLotse(["client", "new", "--municipality", "ludwigsburg"])
        #expect(created.status == 0, "client new: \(created.stderr)")
        let pseudonym = created.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ":" })
            .first { $0.hasPrefix("K-") }.map(String.init) ?? "K-?"
        let today = DateFormatter()
        today.dateFormat = "dd.MM.yyyy"
        today.timeZone = TimeZone(identifier: "Europe/Berlin")
        let consent = try daemon.runLotse(["client", "consent", pseudonym, "--date", today.string(from: Date()), "--scope", "referral,screening"])
        #expect(consent.status == 0, "client consent: \(consent.stderr)")
        for arguments in [["client", "show", pseudonym], ["referral", "list"], ["specialist", "list"], ["mail", "outbox"],
                          ["admin", "status"],
                          ["referral", "list", "--waiting"], ["roster", "waiting"]] {
            let result = try daemon.runLotse(arguments)
            #expect(result.status == 0, "lotse \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        #expect(daemon.stop() == 0)
        let roles = try DaemonHarness.run("/usr/bin/sqlite3", [daemon.databasePath,
            "SELECT DISTINCT role FROM audit_log WHERE user = 'root' AND outcome = 'ok'"]).stdout
        #expect(roles.split(separator: "\n").contains("caseworker+coordinator+specialist+admin"), "\(roles)")
    }
}
