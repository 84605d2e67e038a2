import LotseSystem

/// One end of a varlink stream: frames NUL-terminated JSON messages on a connected
/// socket. Used by the server (one per accepted client, on that client's thread) and by
/// clients. Not thread-safe: one thread reads and writes a connection at a time.
///
/// The reader never holds more than `maxMessageSize + 1` unconsumed bytes: it asks the
/// kernel only for what could still belong to a legal message, so a peer that streams
/// without a NUL is cut off at the limit instead of filling memory.
public final class VarlinkConnection {
    /// The socket; owned by this object and closed by `close()` or on deinit.
    public private(set) var fileDescriptor: Int32
    /// Largest accepted message in bytes, without its NUL terminator.
    public let maxMessageSize: Int
    /// The JSON limits applied to every message read.
    public var parser = JSONParser()

    private var buffer: [UInt8] = []
    private var consumed = 0
    /// Receive buffer reused for every read (one allocation per connection).
    private let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: VarlinkConnection.chunkSize, alignment: 16)

    /// Bytes asked of the kernel per read.
    static let chunkSize = 65536

    /// Default message limit: 1 MiB.
    public static let defaultMaxMessageSize = 1 << 20

    /// Takes ownership of a connected stream socket.
    public init(adopting fileDescriptor: Int32, maxMessageSize: Int = VarlinkConnection.defaultMaxMessageSize) {
        self.fileDescriptor = fileDescriptor
        self.maxMessageSize = max(16, maxMessageSize)
    }

    deinit {
        close()
        scratch.deallocate()
    }

    /// Connects to the Unix socket at `address` (close-on-exec, so that children such as
    /// sendmail never inherit it).
    public static func connect(to address: UnixSocketAddress,
                               maxMessageSize: Int = VarlinkConnection.defaultMaxMessageSize) throws(VarlinkProtocolError) -> VarlinkConnection {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.unixStreamSocket() } catch { throw .system(call: "socket", errno: error.code) }
        let connected = address.withSockaddr { pointer, length in Result { () throws(Errno) in try fd.connect(pointer, length) } }
        if case .failure(let error) = connected {
            fd.close()
            throw .connectFailed(path: address.path, errno: error.code)
        }
        return VarlinkConnection(adopting: fd.rawValue, maxMessageSize: maxMessageSize)
    }

    /// Connects to the Unix socket at `path`.
    public static func connect(path: String,
                               maxMessageSize: Int = VarlinkConnection.defaultMaxMessageSize) throws(VarlinkProtocolError) -> VarlinkConnection {
        let address: UnixSocketAddress
        do { address = try UnixSocketAddress(path: path) } catch { throw .connectFailed(path: path, errno: Errno.nameTooLong.code) }
        return try connect(to: address, maxMessageSize: maxMessageSize)
    }

    /// Closes the socket (idempotent).
    public func close() {
        if fileDescriptor >= 0 {
            FileDescriptor(rawValue: fileDescriptor).close()
            fileDescriptor = -1
        }
    }

    /// Whether unread bytes of a further message are already buffered.
    public var hasBufferedBytes: Bool { buffer.count > consumed }

    /// Reads the next complete frame (without its NUL). `timeoutMilliseconds` bounds the
    /// whole message, not each read, so a client dribbling one byte at a time is cut off
    /// as surely as a silent one; negative means no limit. When `interrupt` becomes
    /// readable the read ends with `.interrupted`.
    public func readFrame(timeoutMilliseconds: Int = -1, interrupt: Int32? = nil) throws(VarlinkProtocolError) -> [UInt8] {
        let deadline = timeoutMilliseconds >= 0 ? MonotonicClock.milliseconds() + Int64(timeoutMilliseconds) : nil
        var scanned = consumed
        while true {
            if let nul = findNUL(from: scanned) {
                let frame = Array(buffer[consumed..<nul])
                consumed = nul + 1
                if consumed == buffer.count {
                    buffer.removeAll(keepingCapacity: buffer.capacity <= Self.chunkSize * 2)
                    consumed = 0
                }
                return frame
            }
            scanned = buffer.count
            let pending = buffer.count - consumed
            if pending > maxMessageSize { throw .messageTooLarge(limit: maxMessageSize) }
            if consumed > 0 {
                buffer.removeFirst(consumed)
                scanned -= consumed
                consumed = 0
            }
            try waitReadable(deadline: deadline, interrupt: interrupt)
            let want = min(Self.chunkSize, maxMessageSize + 1 - pending)
            let received: Int
            do {
                received = try FileDescriptor(rawValue: fileDescriptor).receive(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<want]))
            } catch {
                if error == .wouldBlock { continue }
                if error == .connectionReset { throw buffer.isEmpty ? .closed : .truncated(bytesPending: buffer.count) }
                throw .system(call: "recv", errno: error.code)
            }
            if received > 0 {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[0..<received]))
                continue
            }
            if buffer.isEmpty { throw .closed }
            throw .truncated(bytesPending: buffer.count)
        }
    }

    /// Index of the first NUL at or after `start` in the buffer (memchr: this runs for
    /// every read, and a byte loop is slow in debug builds).
    private func findNUL(from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { RawBytes.firstZero(in: $0, from: start) }
    }

    private func waitReadable(deadline: Int64?, interrupt: Int32?) throws(VarlinkProtocolError) {
        while true {
            var fds = [Poll.readable(FileDescriptor(rawValue: fileDescriptor))]
            if let interrupt { fds.append(Poll.readable(FileDescriptor(rawValue: interrupt))) }
            var timeout: Int32 = -1
            if let deadline {
                let remaining = deadline - MonotonicClock.milliseconds()
                if remaining <= 0 { throw .timedOut }
                timeout = Int32(clamping: remaining)
            }
            let ready: Int
            do { ready = try Poll.wait(&fds, timeoutMilliseconds: timeout) } catch { throw .system(call: "poll", errno: error.code) }
            if ready == 0 { continue }  // the deadline check above ends the loop
            if fds.count > 1 && fds[1].revents != 0 { throw .interrupted }
            if fds[0].revents != 0 { return }
        }
    }

    /// Reads and parses the next message.
    public func readMessage(timeoutMilliseconds: Int = -1, interrupt: Int32? = nil) throws(VarlinkProtocolError) -> JSONValue {
        let frame = try readFrame(timeoutMilliseconds: timeoutMilliseconds, interrupt: interrupt)
        do {
            return try parser.parse(frame)
        } catch {
            throw .invalidJSON(error)
        }
    }

    /// Reads the next call (server side).
    public func readCall(timeoutMilliseconds: Int = -1, interrupt: Int32? = nil) throws(VarlinkProtocolError) -> VarlinkCall {
        try VarlinkCall(message: readMessage(timeoutMilliseconds: timeoutMilliseconds, interrupt: interrupt))
    }

    /// Reads the next reply (client side).
    public func readReply(timeoutMilliseconds: Int = -1) throws(VarlinkProtocolError) -> VarlinkReply {
        try VarlinkReply(message: readMessage(timeoutMilliseconds: timeoutMilliseconds))
    }

    /// Sends one message followed by its NUL terminator.
    public func send(_ message: JSONValue) throws(VarlinkProtocolError) {
        var bytes = message.serializedBytes
        bytes.append(0)
        try sendRaw(bytes)
    }

    /// Sends bytes exactly as given (tests use it to send malformed input). Never raises
    /// SIGPIPE; a peer that has gone away is `.closed`.
    public func sendRaw(_ bytes: [UInt8]) throws(VarlinkProtocolError) {
        let socket = FileDescriptor(rawValue: fileDescriptor)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Result { () throws(Errno) in try socket.send(UnsafeRawBufferPointer(rebasing: raw[offset...])) }
            }
            switch sent {
            case .success(let count):
                offset += count
            case .failure(let error):
                if error == .brokenPipe || error == .connectionReset { throw .closed }
                if error == .wouldBlock { throw .timedOut }
                throw .system(call: "send", errno: error.code)
            }
        }
    }

    /// Sends a call (client side).
    public func send(_ call: VarlinkCall) throws(VarlinkProtocolError) { try send(call.message) }

    /// Sends a reply (server side).
    public func send(_ reply: VarlinkReply) throws(VarlinkProtocolError) { try send(reply.message) }
}
