#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import LotseSystem

/// A stand-in for systemd's notification socket: a datagram socket in the abstract
/// namespace (as systemd uses), whose `@name` goes into `NOTIFY_SOCKET`.
final class NotifyListener {
    /// The `NOTIFY_SOCKET` value.
    let path: String
    private let fd: Int32

    init() throws {
        path = "@lotse-e2e-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        let address = try UnixSocketAddress(path: path)
        let bound = address.withSockaddr { pointer, length in bind(fd, pointer, length) }
        if bound != 0 { throw HarnessError("cannot bind \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// The next datagram, waiting up to `seconds`.
    func next(seconds: Int32 = 20) throws -> String {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, seconds * 1000) == 1 else { throw HarnessError("no notification within \(seconds) s") }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { throw HarnessError("recv failed") }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }
}
