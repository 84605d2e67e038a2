import Glibc

/// Signal delivery through a self-pipe: a C signal handler that only `write`s the signal
/// number to a pipe (async-signal-safe), and a reader that takes the numbers from it in
/// ordinary code.
///
/// Why not `DispatchSource` + `SIG_IGN` (seen on Linux with Swift 6): with many threads, a
/// signal the kernel delivers to a thread other than the one libdispatch watches is
/// simply ignored — SIGTERM got lost in tests. Why not blocking the signals and
/// `sigwait`: the blocked mask is inherited by every child through exec, so sendmail
/// would run with SIGTERM blocked. A caught signal is reset to the default by exec, so
/// children start clean. SIGPIPE is "ignored" the same way: a handler that does nothing
/// makes writes to a closed pipe fail with EPIPE in the daemon, while children get the
/// default SIGPIPE back.
public enum SignalPipe {
    /// The pipe; created once, before any handler is installed.
    static let descriptors: (read: Int32, write: Int32) = {
        guard let pipe = try? FileDescriptor.pipe() else { return (-1, -1) }
        // A full pipe must never block the handler; a lost duplicate signal is harmless.
        try? pipe.write.setNonBlocking()
        return (pipe.read.rawValue, pipe.write.rawValue)
    }()

    /// Installs the handlers: `forwarded` signals are written to the pipe, SIGPIPE gets
    /// a handler that does nothing. Returns false if the pipe could not be created.
    public static func install(forwarding forwarded: [Int32]) -> Bool {
        guard descriptors.read >= 0 else { return false }
        for number in forwarded { setHandler(number, forwardSignal) }
        setHandler(SIGPIPE, ignoreSignal)
        return true
    }

    private static func setHandler(_ number: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, nil)
    }

    /// Blocks until a forwarded signal arrives and returns its number.
    public static func next() -> Int32 {
        // The pipe cannot close while we hold both ends; treat anything else as TERM.
        guard let byte = try? FileDescriptor(rawValue: descriptors.read).read(upTo: 1).first else { return SIGTERM }
        return Int32(byte)
    }
}

/// The handler itself calls `write(2)` directly, not `FileDescriptor`: only
/// async-signal-safe calls belong in a signal handler, and the pipe end is non-blocking, so
/// there is nothing to retry.
private func forwardSignal(_ number: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(SignalPipe.descriptors.write, &byte, 1)
    errno = saved
}

private func ignoreSignal(_ number: Int32) {}

/// A process's signal dispositions and this thread's signal mask, set the one way Lotse
/// sets them (`sigaction`, never `signal`, whose semantics differ between systems).
public enum Signals {
    /// Ignores `signal` in this process (e.g. SIGPIPE in a command writing to a pipe that
    /// may close). Inherited across `exec`: children that must not inherit it are started
    /// with `CleanChild`, which resets every signal.
    public static func ignore(_ signal: Int32) { set(signal, SIG_IGN) }

    /// Gives `signal` its default action again.
    public static func restoreDefault(_ signal: Int32) { set(signal, SIG_DFL) }

    /// Unblocks every signal on the calling thread: threads created after inherit it, so a
    /// daemon calls this first, whatever mask its parent passed on.
    public static func unblockAll() {
        var empty = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, nil)
    }

    /// Blocks `signal` on the calling thread only (e.g. SIGPIPE on a thread that writes to
    /// a child's pipe: the write then fails with EPIPE).
    public static func blockOnThisThread(_ signal: Int32) {
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signal)
        pthread_sigmask(SIG_BLOCK, &only, nil)
    }

    private static func set(_ signal: Int32, _ handler: __sighandler_t?) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }
}
