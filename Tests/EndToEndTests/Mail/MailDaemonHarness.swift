import Foundation
import LotseCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real `lotsed` in a temporary directory, configured to deliver mail through a private
/// copy of `Tests/Support/fake-sendmail`, checking its outbox every 100 ms. Mail is queued
/// by writing outbox rows with the `sqlite3` command (no domain interface queues mail yet),
/// read back with the real `lotse mail outbox --json`.
final class MailDaemonHarness {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct HarnessError: Error, CustomStringConvertible {
        let description: String
    }

    let directory: URL
    var sendmailPath: String
    private(set) var daemon: Process?
    /// A command prefix lotsed is started through (e.g. a shell setting the unit's umask,
    /// then setpriv as the unit's user); empty starts it directly.
    var launcher: [String] = []
    /// A command prefix for sqlite3, so rows are written as the daemon's own user.
    var sqlitePrefix: [String] = []
    private var nextKey = 0
    /// Subject and body of the reminder queued last.
    private(set) var lastQueued: (subject: String, body: String)?

    var socket: String { directory.appendingPathComponent("lotse.sock").path }
    var databasePath: String { directory.appendingPathComponent("lotse.db").path }
    var fakePath: String { directory.appendingPathComponent("fake-sendmail").path }
    var configPath: String { directory.appendingPathComponent("lotse.conf").path }

    /// The directory holding the built `lotsed` and `lotse`.
    static var binaries: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("lotsed").path) } ?? candidates[2]
    }

    init(codes: String, sendmailPath: String? = nil, timeoutSeconds: Int = 30, templates: String? = nil, moreMailSettings: String = "") throws {
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-mail-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The database lives here: lotsed refuses a directory others could read.
        chmod(directory.path, 0o700)
        try FileManager.default.copyItem(atPath: Self.packageRoot.appendingPathComponent("Tests/Support/fake-sendmail").path, toPath: directory.appendingPathComponent("fake-sendmail").path)
        self.sendmailPath = sendmailPath ?? directory.appendingPathComponent("fake-sendmail").path
        try setCodes(codes)
        guard let account = getpwuid(geteuid()) else { throw HarnessError(description: "no passwd entry for uid \(geteuid())") }
        let user = String(cString: account.pointee.pw_name)
        let config = """
        [daemon]
        socket = \(socket)
        database = \(databasePath)
        [roles]
        coordinators = \(user)
        admins = \(user)
        [district]
        name = Landkreis Göppingen
        [mail]
        sendmail = \(self.sendmailPath)
        sender = lotse@landkreis.example
        bounce = bounce@landkreis.example
        coordinator_addresses = koordination@landkreis.example
        templates = \(templates ?? Self.packageRoot.appendingPathComponent("Config/mail").path)
        sendmail_timeout_seconds = \(timeoutSeconds)
        \(moreMailSettings)

        """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    deinit {
        if let daemon, daemon.isRunning {
            kill(daemon.processIdentifier, SIGTERM)
            daemon.waitUntilExit()
        }
        for n in 1...30 {
            if let text = try? String(contentsOf: directory.appendingPathComponent("run-\(n).pid"), encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                kill(pid, SIGKILL)
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    func setCodes(_ codes: String) throws {
        try codes.write(to: directory.appendingPathComponent("codes"), atomically: true, encoding: .utf8)
    }

    /// Starts lotsed and waits until it answers.
    func start() throws {
        let process = Process()
        let command = launcher + [Self.binaries.appendingPathComponent("lotsed").path, "--config", configPath]
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment["LOTSE_MAIL_POLL_MILLISECONDS"] = "100"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: logFile())
        try process.run()
        daemon = process
        try waitUntil("lotsed answers on \(socket)") { (try? self.lotse(["mail", "outbox", "--json"]).status) == 0 }
    }

    private func logFile() throws -> URL {
        let url = directory.appendingPathComponent("lotsed.log")
        if !FileManager.default.fileExists(atPath: url.path) { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        return url
    }

    var log: String { (try? String(contentsOf: directory.appendingPathComponent("lotsed.log"), encoding: .utf8)) ?? "" }

    /// Runs lotsed expecting it to refuse to start; returns its exit status and log.
    func startExpectingFailure() throws -> (status: Int32, log: String) {
        let process = Process()
        process.executableURL = Self.binaries.appendingPathComponent("lotsed")
        process.arguments = ["--config", configPath]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// SIGKILL, as a crash: nothing is cleaned up.
    func crash() {
        guard let daemon else { return }
        kill(daemon.processIdentifier, SIGKILL)
        daemon.waitUntilExit()
        self.daemon = nil
    }

    /// Runs the real `lotse` client.
    func lotse(_ arguments: [String], language: String = "C") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.binaries.appendingPathComponent("lotse")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LOTSE_SOCKET"] = socket
        environment["LANG"] = language
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    struct Entry: Decodable {
        var id: Int
        var kind: String
        var recipient: String
        var state: String
        var moot: Bool
        var attempts: Int
        var nextAttemptAt: String
        var lastExitCode: Int?
        var lastError: String?
        var messageId: String
    }

    /// `lotse mail outbox --json`, oldest first.
    func outbox() throws -> [Entry] {
        let result = try lotse(["mail", "outbox", "--json"])
        guard result.status == 0 else { throw HarnessError(description: "lotse mail outbox failed: \(result.err)") }
        struct Reply: Decodable { var entries: [Entry] }
        return try JSONDecoder().decode(Reply.self, from: Data(result.out.utf8)).entries.sorted { $0.id < $1.id }
    }

    func entry(_ id: Int) throws -> Entry? { try outbox().first { $0.id == id } }

    /// Polls `condition` every 50 ms for up to 30 s (a wait for the daemon, not a timing check).
    func waitUntil(_ what: String, _ condition: () throws -> Bool) throws {
        for _ in 0..<600 {
            if try condition() { return }
            usleep(50_000)
        }
        throw HarnessError(description: "gave up waiting: \(what); daemon log:\n\(log)")
    }

    /// Queues one appointment reminder for `recipient` by writing the outbox row directly,
    /// as the transaction that publishes an appointment will. Returns its id.
    @discardableResult
    func queueReminder(recipient: String = "im-nord@landkreis.example", language: MessageLanguage = .de,
                       pseudonym: String? = nil) throws -> Int {
        nextKey += 1
        let catalog = try MailTemplateCatalog(files: Self.templateFiles(), directory: "Config/mail")
        let composer = MailComposer(catalog: catalog, from: try EmailAddress(validating: "lotse@landkreis.example"),
                                    fromName: "Lotse", timeZone: try MailDate.berlinZone(), district: "Landkreis Göppingen")
        let start = Date().addingTimeInterval(7 * 86400)
        let text = try composer.text(kind: .appointmentPublished, language: language,
                                     facts: ReminderFacts(district: "Landkreis Göppingen", pseudonym: pseudonym ?? "K-2026-00\(nextKey)", when: start, place: "Rathaus Großbottwar, Schloßstraße 3",
                                                          appointment: Int64(nextKey)))
        lastQueued = text
        let messageID = try MessageID(reminderKey: "e2e/\(nextKey)", domain: composer.messageIDDomain)
        struct Payload: Encodable { var subject: String; var body: String; var eventAt: Int64 }
        let payload = String(decoding: try JSONEncoder().encode(Payload(subject: text.subject, body: text.body, eventAt: Int64(start.timeIntervalSince1970))), as: UTF8.self)
        let now = Int64(Date().timeIntervalSince1970)
        func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let sql = """
            INSERT INTO outbox (kind, recipient, recipient_role, language, due_at, priority, state, attempts, next_attempt_at, message_id, payload, created_at)
            VALUES ('appointment-published', \(quote(recipient)), 'caseworker', \(quote(language.rawValue)), \(now), 10, 'pending', 0, \(now), \(quote(messageID.value)), \(quote(payload)), \(now));
            SELECT last_insert_rowid();
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = sqlitePrefix + ["sqlite3", "-cmd", ".timeout 10000", databasePath]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(sql.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let id = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError(description: "sqlite3 could not queue the reminder")
        }
        return id
    }

    static func templateFiles() throws -> [(path: String, content: String)] {
        var files: [(path: String, content: String)] = []
        let root = packageRoot.appendingPathComponent("Config/mail")
        for language in ["de", "en"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(language).path) {
                files.append((path: "\(language)/\(name)", content: try String(contentsOf: root.appendingPathComponent("\(language)/\(name)"), encoding: .utf8)))
            }
        }
        return files
    }

    // What the fake sendmail recorded.
    var runs: Int {
        Int(((try? String(contentsOf: directory.appendingPathComponent("count"), encoding: .utf8)) ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    func message(ofRun n: Int) -> String? {
        try? String(contentsOf: directory.appendingPathComponent("run-\(n).msg"), encoding: .utf8)
    }

    func arguments(ofRun n: Int) -> [String]? {
        (try? String(contentsOf: directory.appendingPathComponent("run-\(n).args"), encoding: .utf8))
            .map { $0.split(separator: "\n").map(String.init) }
    }

    func messageIDHeader(ofRun n: Int) -> String? {
        message(ofRun: n)?.split(separator: "\n").first { $0.hasPrefix("Message-ID:") }.map { String($0.dropFirst("Message-ID: ".count)) }
    }

    func pid(ofRun n: Int) -> pid_t? {
        (try? String(contentsOf: directory.appendingPathComponent("run-\(n).pid"), encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
