#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCLI
import LotseVarlink
import Testing

extension Proof {
    /// Fuzz suite: seeded hostile varlink messages and random `lotse` argument vectors. Zero
    /// crashes; every message is answered with an error or the connection is closed
    /// cleanly; the daemon serves a well-formed client at the end.
    ///
    /// Fast: 10 000 messages and 2 000 argument vectors in `swift test`. Full:
    /// `LOTSE_PROOF=full swift test --filter FuzzProof` (100 000 and 20 000).
    /// `LOTSE_PROOF_SEED=N` replays a run.
    @Suite(.serialized) struct FuzzProofTests {
        static let maxMessageBytes = 65_536

        /// What the workers found, shared between their threads.
        final class Tally: @unchecked Sendable {
            private let lock = NSLock()
            private(set) var answered = 0
            private(set) var closed = 0
            private(set) var failures: [String] = []
            private(set) var kinds: [String: Int] = [:]
            func count(_ kind: String, answered isAnswer: Bool) {
                lock.withLock {
                    kinds[kind, default: 0] += 1
                    if isAnswer { answered += 1 } else { closed += 1 }
                }
            }
            func fail(_ text: String) { lock.withLock { failures.append(text) } }
            var failureCount: Int { lock.withLock { failures.count } }
        }

        @Test func hostileMessagesAreAnsweredWithAnErrorOrACleanCloseAndTheDaemonKeepsServing() throws {
            let total = ProofLevel.count(fast: 10_000, full: 100_000)
            let daemon = try ProofDaemon.make(daemonSection: "max_message_bytes = \(Self.maxMessageBytes)\nidle_timeout_seconds = 30")
            try daemon.start()
            let catalogue = try InterfaceCatalogue(daemon: daemon)
            let socket = daemon.socketPath
            let tally = Tally()
            // Four workers, each with its own seeded stream, so a run is replayable and the
            // daemon sees hostile connections at once, as it would in the wild.
            let workers = 4
            concurrently(workers) { worker in
                var messages = FuzzMessages(seed: ProofLevel.seed &+ UInt64(worker), catalogue: catalogue,
                                            maxMessageBytes: Self.maxMessageBytes)
                var connection: VarlinkConnection?
                defer { connection?.close() }
                for index in 0..<(total / workers) {
                    let message = messages.next()
                    let current: VarlinkConnection
                    if let connection { current = connection } else {
                        guard let opened = try? VarlinkConnection.connect(path: socket, maxMessageSize: 4 << 20) else {
                            tally.fail("worker \(worker) #\(index): cannot connect")
                            return
                        }
                        current = opened
                        connection = opened
                    }
                    switch Self.exchange(message.bytes, on: current) {
                    case .error:
                        tally.count(message.kind, answered: true)
                    case .closed:
                        tally.count(message.kind, answered: false)
                        current.close()
                        connection = nil
                    case .success(let reply):
                        tally.fail("worker \(worker) #\(index) \(message.kind): succeeded: \(reply.message.serialized.prefix(200)) for \(String(decoding: message.bytes.prefix(200), as: UTF8.self))")
                    case .noAnswer(let reason):
                        tally.fail("worker \(worker) #\(index) \(message.kind): \(reason)")
                        current.close()
                        connection = nil
                    }
                    if tally.failureCount > 20 { return }
                }
            }
            #expect(tally.failures == [])
            #expect(daemon.isRunning, "the daemon died")
            #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
            let info = try daemon.call("org.lotse.Admin.Status")
            #expect(info["version"]?.stringValue?.isEmpty == false)
            print("fuzz: \(total) messages (seed \(ProofLevel.seed), \(workers) workers): \(tally.answered) answered with an error, \(tally.closed) closed cleanly, \(tally.failures.count) failures; kinds \(tally.kinds.sorted { $0.key < $1.key })")
            #expect(daemon.stop() == 0)
        }

        enum Exchange {
            case error
            case success(VarlinkReply)
            case closed
            case noAnswer(String)
        }

        /// Sends the bytes; a message without a NUL is followed by a half-close so the daemon
        /// sees its end. Reads one reply or the close.
        static func exchange(_ bytes: [UInt8], on connection: VarlinkConnection) -> Exchange {
            do {
                try connection.sendRaw(bytes)
            } catch {
                // The daemon may close while an oversized message is still being sent.
            }
            if bytes.last != 0 { shutdown(connection.fileDescriptor, Int32(SHUT_WR)) }
            do {
                let reply = try connection.readReply(timeoutMilliseconds: 20_000)
                return reply.error == nil ? .success(reply) : .error
            } catch {
                switch error {
                case .closed, .truncated: return .closed
                case .system(_, let code) where code == ECONNRESET: return .closed
                case .timedOut: return .noAnswer("no reply and no close within 20 s")
                default: return .noAnswer("\(error)")
                }
            }
        }

        @Test func randomArgumentVectorsNeverCrashTheCommandLine() throws {
            let total = ProofLevel.count(fast: 2_000, full: 20_000)
            let daemon = try ProofDaemon.make()
            try daemon.start()
            var random = SeededGenerator(seed: ProofLevel.seed &+ 1)
            // Every command word and option the help texts name, plus hostile words. `demo`
            // is left out: it starts a daemon of its own, which is its own test's business.
            var words = Set<String>()
            for group in CommandTable.all where group.name != "demo" {
                words.insert(group.name)
                for token in group.help.split(whereSeparator: { " \n,|[]()=".contains($0) }) where token.count < 30 {
                    words.insert(String(token))
                }
            }
            let hostile = ["", "-", "--", "---x", "\u{0}", "é", String(repeating: "A", count: 5000), "-1", "99999999999999999999",
                           "2026-02-30", "31.02.2026", "K-2026-0001", "K-9999-9999", "/dev/null", "/nonexistent/x", "--json",
                           "--socket", "\u{202E}", "💥", "%s%n", "$(id)", "../x", "yes", "no", "1", "0", "1e9"]
            let vocabulary = words.filter { $0 != "demo" }.sorted() + hostile
            let environment = ["LOTSE_SOCKET": daemon.socketPath, "LANG": "C.UTF-8"]
            // Mostly a real command and verb, then options and values, so the vectors get
            // past the first word and exercise each command's own argument parsing.
            var verbs: [String: [String]] = [:]
            var options: [String] = []
            for group in CommandTable.all where group.name != "demo" {
                for line in group.help.split(separator: "\n") {
                    let words = line.split(separator: " ").map(String.init)
                    if words.count >= 3, words[0] == "lotse", words[1] == group.name, !words[2].hasPrefix("-") {
                        verbs[group.name, default: []].append(words[2])
                    }
                    options += words.filter { $0.hasPrefix("--") && $0.count < 30 }
                }
            }
            let groups = verbs.keys.sorted()
            var statuses: [Int32: Int] = [:]
            for _ in 0..<total {
                var arguments: [String] = []
                if !groups.isEmpty && Int.random(in: 0..<10, using: &random) < 8 {
                    let group = groups[Int.random(in: 0..<groups.count, using: &random)]
                    arguments.append(group)
                    if let list = verbs[group], !list.isEmpty { arguments.append(list[Int.random(in: 0..<list.count, using: &random)]) }
                }
                for _ in 0..<Int.random(in: 0...6, using: &random) {
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0 where !options.isEmpty: arguments.append(options[Int.random(in: 0..<options.count, using: &random)])
                    case 1: arguments.append(hostile[Int.random(in: 0..<hostile.count, using: &random)])
                    default: arguments.append(vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)])
                    }
                }
                if arguments.first == "demo" { arguments.removeFirst() }
                // Never point the client at another socket, nor send it to read a file forever.
                // Nor let it write files: no output options, no backups (the daemon would write
                // them beside the package).
                if let index = arguments.firstIndex(of: "--socket") { arguments.removeSubrange(index...) }
                arguments.removeAll { $0 == "-o" || $0 == "--output" || $0 == "backup" }
                let terminal = CapturingTerminal()
                let context = CommandContext(arguments: arguments, environment: environment, terminal: terminal)
                let status = LotseCommandLine.run(arguments: arguments, context: context)
                statuses[status.rawValue, default: 0] += 1
                // A refusal always says something to the person.
                if status != .ok && terminal.stderr.isEmpty {
                    Issue.record("lotse \(arguments) exited \(status.rawValue) without a word on standard error")
                }
            }
            #expect(daemon.isRunning)
            #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
            print("CLI fuzz: \(total) argument vectors, exit statuses \(statuses.sorted { $0.key < $1.key })")
            #expect(daemon.stop() == 0)
        }
    }
}
