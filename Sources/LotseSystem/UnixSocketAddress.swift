import Glibc

/// A Unix-domain socket address, checked once so that a path too long for `sun_path`
/// is a clear error rather than a silently truncated name.
public struct UnixSocketAddress: Sendable, Equatable {
    /// The path as given (`@name` for the Linux abstract namespace).
    public let path: String
    private let bytes: [UInt8]

    /// The most bytes `sun_path` holds, not counting the terminating NUL.
    public static let maxPathLength = 107

    /// Why an address cannot be used.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        /// One sentence naming the path and the problem.
        public let description: String
    }

    /// Checks `path`. A leading `@` means the abstract namespace (as systemd writes
    /// `NOTIFY_SOCKET`); it becomes a leading NUL byte.
    public init(path: String) throws(Invalid) {
        var bytes = Array(path.utf8)
        if bytes.isEmpty { throw Invalid(description: "the socket path is empty") }
        if bytes.contains(0) { throw Invalid(description: "the socket path \"\(path)\" contains a NUL byte") }
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        if bytes.count > Self.maxPathLength {
            throw Invalid(description: "the socket path \"\(path)\" is \(bytes.count) bytes long; Unix sockets allow at most \(Self.maxPathLength)")
        }
        self.path = path
        self.bytes = bytes
    }

    /// Whether this is an abstract-namespace address (no file on disk).
    public var isAbstract: Bool { bytes.first == 0 }

    /// Calls `body` with a `sockaddr` pointer and length for `bind`, `connect` or `sendto`.
    public func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in bytes.enumerated() { raw[offset] = byte }
        }
        // Abstract names are exactly as long as given; file paths include the NUL.
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \sockaddr_un.sun_path) ?? 2
        let length = pathOffset + bytes.count + (isAbstract ? 0 : 1)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(length)) }
        }
    }
}
