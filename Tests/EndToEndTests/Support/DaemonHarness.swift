#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// Runs a real `lotsed` for end-to-end tests.
///
/// Each harness owns a fresh directory under /tmp (short, so the socket path stays far
/// below the 107-byte limit) holding the configuration, the socket (`run/lotse.sock`),
/// the database (`db/lotse.db`) and the daemon's stderr (`lotsed.log`). Typical use:
///
///     let daemon = try DaemonHarness()           // writes lotse.conf
///     try daemon.start()                         // spawns lotsed, waits for the socket
///     let reply = try daemon.call("org.lotse.Admin.Status")
///     #expect(daemon.stop() == 0)                // SIGTERM, waits, returns exit status
///
/// - The daemon runs with `LOTSE_TEST_INTERFACES=1`, which adds the test-only
///   `org.lotse.Testing` interface (Sleep, Count, Unimplemented); production never sets it.
/// - `restart()` stops (SIGTERM) and starts again on the same directory and database;
///   `kill9()` kills without any cleanup (a stale socket stays behind, as after a crash);
///   `signal(_:)` sends any signal (SIGHUP reloads the configuration).
/// - `writeConfig(_:)` replaces the file (for reload tests); `configText(...)` builds one.
/// - `runLotse(_:as:)` runs the real `lotse` binary, optionally as another Unix user
///   through `setpriv`, and returns its exit status and output.
/// - On deinit a still-running daemon is killed and the directory removed.
///
/// Binaries are found next to the test bundle (`.build/debug`), see `binary(named:)`.
final class DaemonHarness {
    /// The temporary directory (mode 0755 so that test users can reach the socket).
    let directory: String
    /// `directory/lotse.conf`.
    let configPath: String
    /// `directory/run/lotse.sock`.
    let socketPath: String
    /// `directory/db/lotse.db`.
    let databasePath: String
    /// `directory/lotsed.log`: everything the daemon wrote to stderr, across restarts.
    let logPath: String
    /// Extra environment for the daemon.
    var environment: [String: String]
    private(set) var process: Process?
    /// Further `lotsed` arguments for `start()` (e.g. `--demo-identities FILE`).
    var extraArguments: [String] = []
    /// The umask `lotsed` starts with (octal text, e.g. "000"); nil inherits the test's.
    var umask: String?

    /// Creates the directory and writes a configuration: `roles` is the `[roles]`
    /// section's body (default: root is admin), `daemonSection` extra `[daemon]` lines,
    /// `extraSections` whole further sections (`[mail]\nsendmail = …`) appended as is.
    init(roles: String = "admins = root", daemonSection: String = "", extraSections: String = "",
         environment: [String: String] = [:]) throws {
        var template = Array("/tmp/lotse-e2e-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw HarnessError("cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        directory = String(cString: made)
        chmod(directory, 0o755)
        configPath = directory + "/lotse.conf"
        socketPath = directory + "/run/lotse.sock"
        databasePath = directory + "/db/lotse.db"
        logPath = directory + "/lotsed.log"
        self.environment = environment
        try TestUser.ensureGroup(TestUser.socketGroup)
        try writeConfig(configText(roles: roles, daemonSection: daemonSection, extraSections: extraSections))
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A configuration for this directory. The socket belongs to the group `lotse-e2e`
    /// (created if missing) so that test users can reach it.
    func configText(roles: String = "admins = root", daemonSection: String = "", extraSections: String = "") -> String {
        """
        # written by DaemonHarness
        [daemon]
        socket = run/lotse.sock
        database = db/lotse.db
        socket_group = \(TestUser.socketGroup)
        \(daemonSection)

        [roles]
        \(roles)

        \(extraSections)
        """
    }

    /// Creates the database directory as lotsed would (0700), for tests that put a database
    /// there before the start; lotsed refuses a directory or file others could read.
    func makePrivateDatabaseDirectory() throws {
        let directory = (databasePath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o700)
    }

    /// Replaces the configuration file.
    func writeConfig(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: configPath))
    }

    /// The absolute path of a built executable: beside the test bundle (SwiftPM puts
    /// `lotsed`, `lotse` and `LotsePackageTests.xctest` in the same directory), else
    /// `.build/debug` under the current directory.
    static func binary(named name: String) throws -> String {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var directory = (exe as NSString).deletingLastPathComponent
            candidates.append(directory + "/" + name)
            // Inside a bundle directory (…/X.xctest/…): look beside the bundle too.
            while directory.count > 1 && !directory.hasSuffix(".build") {
                directory = (directory as NSString).deletingLastPathComponent
                candidates.append(directory + "/" + name)
                if FileManager.default.isExecutableFile(atPath: directory + "/" + name) { break }
            }
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/.build/debug/" + name)
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        throw HarnessError("cannot find the \(name) executable (looked in \(candidates.joined(separator: ", "))); run swift build first")
    }

    /// Starts `lotsed --config …` and waits until its socket answers (up to `timeout`
    /// seconds). Throws, with the daemon's log, if it exits or never answers.
    func start(timeout: Double = 20) throws {
        if let process, process.isRunning { throw HarnessError("lotsed is already running") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary(named: "lotsed"))
        process.arguments = ["--config", configPath, "--debug"] + extraArguments
        if let umask {
            // The shell sets the umask and becomes lotsed (same pid).
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", try Self.binary(named: "lotsed")] + (process.arguments ?? [])
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
        }
        var env = ProcessInfo.processInfo.environment
        env["LOTSE_TEST_INTERFACES"] = "1"
        // The log is read in English unless a test asks for a locale (`environment`).
        env["LANG"] = "C"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "LISTEN_FDS")
        env.removeValue(forKey: "LISTEN_PID")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try log.seekToEnd()
        process.standardError = log
        process.standardOutput = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? log.close()
        self.process = process
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !process.isRunning {
                process.waitUntilExit()
                throw HarnessError("lotsed exited with status \(process.terminationStatus) during start-up:\n\(self.log)")
            }
            if let probe = try? VarlinkConnection.connect(path: socketPath) {
                probe.close()
                return
            }
            usleep(20_000)
        }
        throw HarnessError("lotsed did not answer on \(socketPath) within \(timeout) s:\n\(self.log)")
    }

    /// The daemon's pid (0 when not started).
    var pid: pid_t { process?.processIdentifier ?? 0 }

    /// Whether the daemon process is alive.
    var isRunning: Bool { process?.isRunning ?? false }

    /// Sends `number` to the daemon.
    func signal(_ number: Int32) {
        if let process, process.isRunning { kill(process.processIdentifier, number) }
    }

    /// SIGTERM, then waits for exit (SIGKILL after `timeout` seconds); returns the exit
    /// status (or 128+signal when killed by a signal, -1 if not running).
    @discardableResult
    func stop(timeout: Double = 30) -> Int32 {
        guard let process else { return -1 }
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        return waitForExit(timeout: timeout)
    }

    /// Waits for the daemon to exit by itself; SIGKILL after `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double = 30) -> Int32 {
        guard let process else { return -1 }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        self.process = nil
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// Kills the daemon with SIGKILL (no cleanup: the socket file stays, like after a crash).
    func kill9() {
        guard let process else { return }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        self.process = nil
    }

    /// Stops (SIGTERM) and starts again on the same files.
    func restart() throws {
        stop()
        try start()
    }

    /// Everything the daemon wrote to stderr so far.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// A new client connection.
    func client() throws -> VarlinkClient {
        try VarlinkClient(path: socketPath)
    }

    /// Calls `method` on a fresh connection and returns the reply's parameters.
    func call(_ method: String, _ parameters: [String: JSONValue] = [:]) throws -> [String: JSONValue] {
        let client = try client()
        defer { client.close() }
        return try client.call(method, parameters, timeoutMilliseconds: 30_000)
    }

    /// Runs a second `lotsed` with `arguments` to completion and returns its exit status
    /// and stderr (for start-up refusal tests).
    func runDaemonToCompletion(arguments: [String], environment: [String: String] = [:]) throws -> ProcessOutput {
        try Self.run(try Self.binary(named: "lotsed"), arguments,
                     environment: environment.merging(["LOTSE_TEST_INTERFACES": "1"]) { mine, _ in mine })
    }

    /// Runs the real `lotse` with `arguments` (plus `--socket` of this daemon),
    /// optionally as `user` through `setpriv --reuid --regid --clear-groups`.
    func runLotse(_ arguments: [String], as user: TestUser? = nil, environment: [String: String] = [:],
                  input: String? = nil) throws -> ProcessOutput {
        let lotse = try Self.binary(named: "lotse")
        let full = arguments + ["--socket", socketPath]
        if let user {
            return try Self.run("/usr/bin/setpriv", ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", lotse] + full,
                                environment: environment, input: input)
        }
        return try Self.run(lotse, full, environment: environment, input: input)
    }

    /// Runs a program to completion, capturing stdout and stderr.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    input: String? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env.removeValue(forKey: "LOTSE_SOCKET")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { try inPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty child cannot block.
        let errData = ReadBox()
        let errThread = Thread { errData.data = err.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.done { usleep(1000) }
        return ProcessOutput(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// What a finished process left.
struct ProcessOutput: Sendable {
    /// Exit status.
    var status: Int32
    /// Standard output.
    var stdout: String
    /// Standard error.
    var stderr: String
}

/// A harness failure with the reason (and often the daemon's log).
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A pipe reader's result handed between threads.
final class ReadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()
    private var finished = false
    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue; finished = true } }
    }
    var done: Bool { lock.withLock { finished } }
}
