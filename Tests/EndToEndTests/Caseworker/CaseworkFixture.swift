#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// A real lotsed set up for the caseworker's path: two caseworkers (Unix users in the
/// caseworkers group), a coordinator, the district, both shipped screening instruments,
/// a coordinator address for acute-risk alerts and the daemon's clock fixed at
/// `fixedNow` (`LOTSE_TEST_NOW`, honoured only with `LOTSE_TEST_INTERFACES=1`), so that
/// dates and waiting times in the output are the same on every run.
///
/// Every command runs the real `lotse` binary through `setpriv` as the user it names.
/// `dump()` reads the whole database with `sqlite3 .dump`, so a test can prove that a
/// refused command changed nothing at all (audit log included).
final class CaseworkFixture {
    /// 21.11.2026 11:00 Europe/Berlin.
    static let fixedNow = "1795255200"
    /// The emergency route in the test configuration.
    static let emergencyDE = "TEST-NOTRUF: 112 wählen. Krisendienst Testkreis 0000 111."
    static let emergencyEN = "TEST EMERGENCY: call 112. Crisis service Testkreis 0000 111."
    /// Where acute-risk alerts go.
    static let coordinatorAddress = "koordination@testkreis.example"

    static let caseworkerGroup = "lotse-e2e-cw"
    static let coordinatorGroup = "lotse-e2e-coord"
    static let specialistGroup = "lotse-e2e-spec"

    let daemon: DaemonHarness
    /// Caseworker A.
    let anna: TestUser
    /// Caseworker B.
    let ben: TestUser
    /// The coordinator.
    let clara: TestUser
    /// A specialist (Unix account; a `specialists` row is the test's business).
    let dora: TestUser

    /// Writes the configuration (optionally with more sections) and starts the daemon.
    /// `alsoCaseworkers`: more members of the caseworker role (e.g. `root`, for tests that
    /// run commands in-process).
    init(extraConfiguration: String = "", alsoCaseworkers: [String] = [], daemonSection: String = "") throws {
        anna = try TestUser.ensure("lotse-e2e-anna", groups: [Self.caseworkerGroup])
        ben = try TestUser.ensure("lotse-e2e-ben", groups: [Self.caseworkerGroup])
        clara = try TestUser.ensure("lotse-e2e-clara", groups: [Self.coordinatorGroup])
        dora = try TestUser.ensure("lotse-e2e-dora", groups: [Self.specialistGroup])
        daemon = try DaemonHarness(environment: ["LOTSE_TEST_NOW": Self.fixedNow, "LOTSE_MAIL_POLL_MILLISECONDS": "600000"])
        // Mail goes to a copy of Tests/Support/fake-sendmail, which records every run in
        // its own directory (`mailDirectory`); nothing is sent until something wakes the
        // mail thread (the poll interval is ten minutes).
        let mailDirectory = daemon.directory + "/sendmail"
        try FileManager.default.createDirectory(atPath: mailDirectory, withIntermediateDirectories: true)
        let support = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Support/fake-sendmail").path
        try FileManager.default.copyItem(atPath: support, toPath: mailDirectory + "/fake-sendmail")
        chmod(mailDirectory + "/fake-sendmail", 0o755)
        let roles = """
        caseworkers = \((["@" + Self.caseworkerGroup] + alsoCaseworkers).joined(separator: ", "))
        coordinators = @\(Self.coordinatorGroup)
        specialists = @\(Self.specialistGroup)
        admins = root
        """
        try daemon.writeConfig(daemon.configText(roles: roles, daemonSection: daemonSection) + "\n" + Self.sections + extraConfiguration)
        try daemon.start()
        // The socket accepts before lotsed has installed its signal handlers; one answered
        // call proves it is serving, so the SIGTERM at the end is not lost (else stop()
        // waits 30 s for its SIGKILL).
        _ = try daemon.call("org.varlink.service.GetInfo")
    }

    deinit { daemon.stop() }

    /// The repository's `Config/` directory (mail templates).
    static var configDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config").path
    }

    /// The `[instrument.*]` sections of the shipped `Config/lotse.conf`, so the tests
    /// screen with exactly the instruments Lotse ships.
    static var shippedInstruments: String {
        let path = configDirectory + "/lotse.conf"
        let text = (FileManager.default.contents(atPath: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard let start = text.range(of: "\n[instrument.") else { return "" }
        return String(text[start.lowerBound...])
    }

    static var sections: String {
        shippedInstruments + """

        [district]
        name = Testkreis
        municipalities = ludwigsburg, kornwestheim

        [mail]
        sendmail = sendmail/fake-sendmail
        sender = lotse@testkreis.example
        coordinator_addresses = \(coordinatorAddress)
        templates = \(configDirectory)/mail

        [emergency]
        text.de = \(emergencyDE)
        text.en = \(emergencyEN)

        """
    }

    /// Runs `lotse ARGS` as `user`, in English unless `german`.
    @discardableResult
    func lotse(_ arguments: [String], as user: TestUser, german: Bool = false) throws -> ProcessOutput {
        try daemon.runLotse(arguments, as: user, environment: ["LANG": german ? "de_DE.UTF-8" : "C.UTF-8"])
    }

    /// Runs with `--json` and parses standard output.
    func json(_ arguments: [String], as user: TestUser) throws -> [String: JSONValue] {
        let output = try lotse(arguments + ["--json"], as: user)
        guard output.status == 0 else {
            throw HarnessError("lotse \(arguments.joined(separator: " ")) exited \(output.status): \(output.stderr)")
        }
        guard case .object(let object) = try JSONParser().parse(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("not a JSON object: \(output.stdout)")
        }
        return object
    }

    /// Opens a client for `user` with consent to a referral; returns the pseudonym.
    func clientWithConsent(for user: TestUser, municipality: String = "ludwigsburg") throws -> String {
        let reply = try json(["client", "new", "--municipality", municipality], as: user)
        guard let pseudonym = reply["client"]?["pseudonym"]?.stringValue else { throw HarnessError("no pseudonym in \(reply)") }
        let consent = try lotse(["client", "consent", pseudonym, "--date", "21.11.2026", "--scope", "referral,screening"], as: user)
        guard consent.status == 0 else { throw HarnessError("consent failed: \(consent.stderr)") }
        return pseudonym
    }

    /// The directory where the fake sendmail records its runs (`run-N.args`, `run-N.msg`).
    var mailDirectory: String { daemon.directory + "/sendmail" }

    /// The message of the fake sendmail's run `n`, waiting up to `seconds` for it: mail
    /// goes out on the daemon's mail thread, after the call that queued it has returned.
    func sentMail(_ n: Int, within seconds: Double = 20) -> (arguments: String, message: String)? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let log = FileManager.default.contents(atPath: mailDirectory + "/runs.log"),
               String(decoding: log, as: UTF8.self).split(separator: "\n").count >= n,
               let arguments = FileManager.default.contents(atPath: mailDirectory + "/run-\(n).args"),
               let message = FileManager.default.contents(atPath: mailDirectory + "/run-\(n).msg") {
                return (String(decoding: arguments, as: UTF8.self), String(decoding: message, as: UTF8.self))
            }
            usleep(50_000)
        }
        return nil
    }

    /// The whole database as SQL text, without the audit log (see below).
    func dump() throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath, ".dump"])
        guard output.status == 0 else { throw HarnessError("sqlite3 .dump failed: \(output.stderr)") }
        // A refusal changes no data but is audited (every refusal is): the audit log and
        // its id counter are left out of "nothing changed".
        return output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("INSERT INTO audit_log ") && !($0.contains("sqlite_sequence") && $0.contains("'audit_log'")) }
            .joined(separator: "\n")
    }

    /// One SQL query's output (`|`-separated lines); `write` for test set-up that stands
    /// in for another part of Lotse (roster rows).
    func query(_ sql: String, write: Bool = false) throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", (write ? ["-cmd", ".timeout 5000"] : ["-readonly"]) + [daemon.databasePath, sql])
        guard output.status == 0 else { throw HarnessError("sqlite3 failed: \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text of an expected-output file under `Tests/Support/caseworker-expected/`
    /// (beside the mail goldens: outside any target, so SwiftPM needs no resource rule).
    static func expected(_ name: String) throws -> String {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Support/caseworker-expected/" + name).path
        guard let data = FileManager.default.contents(atPath: path) else { throw HarnessError("missing expected file \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}
