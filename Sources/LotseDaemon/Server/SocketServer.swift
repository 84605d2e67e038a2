import Foundation
import LotseProtocol
import LotseSystem
import LotseVarlink
import Synchronization

/// Accepts connections on a listening socket and serves each on its own thread.
///
/// Why threads and not GCD or Swift concurrency: both pools are only as wide as the CPU
/// count (2 here), so blocking socket I/O on them lets one slow client delay everyone
/// (measured: a call behind a silent client waited for its timeout). A thread per connection with a small stack costs little
/// and a silent client only ever blocks its own thread, for at most the idle timeout.
///
/// Shutdown (`stop()`): the listener stops accepting; connections waiting for a call are
/// woken through a pipe and closed; a call already being handled runs to completion and
/// its reply is sent; `stop()` returns when every connection thread has ended.
public final class SocketServer: Sendable {
    private let listener: ListeningSocket
    private let handler: any CallHandling
    private let limits: ServerLimits
    private let logger: Logger
    private let wakeRead: FileDescriptor
    private let wakeWrite: FileDescriptor
    private let state = Mutex(State())
    private let finished = NSCondition()
    private let refusals = RefusalLog()

    private struct State {
        var connections = 0
        /// Open connections per uid, for the per-account limit.
        var perAccount: [UInt32: Int] = [:]
        var callsInFlight = 0
        var acceptLoopRunning = false
        var stopping = false
    }

    /// Thread stack for connection threads. Handlers run on them (SQLite, and later the
    /// planner), so it is generous; it is address space only — an idle connection
    /// touches a few pages of it, so a thousand idle connections cost little memory.
    static let connectionStackSize = 4 << 20

    /// Creates a server; call `start()` to accept.
    public init(listener: ListeningSocket, handler: any CallHandling, limits: ServerLimits, logger: Logger) throws(DaemonError) {
        // Close-on-exec from the start: a sendmail spawned meanwhile must not inherit it.
        let wake: (read: FileDescriptor, write: FileDescriptor)
        do { wake = try FileDescriptor.pipe(nonBlocking: true) } catch {
            throw DaemonError(en: "cannot create the shutdown pipe: \(error.text)", de: "die Pipe zum Beenden lässt sich nicht anlegen: \(error.german)")
        }
        self.listener = listener
        self.handler = handler
        self.limits = limits
        self.logger = logger
        self.wakeRead = wake.read
        self.wakeWrite = wake.write
    }

    /// Number of open client connections.
    public var connectionCount: Int { state.withLock { $0.connections } }

    /// Starts the accept loop on its own thread.
    public func start() {
        state.withLock { $0.acceptLoopRunning = true }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "lotsed-accept"
        thread.start()
    }

    /// Stops accepting and removes the socket file at once (new clients are told no
    /// daemon serves), lets calls in flight finish, closes every connection, and returns
    /// when all connection threads have ended.
    public func stop() {
        let alreadyStopping = state.withLock { state -> Bool in
            let was = state.stopping
            state.stopping = true
            return was
        }
        if alreadyStopping { return }
        try? wakeWrite.writeAll([1])
        finished.lock()
        while state.withLock({ $0.acceptLoopRunning }) { finished.wait() }
        finished.unlock()
        listener.closeAndRemove()
        finished.lock()
        while state.withLock({ $0.connections > 0 }) { finished.wait() }
        finished.unlock()
    }

    private func signalFinished() {
        finished.lock()
        finished.broadcast()
        finished.unlock()
    }

    private func acceptLoop() {
        defer {
            state.withLock { $0.acceptLoopRunning = false }
            signalFinished()
        }
        while true {
            let listening = FileDescriptor(rawValue: listener.fileDescriptor)
            var fds = [Poll.readable(listening), Poll.readable(wakeRead)]
            do { _ = try Poll.wait(&fds, timeoutMilliseconds: -1) } catch {
                logger.error(de: "poll am Socket des Dienstes gescheitert: \(error.german)", en: "poll on the listening socket failed: \(error.text)")
                return
            }
            if fds[1].revents != 0 { return }
            guard fds[0].revents != 0 else { continue }
            // Close-on-exec in the same call, so no child ever holds a client's connection.
            let client: FileDescriptor
            do { client = try listening.accept() } catch {
                if error.code == EAGAIN || error.code == ECONNABORTED { continue }
                logger.warning(de: "accept gescheitert: \(error.german)", en: "accept failed: \(error.text)")
                if error.code == EMFILE || error.code == ENFILE || error.code == ENOBUFS || error.code == ENOMEM {
                    // Out of descriptors: wait a little rather than spin.
                    Pause.milliseconds(100)
                }
                continue
            }
            admit(client)
        }
    }

    /// Admission, on the accept thread, before a connection takes a slot or a thread: the
    /// peer's credentials (`SO_PEERCRED`) are read; the handler's verdict comes first (an
    /// account without a role is refused there, whatever the limits), then the global
    /// limit, then the account's own. A refused peer gets one error reply and is closed at
    /// once, so one account holds at most `maxConnectionsPerAccount` slots, and an account
    /// without a role none at all.
    private func admit(_ client: FileDescriptor) {
        guard let peer = PeerCredentials.of(socket: client) else {
            logger.warning(de: "Verbindung geschlossen: die Kennung der Gegenseite lässt sich nicht lesen", en: "closing a connection whose peer credentials cannot be read")
            client.close()
            return
        }
        if case .refused(let reply, let reason) = handler.admission(of: peer) {
            refuse(client, peer: peer, reply: reply, reason: reason)
            return
        }
        enum Verdict { case admitted, stopping, global, account }
        let verdict = state.withLock { state -> Verdict in
            if state.stopping { return .stopping }
            if state.connections >= limits.maxConnections { return .global }
            if state.perAccount[peer.uid, default: 0] >= limits.maxConnectionsPerAccount { return .account }
            state.connections += 1
            state.perAccount[peer.uid, default: 0] += 1
            return .admitted
        }
        switch verdict {
        case .admitted:
            break
        case .stopping:
            client.close()
            return
        case .global:
            refuse(client, peer: peer, reply: Self.limitReached(limits.maxConnections, scope: "daemon"),
                   reason: "connection limit of \(limits.maxConnections) reached (max_connections)")
            return
        case .account:
            refuse(client, peer: peer, reply: Self.limitReached(limits.maxConnectionsPerAccount, scope: "account"),
                   reason: "the account's connection limit of \(limits.maxConnectionsPerAccount) reached (max_connections_per_account)")
            return
        }
        // A reply to a client that does not read must not block its thread forever.
        try? client.setSendTimeout(milliseconds: limits.idleTimeoutMilliseconds)
        let thread = Thread { [self] in
            serve(client, peer: peer)
            state.withLock { state in
                state.connections -= 1
                let left = state.perAccount[peer.uid, default: 1] - 1
                state.perAccount[peer.uid] = left > 0 ? left : nil
            }
            signalFinished()
        }
        thread.stackSize = Self.connectionStackSize
        thread.name = "lotsed-conn"
        thread.start()
    }

    /// The error a peer refused for a connection limit reads as the answer to its first
    /// call: which limit (`scope`: `account` or `daemon`) and its size, so that `lotse`
    /// can say "try again later" instead of "the daemon is not running".
    static func limitReached(_ limit: Int, scope: String) -> VarlinkError {
        VarlinkError(connectionLimitError, parameters: ["limit": .integer(Int64(limit)), "scope": .string(scope)])
    }

    /// Name of the error a peer refused for a connection limit receives.
    public static let connectionLimitError = AdmissionProtocol.connectionLimitReached

    /// Writes `reply` once without waiting (a full socket buffer just loses it), closes
    /// the connection, and logs the refusal at most once a minute per account.
    private func refuse(_ client: FileDescriptor, peer: PeerCredentials, reply: VarlinkError, reason: String) {
        var bytes = VarlinkReply(error: reply).message.serializedBytes
        bytes.append(0)
        _ = bytes.withUnsafeBytes { raw in try? client.send(raw, waiting: false) }
        client.close()
        if let count = refusals.note(uid: peer.uid) {
            logger.warning(de: "\(count == 1 ? "eine Verbindung" : "\(count) Verbindungen") von uid \(peer.uid) (pid \(peer.pid)) abgewiesen: \(reason)",
                           en: "refused \(count == 1 ? "a connection" : "\(count) connections") of uid \(peer.uid) (pid \(peer.pid)): \(reason)")
        }
    }

    private func serve(_ fd: FileDescriptor, peer: PeerCredentials) {
        let connection = VarlinkConnection(adopting: fd.rawValue, maxMessageSize: limits.maxMessageSize)
        defer { connection.close() }
        logger.debug(de: "Verbindung von uid \(peer.uid) pid \(peer.pid)", en: "connection from uid \(peer.uid) pid \(peer.pid)")
        let session = handler.openSession(for: peer)
        while true {
            let call: VarlinkCall
            do {
                call = try connection.readCall(timeoutMilliseconds: limits.idleTimeoutMilliseconds, interrupt: wakeRead.rawValue)
            } catch {
                switch error {
                case .invalidField(let field, let reason):
                    logger.info(de: "uid \(peer.uid) pid \(peer.pid): Feld „\(field)“ des Aufrufs: \(reason)", en: "uid \(peer.uid) pid \(peer.pid): call field \"\(field)\" \(reason)")
                    do { try connection.send(VarlinkReply(error: .invalidParameter(field))) } catch { return }
                    continue
                case .closed, .interrupted:
                    return
                default:
                    logger.info(de: "Verbindung von uid \(peer.uid) pid \(peer.pid) geschlossen: \(error)", en: "closing connection of uid \(peer.uid) pid \(peer.pid): \(error)")
                    return
                }
            }
            // A call that has been read is in flight: it is answered even if shutdown
            // began meanwhile; the next read sees the shutdown and ends the connection.
            state.withLock { $0.callsInFlight += 1 }
            var broken = false
            session.handle(call) { reply in
                if call.oneway || broken { return }
                do { try connection.send(reply) } catch { broken = true }
            }
            state.withLock { $0.callsInFlight -= 1 }
            if broken { return }
            if !session.staysAdmitted {
                logger.info(de: "Verbindung von uid \(peer.uid) pid \(peer.pid) geschlossen: das Konto hat keine Rolle mehr", en: "closing connection of uid \(peer.uid) pid \(peer.pid): the account no longer has a role")
                return
            }
        }
    }
}
