import Foundation
import LotseVarlink

/// Calls made by a process other than the test: `/usr/bin/python3` with plain sockets
/// (no varlink package needed), optionally as another Unix user through `setpriv`. Role
/// tests need this because `SO_PEERCRED` reports the connecting process's uid.
enum ForeignClient {
    static let script = """
    import json, socket, sys
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sys.argv[1])
    buf = b""
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            s.sendall(line.strip().encode() + b"\\0")
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused at accept: the daemon's one reply may still be there to read
        while b"\\0" not in buf:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                print("CLOSED", flush=True)
                sys.exit(0)
            buf += chunk
        msg, buf = buf.split(b"\\0", 1)
        print(msg.decode(), flush=True)
    """

    /// Sends each call on one connection as `user` (nil: as root) and returns the replies;
    /// throws when the daemon closes the connection before every call is answered.
    static func call(_ calls: [VarlinkCall], socket: String, as user: TestUser?) throws -> [VarlinkReply] {
        let (replies, closed) = try exchange(calls, socket: socket, as: user)
        if closed { throw HarnessError("the daemon closed the connection") }
        return replies
    }

    /// Sends each call on one connection as `user` (nil: as root); returns the replies read
    /// and whether the daemon closed the connection before answering every call.
    static func exchange(_ calls: [VarlinkCall], socket: String, as user: TestUser?) throws -> (replies: [VarlinkReply], closed: Bool) {
        let input = calls.map { $0.message.serialized }.joined(separator: "\n") + "\n"
        let python = "/usr/bin/python3"
        let output: ProcessOutput
        if let user {
            output = try DaemonHarness.run("/usr/bin/setpriv",
                                           ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", python, "-c", script, socket],
                                           input: input)
        } else {
            output = try DaemonHarness.run(python, ["-c", script, socket], input: input)
        }
        guard output.status == 0 else { throw HarnessError("python client failed (\(output.status)): \(output.stderr)") }
        let lines = output.stdout.split(separator: "\n")
        let replies = try lines.filter { $0 != "CLOSED" }.map { line in try VarlinkReply(message: JSONParser().parse(String(line))) }
        return (replies, lines.last == "CLOSED")
    }
}
