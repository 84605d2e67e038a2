import Glibc

/// sd_notify(3) without libsystemd: one datagram with `KEY=VALUE` lines to the socket
/// named by `NOTIFY_SOCKET` (a path, or `@name` for the abstract namespace). Without
/// that variable (not started by systemd) every call is a no-op.
public struct SystemdNotifier: Sendable {
    private let address: UnixSocketAddress?

    /// Reads `NOTIFY_SOCKET` from `environment`.
    public init(environment: [String: String]) {
        if let path = environment["NOTIFY_SOCKET"], !path.isEmpty {
            address = try? UnixSocketAddress(path: path)
        } else {
            address = nil
        }
    }

    /// Whether a notification socket is configured.
    public var isActive: Bool { address != nil }

    /// Sends `state` (e.g. "READY=1\nSTATUS=serving"); returns false if it could not be sent.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        guard let address else { return false }
        guard let socket = try? FileDescriptor.unixDatagramSocket() else { return false }
        defer { socket.close() }
        let bytes = Array(state.utf8)
        let sent = address.withSockaddr { pointer, length in try? socket.sendDatagram(bytes, to: pointer, length) }
        return sent == bytes.count
    }

    /// `READY=1`: start-up is complete and the socket accepts calls.
    public func ready(status: String) { notify("READY=1\nSTATUS=\(status)\nMAINPID=\(getpid())") }

    /// `RELOADING=1` with the monotonic timestamp systemd requires for Type=notify-reload
    /// and accepts for Type=notify.
    public func reloading() { notify("RELOADING=1\nMONOTONIC_USEC=\(MonotonicClock.microseconds())") }

    /// `STOPPING=1`: shutdown has begun.
    public func stopping() { notify("STOPPING=1") }
}
