import Foundation
import LotseVarlink

/// Many connections from one real Unix account at once: `/usr/bin/python3` run through
/// `setpriv` as that account (`SO_PEERCRED` reports the connecting process's uid, so the
/// test process itself cannot stand in for another account). Two modes:
///
/// - `crowd`: holds `count` connections for `seconds`, sends `GetInfo` on each once a
///   second, and reconnects at the next second any that the daemon refused or closed. A
///   connect the listen backlog cannot take (`EAGAIN`) is retried the next second too.
///   Reports what it saw: connects that succeeded, answers, refusals by error name,
///   closes, and the most connections that held (answered and still open) at once.
/// - `probe`: `count` times, a fresh connection (a blocking connect, as `lotse` makes) and
///   one call (`method`), timed from the start of the connect to the complete reply; 200 ms
///   between probes.
enum ForeignCrowd {
    static let script = #"""
    import errno, json, resource, selectors, socket, sys, time
    mode, path, count, seconds, method = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < count + 64:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(count + 64, hard), hard))

    def call(name):
        return json.dumps({"method": name}).encode() + b"\0"

    if mode == "probe":
        latencies, errors = [], []
        for _ in range(count):
            start = time.perf_counter()
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            buf = b""
            try:
                s.connect(path)  # blocking, as lotse connects: waits while the listen queue is full
                s.settimeout(10)
                s.sendall(call(method))
                while b"\0" not in buf:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    buf += chunk
            except OSError as e:
                errors.append(str(e))
            latencies.append((time.perf_counter() - start) * 1000)
            s.close()
            if b"\0" not in buf:
                errors.append("no reply")
            else:
                reply = json.loads(buf.split(b"\0", 1)[0])
                if "error" in reply:
                    errors.append(reply["error"])
            time.sleep(0.2)
        print(json.dumps({"latencies": latencies, "errors": errors}), flush=True)
        sys.exit(0)

    sel = selectors.DefaultSelector()
    slots = [None] * count          # socket per slot
    state = {}                      # socket -> {"buf": bytes, "answered": bool}
    stats = {"connected": 0, "backlogFull": 0, "answered": 0, "refused": {}, "closed": 0, "heldMax": 0}
    ping = call("org.varlink.service.GetInfo")

    def drop(i):
        s = slots[i]
        sel.unregister(s)
        del state[s]
        s.close()
        slots[i] = None

    waiting = set()                 # slots whose connect the full backlog turned away

    def connect(i):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.setblocking(False)
        try:
            s.connect(path)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.ECONNREFUSED):
                stats["backlogFull"] += 1
                s.close()
                waiting.add(i)
                return False
            raise
        waiting.discard(i)
        stats["connected"] += 1
        slots[i] = s
        state[s] = {"buf": b"", "answered": False, "slot": i}
        sel.register(s, selectors.EVENT_READ, i)
        return True

    def send_ping(i):
        try:
            slots[i].send(ping)
        except (BrokenPipeError, ConnectionResetError, BlockingIOError):
            pass  # refused: its one reply (if any) is still readable

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        tick = time.monotonic()
        for i in range(count):
            if slots[i] is None and not connect(i):
                continue
            send_ping(i)
        while True:
            left = tick + 1.0 - time.monotonic()
            if left <= 0:
                break
            if waiting:
                for i in list(waiting):
                    if slots[i] is None and connect(i):
                        send_ping(i)
                left = min(left, 0.1)
            for key, _ in sel.select(timeout=left):
                s, i = key.fileobj, key.data
                try:
                    chunk = s.recv(65536)
                except (ConnectionResetError, BlockingIOError):
                    chunk = b""
                if not chunk:
                    stats["closed"] += 1
                    drop(i)
                    continue
                entry = state[s]
                entry["buf"] += chunk
                while b"\0" in entry["buf"]:
                    message, entry["buf"] = entry["buf"].split(b"\0", 1)
                    reply = json.loads(message)
                    if "error" in reply:
                        stats["refused"][reply["error"]] = stats["refused"].get(reply["error"], 0) + 1
                    else:
                        stats["answered"] += 1
                        entry["answered"] = True
            held = sum(1 for e in state.values() if e["answered"])
            stats["heldMax"] = max(stats["heldMax"], held)
    print(json.dumps(stats), flush=True)
    """#

    /// What a crowd saw.
    struct CrowdReport: Sendable {
        /// Connects the daemon's listen queue took.
        var connected: Int
        /// Answers to pings (not errors).
        var answered: Int
        /// Error replies by name.
        var refused: [String: Int]
        /// The most connections that had been answered and were open at the same time.
        var heldMax: Int
        /// The report as printed, for failure messages.
        var text: String
    }

    /// Runs `python3 -c script ARGS` as `user` to completion.
    static func run(_ arguments: [String], as user: TestUser) throws -> JSONValue {
        let output = try DaemonHarness.run("/usr/bin/setpriv",
                                           ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups",
                                            "/usr/bin/python3", "-c", script] + arguments)
        guard output.status == 0 else { throw HarnessError("crowd helper failed (\(output.status)): \(output.stderr)") }
        return try JSONParser().parse(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Starts a crowd of `count` connections as `user` for `seconds` on its own thread;
    /// `wait()` on the result returns its report.
    static func crowd(socket: String, count: Int, seconds: Double, as user: TestUser) -> Running {
        let running = Running()
        let thread = Thread {
            do {
                let json = try run(["crowd", socket, String(count), String(seconds), "-"], as: user)
                let refused = (json["refused"]?.objectValue ?? [:]).compactMapValues { $0.integerValue.map(Int.init) }
                running.finish(.success(CrowdReport(connected: Int(json["connected"]?.integerValue ?? -1),
                                                    answered: Int(json["answered"]?.integerValue ?? -1),
                                                    refused: refused, heldMax: Int(json["heldMax"]?.integerValue ?? -1),
                                                    text: json.serialized)))
            } catch {
                running.finish(.failure(HarnessError("\(error)")))
            }
        }
        thread.start()
        return running
    }

    /// `count` timed probes (connect + `method`) as `user`: latencies in ms and errors.
    static func probe(socket: String, count: Int, method: String, as user: TestUser) throws -> (latencies: [Double], errors: [String]) {
        let json = try run(["probe", socket, String(count), "0", method], as: user)
        let latencies = (json["latencies"]?.arrayValue ?? []).compactMap(\.doubleValue)
        let errors = (json["errors"]?.arrayValue ?? []).compactMap(\.stringValue)
        return (latencies, errors)
    }

    /// A crowd in progress.
    final class Running: @unchecked Sendable {
        private let condition = NSCondition()
        private var result: Result<CrowdReport, HarnessError>?

        fileprivate func finish(_ outcome: Result<CrowdReport, HarnessError>) {
            condition.withLock {
                result = outcome
                condition.broadcast()
            }
        }

        /// Waits for the crowd's report.
        func wait() throws -> CrowdReport {
            condition.lock()
            defer { condition.unlock() }
            while result == nil { condition.wait() }
            switch result {
            case .success(let report): return report
            case .failure(let error): throw error
            case nil: throw HarnessError("no crowd result")
            }
        }
    }
}
