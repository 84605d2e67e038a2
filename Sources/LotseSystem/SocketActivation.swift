import Glibc

/// systemd socket activation (sd_listen_fds(3)) without libsystemd: when `LISTEN_PID`
/// is our pid, descriptors 3 … 3+`LISTEN_FDS`-1 are listening sockets handed to us.
public enum SocketActivation {
    /// The first descriptor systemd passes.
    public static let firstDescriptor: Int32 = 3

    /// The passed descriptors, marked close-on-exec (so that sendmail never inherits
    /// them); empty when not socket-activated. The variables are removed from the process
    /// environment afterwards, as sd_listen_fds does, so children do not misread them.
    public static func takeListeningDescriptors(environment: [String: String]) -> [Int32] {
        guard let pidText = environment["LISTEN_PID"], let pid = Int32(pidText), pid == getpid(),
              let countText = environment["LISTEN_FDS"], let count = Int32(countText), count > 0, count < 1024
        else { return [] }
        unsetenv("LISTEN_PID")
        unsetenv("LISTEN_FDS")
        unsetenv("LISTEN_FDNAMES")
        return (0..<count).map { offset in
            let fd = firstDescriptor + offset
            try? FileDescriptor(rawValue: fd).setCloseOnExec()
            return fd
        }
    }
}
