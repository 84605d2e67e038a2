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

    let daemon: DaemonHarness
    /// Caseworker A.
    let anna: TestUser
    /// Caseworker B.
    let ben: TestUser
    /// The coordinator.
    let clara: TestUser

    /// Writes the configuration (optionally with more sections) and starts the daemon.
    init(extraConfiguration: String = "") throws {
        anna = try TestUser.ensure("lotse-e2e-anna", groups: [Self.caseworkerGroup])
        ben = try TestUser.ensure("lotse-e2e-ben", groups: [Self.caseworkerGroup])
        clara = try TestUser.ensure("lotse-e2e-clara", groups: [Self.coordinatorGroup])
        daemon = try DaemonHarness(environment: ["LOTSE_TEST_NOW": Self.fixedNow, "LOTSE_MAIL_POLL_MILLISECONDS": "600000"])
        let roles = """
        caseworkers = @\(Self.caseworkerGroup)
        coordinators = @\(Self.coordinatorGroup)
        admins = root
        """
        try daemon.writeConfig(daemon.configText(roles: roles) + "\n" + Self.sections + extraConfiguration)
        try daemon.start()
    }

    deinit { daemon.stop() }

    /// The repository's `Config/` directory (mail templates).
    static var configDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config").path
    }

    static var sections: String {
        """

        [district]
        name = Testkreis
        municipalities = ludwigsburg, kornwestheim

        [mail]
        sendmail = /bin/false
        sender = lotse@testkreis.example
        coordinator_addresses = \(coordinatorAddress)
        templates = \(configDirectory)/mail

        [emergency]
        text.de = \(emergencyDE)
        text.en = \(emergencyEN)

        [instrument.screen15]
        title = 15 items: 1–14 summed, item 15 distress thermometer
        items = 15
        scoring = sum
        answers = 0-4
        answers.15 = 0-10
        scored_items = 1-14
        band.negative = 0-11, routine, negative
        band.positive = 12-56, elevated, positive
        positive_if = item 15 >= 5

        [instrument.yesno10]
        title = 10 yes/no items, bands 0–3, 4–7, 8–10
        items = 10
        scoring = count-yes
        band.low = 0-3, routine, negative
        band.medium = 4-7, elevated, positive
        band.high = 8-10, high, positive

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

    /// The whole database as SQL text.
    func dump() throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", daemon.databasePath, ".dump"])
        guard output.status == 0 else { throw HarnessError("sqlite3 .dump failed: \(output.stderr)") }
        return output.stdout
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
