#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// `lotse demo`, the built binary, as a newcomer runs it; and the demo identities being
/// confined to the daemon's own uid.
@Suite(.serialized) struct DemoEndToEndTests {
    @Test func theDemoPrintsARosterTheWaitingListAndItsMailsAndLeavesNothingBehind() throws {
        let output = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["demo"], environment: ["LANG": "C"])
        #expect(output.status == 0, "lotse demo failed: \(output.stderr)")
        #expect(output.stdout.contains("=== Roster ==="))
        #expect(output.stdout.contains("(published)"))
        #expect(output.stdout.contains("Waiting list ("))
        #expect(output.stdout.contains("no slot this month offers"), "the waiting list gives reasons in words")
        #expect(!output.stdout.contains("no-language-match"), "the reason's code stays in JSON")
        #expect(output.stdout.contains("=== Mails"))
        #expect(output.stdout.contains("New appointment for") || output.stdout.contains("Neuer Termin für"))
        // The directory it names (other demos may run at the same time) is gone again.
        let directory = output.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init) ?? ""
        #expect(directory.contains("lotse-demo-"), "\(output.stdout.prefix(200))")
        #expect(!FileManager.default.fileExists(atPath: directory), "the demo left \(directory) behind")
    }

    @Test func onlyTheDaemonsOwnUIDMayActAsADemoUser() throws {
        let caseworker = try TestUser.ensure("lotse-e2e-caseworker")
        let harness = try DaemonHarness(roles: "admins = root\ncaseworkers = \(caseworker.name)")
        let map = harness.directory + "/identities.conf"
        try Data("koordination coordinator koordination@example.org de\n".utf8).write(to: URL(fileURLWithPath: map))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try DaemonHarness.binary(named: "lotsed"))
        process.arguments = ["--config", harness.configPath, "--demo-identities", map]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        var ready = false
        for _ in 0..<500 where !ready {
            if let probe = try? VarlinkConnection.connect(path: harness.socketPath) {
                probe.close()
                ready = true
            } else {
                usleep(20_000)
            }
        }
        try #require(ready, "the demo daemon did not start")
        let act = VarlinkCall(method: "org.lotse.Demo.ActAs", parameters: ["user": "koordination"])
        let waiting = VarlinkCall(method: "org.lotse.Roster.Waiting")
        // Another account may not pretend to be a demo user, and gains nothing by trying:
        // without a role it is refused at accept, as by a real daemon.
        let stranger = try TestUser.ensure("lotse-e2e-nobody")
        let refused = try ForeignClient.exchange([act, waiting], socket: harness.socketPath, as: stranger)
        #expect(refused.replies.map(\.error) == ["org.lotse.Admission.NoRole"])
        #expect(refused.closed)
        // An account with a role is admitted, but may not act as a demo user either.
        let denied = try ForeignClient.call([act, waiting], socket: harness.socketPath, as: caseworker)
        #expect(denied.map(\.error) == ["org.varlink.service.PermissionDenied", "org.varlink.service.PermissionDenied"])
        // The daemon's own uid (the tests run as root, like the daemon) may, and then has the role.
        let allowed = try ForeignClient.call([act, waiting], socket: harness.socketPath, as: nil)
        #expect(allowed.map(\.error) == [nil, nil])
        #expect(allowed.first?.parameters["roles"] == ["coordinator"])
    }
}
