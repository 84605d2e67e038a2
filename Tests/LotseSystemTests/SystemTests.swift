import Foundation
import Glibc
import LotseSystem
import Synchronization
import Testing

/// Signals delivered to `countInterrupt` (a C handler cannot capture context).
private let interruptsDelivered = Atomic<Int>(0)

private func countInterrupt(_ number: Int32) {
    interruptsDelivered.add(1, ordering: .relaxed)
}

/// Installs `countInterrupt` for SIGUSR1 without `SA_RESTART`, so the kernel does not
/// restart an interrupted call by itself: a blocking call the signal hits fails with EINTR
/// unless the wrapper asks again.
private func installInterruptingHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = countInterrupt
    action.sa_flags = 0
    sigemptyset(&action.sa_mask)
    sigaction(SIGUSR1, &action, nil)
}

/// Runs `body` on a thread of its own while SIGUSR1 hits that thread every millisecond
/// for `duration` milliseconds, then runs `release` (which lets `body` finish) and waits
/// for `body`'s result.
private func interrupting<Value: Sendable>(for duration: Int, release: () -> Void,
                                           _ body: @escaping @Sendable () -> Value) -> (value: Value, interrupts: Int) {
    installInterruptingHandler()
    let before = interruptsDelivered.load(ordering: .relaxed)
    let thread = Mutex<pthread_t?>(nil)
    let result = Mutex<Value?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread {
        // The test runner's threads may block signals; this one must receive SIGUSR1.
        var usr1 = sigset_t()
        sigemptyset(&usr1)
        sigaddset(&usr1, SIGUSR1)
        pthread_sigmask(SIG_UNBLOCK, &usr1, nil)
        thread.withLock { $0 = pthread_self() }
        let value = body()
        result.withLock { $0 = value }
        done.signal()
    }.start()
    while thread.withLock({ $0 }) == nil { usleep(100) }
    if let target = thread.withLock({ $0 }) {
        for _ in 0..<duration {
            pthread_kill(target, SIGUSR1)
            usleep(1000)
        }
    }
    release()
    done.wait()
    return (result.withLock { $0 }!, interruptsDelivered.load(ordering: .relaxed) - before)
}

@Suite struct ErrnoTests {
    @Test func textIsTheSystemsWordingForTheNumber() {
        #expect(Errno(ENOENT).text == "No such file or directory")
        #expect(Errno(EACCES).description == "Permission denied")
    }
}

@Suite struct FileDescriptorTests {
    private func closeOnExec(_ descriptor: FileDescriptor) -> Bool {
        fcntl(descriptor.rawValue, F_GETFD) & FD_CLOEXEC != 0
    }

    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "lotse-system-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func everyDescriptorIsBornCloseOnExec() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try FileDescriptor.open(directory + "/f", O_WRONLY | O_CREAT, permissions: 0o600)
        defer { file.close() }
        #expect(closeOnExec(file))
        let pipe = try FileDescriptor.pipe()
        defer { pipe.read.close(); pipe.write.close() }
        #expect(closeOnExec(pipe.read) && closeOnExec(pipe.write))

        let listener = try FileDescriptor.unixStreamSocket()
        defer { listener.close() }
        #expect(closeOnExec(listener))
        let path = directory + "/s"
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in path.utf8.enumerated() { raw[offset] = byte }
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.size)
        try withUnsafePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { try listener.bind($0, length) }
        }
        try listener.listen(backlog: 4)
        let client = try FileDescriptor.unixStreamSocket()
        defer { client.close() }
        try withUnsafePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { try client.connect($0, length) }
        }
        let accepted = try listener.accept()
        defer { accepted.close() }
        #expect(closeOnExec(accepted))
        let peer = try accepted.peerCredentials()
        #expect(peer.pid == getpid() && peer.uid == getuid() && peer.gid == getgid())
    }

    @Test func openingAMissingFileThrowsItsErrno() {
        #expect(throws: Errno(ENOENT)) { try FileDescriptor.open("/nonexistent/lotse/file", O_RDONLY) }
    }

    @Test func writeAllWritesMoreThanThePipeHoldsAndReadToEndGetsItBack() throws {
        let pipe = try FileDescriptor.pipe()
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let writer = pipe.write
        Thread {
            try? writer.writeAll(bytes)
            writer.close()
        }.start()
        defer { pipe.read.close() }
        #expect(try pipe.read.readToEnd(limit: 1 << 20) == bytes)
    }

    @Test func readToEndStopsSoonAfterTheLimit() throws {
        let fd = try FileDescriptor.open("/dev/zero", O_RDONLY)
        defer { fd.close() }
        let bytes = try fd.readToEnd(limit: 100_000, chunkSize: 4096)
        #expect(bytes.count > 100_000 && bytes.count <= 100_000 + 4096)
    }

    @Test func aReadInterruptedBySignalsIsAskedAgainAndGetsTheData() throws {
        let pipe = try FileDescriptor.pipe()
        defer { pipe.read.close(); pipe.write.close() }
        let reader = pipe.read
        let (result, interrupts) = interrupting(for: 30, release: { try? pipe.write.writeAll([42]) }) {
            Result { () throws(Errno) -> [UInt8] in try reader.read(upTo: 8) }
        }
        #expect(interrupts > 0)
        #expect(try result.get() == [42])
    }

    @Test func aPollInterruptedBySignalsReturnsNothingReadyInsteadOfFailing() throws {
        let pipe = try FileDescriptor.pipe()
        defer { pipe.read.close(); pipe.write.close() }
        let reader = pipe.read
        let (result, interrupts) = interrupting(for: 30, release: { try? pipe.write.writeAll([1]) }) {
            Result { () throws(Errno) -> Int in
                var fds = [Poll.readable(reader)]
                var ready = 0
                var wakeups = 0
                while ready == 0 {
                    ready = try Poll.wait(&fds, timeoutMilliseconds: 10_000)
                    wakeups += 1
                }
                return wakeups
            }
        }
        #expect(interrupts > 0)
        #expect(try result.get() > 1)
    }
}

@Suite struct ProcessControlTests {
    @Test func waitGivesTheChildsExitStatusAndThenECHILD() throws {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", "exit 7"].map { (word: String) in strdup(word) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        #expect(posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0)
        let status = try ProcessControl.wait(for: pid)
        #expect((status >> 8) & 0xff == 7)
        #expect(throws: Errno(ECHILD)) { try ProcessControl.wait(for: pid) }
    }
}
