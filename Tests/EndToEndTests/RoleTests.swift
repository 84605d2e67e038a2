import Foundation
import LotseVarlink
import Testing

/// Callers as different Unix users (the tests run as root and use `setpriv`): the
/// kernel's peer credentials and the configuration's `[roles]` decide what they may call.
@Suite struct RoleTests {
    /// `lotse-e2e-nobody` has no role; `lotse-e2e-admin` is admin through the
    /// supplementary group `lotse-e2e-admins` (found in the account database, even though
    /// `setpriv --clear-groups` drops the process's supplementary groups).
    static func setUp() throws -> (DaemonHarness, stranger: TestUser, admin: TestUser) {
        let stranger = try TestUser.ensure("lotse-e2e-nobody")
        let admin = try TestUser.ensure("lotse-e2e-admin", groups: [TestUser.adminGroup])
        let daemon = try DaemonHarness(roles: "admins = root, @\(TestUser.adminGroup)\ncaseworkers = lotse-e2e-caseworker")
        try daemon.start()
        return (daemon, stranger, admin)
    }

    /// Reproduction 3 of issue 12: connections were admitted before any role check. Now an
    /// account without a role is refused at accept: it reads one `org.lotse.Admission.NoRole`
    /// as the answer to its first call — nothing else, not even
    /// `org.varlink.service.GetInfo` — and the connection is closed. Every refused
    /// connection is audited as a `daemon.connect` denial, coalesced per account and minute.
    @Test func anAccountWithoutARoleReadsOneRefusalAndIsClosedAndEveryRefusalIsAudited() throws {
        let (daemon, stranger, _) = try Self.setUp()
        let calls = [
            VarlinkCall(method: "org.varlink.service.GetInfo"),
            VarlinkCall(method: "org.varlink.service.GetInterfaceDescription", parameters: ["interface": "org.lotse.Admin"]),
            VarlinkCall(method: "org.lotse.Admin.Backup", parameters: ["path": .string(daemon.directory + "/stolen.db")]),
        ]
        let (replies, closed) = try ForeignClient.exchange(calls, socket: daemon.socketPath, as: stranger)
        #expect(replies.map(\.error) == ["org.lotse.Admission.NoRole"])
        #expect(replies.first?.parameters == [:])
        #expect(closed, "the connection of an account without a role stays open")
        for _ in 0..<4 {
            let again = try ForeignClient.exchange([VarlinkCall(method: "org.lotse.Admin.Status")], socket: daemon.socketPath, as: stranger)
            #expect(again.replies.map(\.error) == ["org.lotse.Admission.NoRole"])
        }
        #expect(!FileManager.default.fileExists(atPath: daemon.directory + "/stolen.db"))
        // The first refusal is in the audit log at once (written beside the accept thread,
        // which never waits for the database), with the caller's uid.
        var first = ""
        try waitFor(seconds: 10) {
            first = try DaemonHarness.run("/usr/bin/sqlite3", [daemon.databasePath,
                "SELECT uid, user, role, action, outcome FROM audit_log WHERE outcome = 'denied' ORDER BY id LIMIT 1"]).stdout
            return !first.isEmpty
        }
        #expect(first == "\(stranger.uid)|lotse-e2e-nobody|none|daemon.connect|denied\n")
        #expect(daemon.log.contains("refused a connection of uid \(stranger.uid)"), "\(daemon.log)")
        // The other four: one summary with the exact count (written at the latest when the
        // daemon stops); two entries, or four when the connections straddled a minute.
        #expect(daemon.stop() == 0)
        let audit = try DaemonHarness.run("/usr/bin/sqlite3", [daemon.databasePath,
            "SELECT count(*), \(DeniedCalls.sum) FROM audit_log WHERE outcome = 'denied' AND uid = \(stranger.uid)"])
        let fields = audit.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) }
        #expect(fields.count == 2, "\(audit.stdout) \(audit.stderr)")
        #expect((2...4).contains(fields.first ?? 0), "\(audit.stdout)")
        #expect(fields.last == 5, "\(audit.stdout)")
    }

    /// Reproduction 5 of issue 12: 5 000 refused calls wrote 5 000 audit rows through the
    /// single writer. A caseworker (an account that is admitted) calls an admin method
    /// 5 000 times: at most two entries per minute, and the count is exact.
    @Test func fiveThousandDenialsOfOneAccountLeaveAtMostTwoEntriesPerMinuteWithTheExactCount() throws {
        let (daemon, _, _) = try Self.setUp()
        let caseworker = try TestUser.ensure("lotse-e2e-caseworker")
        // In batches: the helper writes all input before it reads the replies, so one batch
        // must fit the pipes (250 replies of ~70 bytes).
        var replies: [VarlinkReply] = []
        for _ in 0..<20 {
            replies += try ForeignClient.call(Array(repeating: VarlinkCall(method: "org.lotse.Admin.Status"), count: 250),
                                              socket: daemon.socketPath, as: caseworker)
        }
        #expect(replies.count == 5000)
        #expect(replies.allSatisfy { $0.error == "org.varlink.service.PermissionDenied" })
        #expect(daemon.stop() == 0)
        let audit = try DaemonHarness.run("/usr/bin/sqlite3", [daemon.databasePath,
            "SELECT count(*), \(DeniedCalls.sum), count(DISTINCT at / 60) FROM audit_log WHERE outcome = 'denied' AND uid = \(caseworker.uid)"])
        let fields = audit.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) }
        #expect(fields.count == 3, "\(audit.stdout) \(audit.stderr)")
        if fields.count == 3 {
            #expect(fields[0] <= 2 * fields[2] + 2, "\(fields[0]) entries over \(fields[2]) minutes")
            #expect(fields[1] == 5000)
        }
    }

    @Test func anAdminMayCallAdmin() throws {
        let (daemon, _, admin) = try Self.setUp()
        let replies = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Admin.Status"),
            VarlinkCall(method: "org.lotse.Admin.Reload"),
        ], socket: daemon.socketPath, as: admin)
        #expect(replies.map(\.error) == [nil, nil])
        #expect(replies.first?.parameters["database"]?["path"]?.stringValue == daemon.databasePath)
        #expect(daemon.stop() == 0)
    }

    @Test func theLotseCommandExitsSeventySevenWhenDeniedAndZeroForAnAdmin() throws {
        let (daemon, stranger, admin) = try Self.setUp()
        let denied = try daemon.runLotse(["admin", "status"], as: stranger)
        #expect(denied.status == 77)
        #expect(denied.stderr.contains("Permission denied: your account has no role in Lotse"), "\(denied.stderr)")
        let german = try daemon.runLotse(["admin", "status"], as: stranger, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stderr.contains("Keine Berechtigung: Ihr Konto hat in Lotse keine Rolle"), "\(german.stderr)")
        let allowed = try daemon.runLotse(["admin", "status", "--json"], as: admin)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let json = try JSONParser().parse(allowed.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(json["database"]?["path"]?.stringValue == daemon.databasePath)
        #expect(daemon.stop() == 0)
    }

    /// A role that may not do something is told so in the words it typed (the command),
    /// never by the daemon's method name.
    @Test func aDenialNamesTheCommandAsTypedNotTheMethod() throws {
        let (daemon, _, admin) = try Self.setUp()
        let german = try daemon.runLotse(["roster", "plan", "2027-01"], as: admin, environment: ["LANG": "de_DE.UTF-8"])
        let english = try daemon.runLotse(["roster", "plan", "2027-01"], as: admin, environment: ["LANG": "C.UTF-8"])
        #expect(german.status == 77 && english.status == 77)
        #expect(german.stderr == "lotse: Keine Berechtigung: Ihre Rolle erlaubt „lotse roster plan“ nicht.\n", "\(german.stderr)")
        #expect(english.stderr == "lotse: Permission denied: your role does not allow \"lotse roster plan\".\n", "\(english.stderr)")
        #expect(daemon.stop() == 0)
    }

    @Test func aUserOutsideTheSocketGroupCannotEvenConnect() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        // uid/gid 65534 (nobody/nogroup) is not in lotse-e2e: the directory (0750) stops it.
        let outsider = TestUser(name: "nobody", uid: 65534, gid: 65534)
        let result = try daemon.runLotse(["admin", "status"], as: outsider)
        #expect(result.status == 77)
        #expect(result.stderr.contains("No permission to use the socket"))
        #expect(daemon.stop() == 0)
    }
}
