import Foundation
import LotseVarlink

/// A real lotsed for the proof suites: the test process (root) is caseworker and admin,
/// so in-process clients can submit and update referrals; the district and instruments
/// are the caseworker fixture's; mail never leaves (sendmail is /bin/false and the
/// outbox is polled rarely).
enum ProofDaemon {
    /// The `[roles]` body: root refers (consultations need no client) and administers.
    static let roles = """
    caseworkers = root
    admins = root
    """

    /// A harness with the proof configuration (`daemonSection` adds `[daemon]` lines,
    /// `extra` whole sections); not started.
    static func make(daemonSection: String = "", extra: String = "") throws -> DaemonHarness {
        let daemon = try DaemonHarness(daemonSection: daemonSection,
                                       environment: ["LOTSE_MAIL_POLL_MILLISECONDS": "600000"])
        try daemon.writeConfig(daemon.configText(roles: roles, daemonSection: daemonSection) + "\n"
                               + CaseworkFixture.sections + extra)
        return daemon
    }

    /// The parameters of a consultation referral (no client, urgency given with a
    /// reason), carrying `note` so that a test can recognise it afterwards.
    static func consultation(note: String) -> [String: JSONValue] {
        [
            "acuteRisk": ["suicidality": false, "dangerToOthers": false],
            "kind": "consultation",
            "language": "de",
            "interpreter": false,
            "urgency": "routine",
            "urgencyReason": "Fallberatung",
            "note": .string(note),
        ]
    }

    /// Submits a consultation and returns its id.
    static func submit(_ client: VarlinkClient, note: String, timeout: Int = 30_000) throws -> Int64 {
        let reply = try client.call("org.lotse.Referrals.Submit", consultation(note: note), timeoutMilliseconds: timeout)
        guard let id = reply["referral"]?["id"]?.integerValue else { throw HarnessError("Submit replied without an id: \(reply)") }
        return id
    }

    /// Changes a referral's note.
    static func update(_ client: VarlinkClient, id: Int64, note: String, timeout: Int = 30_000) throws {
        _ = try client.call("org.lotse.Referrals.Update", ["id": .integer(id), "note": .string(note)], timeoutMilliseconds: timeout)
    }

    /// One SQL query through the sqlite3 program (`|`-separated lines).
    static func query(_ database: String, _ sql: String) throws -> String {
        let output = try DaemonHarness.run("/usr/bin/sqlite3", ["-cmd", ".timeout 10000", database, sql])
        guard output.status == 0 else { throw HarnessError("sqlite3 \(sql) failed: \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
