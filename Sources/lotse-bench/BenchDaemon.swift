import Foundation
import LotseSystem
import LotseVarlink

/// A release `lotsed` started by a benchmark: its own directory under /tmp (the same
/// disk as the bare-SQLite comparison), a configuration in which the benchmark's user is
/// caseworker and coordinator (root is admin as the daemon's own user), and the daemon
/// found beside `lotse-bench` in the same build directory.
final class BenchDaemon {
    let directory: String
    let socketPath: String
    let databasePath: String
    private var process: Process?

    /// Creates the directory and configuration; `start()` spawns the daemon.
    init(label: String) throws {
        var template = Array("/tmp/lotse-bench-\(label)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw BenchError("cannot create a temporary directory: \(Errno.current.text)")
        }
        directory = String(cString: made)
        socketPath = directory + "/run/lotse.sock"
        databasePath = directory + "/db/lotse.db"
        let user = Self.userName
        let configuration = """
        [daemon]
        socket = run/lotse.sock
        database = db/lotse.db
        max_connections = 256
        max_connections_per_account = 256

        [roles]
        caseworkers = \(user)
        coordinators = \(user)

        [district]
        name = Benchkreis
        municipalities = ludwigsburg, kornwestheim

        """
        try Data(configuration.utf8).write(to: URL(fileURLWithPath: directory + "/lotse.conf"))
        // The daemon refuses a database directory anyone but its user may enter.
        try FileManager.default.createDirectory(atPath: directory + "/db", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The benchmark's own account name (it is caseworker and coordinator in the
    /// configuration; as the daemon's own user it is admin as well).
    static var userName: String {
        AccountDatabase.user(uid: ThisProcess.effectiveUser)?.name ?? "root"
    }

    /// A program built beside this one (`lotsed`, `lotse`).
    static func sibling(_ name: String) throws -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = (exe as NSString).deletingLastPathComponent + "/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("\(path) is missing; build it first: swift build -c release")
        }
        return path
    }

    /// Starts the daemon and waits until its socket answers.
    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.sibling("lotsed"))
        process.arguments = ["--config", directory + "/lotse.conf"]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LOTSE_TEST_INTERFACES")
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        environment.removeValue(forKey: "LISTEN_FDS")
        process.environment = environment
        let log = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
        for _ in 0..<1000 {
            if !process.isRunning { throw BenchError("lotsed exited with status \(process.terminationStatus) at start") }
            if let probe = try? VarlinkConnection.connect(path: socketPath) {
                probe.close()
                return
            }
            Pause.milliseconds(10)
        }
        throw BenchError("lotsed did not answer on \(socketPath) within 10 s")
    }

    /// The daemon's pid.
    var pid: Int32 { process?.processIdentifier ?? 0 }

    /// SIGTERM and wait.
    func stop() {
        guard let process else { return }
        if process.isRunning { try? ProcessControl.send(SIGTERM, to: process.processIdentifier) }
        process.waitUntilExit()
        self.process = nil
    }

    /// A connected client.
    func client() throws -> VarlinkClient {
        do { return try VarlinkClient(path: socketPath) } catch { throw BenchError("cannot connect: \(error)") }
    }

    /// The daemon's resident set size in bytes (VmRSS).
    var residentBytes: Int { statusField("VmRSS:") }

    /// The private part of it (RssAnon: heap, stacks, SQLite caches) — what the daemon
    /// costs beyond the read-only code pages the kernel maps in and can drop at will.
    var anonymousBytes: Int { statusField("RssAnon:") }

    private func statusField(_ name: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return (Int(line.filter(\.isNumber)) ?? 0) * 1024
        }
        return 0
    }

    /// The parameters of a consultation referral (no client needed).
    static func consultation(_ note: String) -> [String: JSONValue] {
        ["acuteRisk": ["suicidality": false, "dangerToOthers": false], "kind": "consultation", "language": "de",
         "interpreter": false, "urgency": "routine", "urgencyReason": "Fallberatung", "note": .string(note)]
    }
}

/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Latency samples in seconds and what the table shows of them.
struct LatencySamples {
    private(set) var values: [Double] = []
    mutating func add(_ seconds: Double) { values.append(seconds) }
    mutating func merge(_ other: [Double]) { values += other }
    var count: Int { values.count }
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
}

/// Output helpers shared by the modes.
enum BenchFormat {
    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    static func rate(_ perSecond: Double) -> String { String(format: "%.0f/s", perSecond) }
    static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }

    /// Reads `--name VALUE` as an integer.
    static func option(_ name: String, in arguments: [String], default value: Int) -> Int {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1]) else {
            return value
        }
        return parsed
    }

    /// Runs `body(i)` on `count` threads at once and waits for all.
    static func threads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                body(index)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
    }

    /// A printed table row.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}

/// Results gathered by several threads.
final class SampleBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    private var failures: [String] = []
    func add(_ values: [Double]) { lock.withLock { stored += values } }
    func fail(_ text: String) { lock.withLock { failures.append(text) } }
    var values: [Double] { lock.withLock { stored } }
    var errors: [String] { lock.withLock { failures } }
}
