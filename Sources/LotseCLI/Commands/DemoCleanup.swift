import Dispatch
import Foundation
import LotseSystem
import Synchronization

/// Makes sure an interrupted `lotse demo` leaves nothing behind: on SIGINT, SIGTERM or
/// SIGHUP the private daemon is stopped and the temporary directory removed (unless
/// `--keep`), and a closed standard output (`lotse demo | head`) no longer kills the demo
/// half-way (SIGPIPE is ignored; the rest of the output is dropped).
final class DemoCleanup {
    private let state: DemoInterruptState
    private var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers for `directory` (nil: keep it).
    init(directory: String?) {
        let state = DemoInterruptState(directory: directory)
        self.state = state
        Signals.ignore(SIGPIPE)
        let queue = DispatchQueue(label: "lotse.demo.signals")
        for number in [SIGINT, SIGTERM, SIGHUP] {
            Signals.ignore(number)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { state.interrupted(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The private daemon's pid, once started.
    func daemonStarted(_ pid: pid_t) { state.daemonStarted(pid) }

    /// Undoes the handlers after a normal end.
    func finish() {
        for source in sources { source.cancel() }
        sources = []
        for number in [SIGINT, SIGTERM, SIGHUP] { Signals.restoreDefault(number) }
    }
}

/// What the signal handler needs: the daemon to stop and the directory to remove.
final class DemoInterruptState: Sendable {
    private let state: Mutex<(daemon: pid_t, directory: String?)>

    init(directory: String?) { state = Mutex((0, directory)) }

    func daemonStarted(_ pid: pid_t) { state.withLock { $0.daemon = pid } }

    /// Stops the daemon, removes the directory and ends the process as the signal would.
    func interrupted(_ number: Int32) {
        let (daemon, directory) = state.withLock { ($0.daemon, $0.directory) }
        if daemon > 0 {
            try? ProcessControl.send(SIGTERM, to: daemon)
            for _ in 0..<200 where !ProcessControl.hasEnded(daemon) { Pause.milliseconds(10) }
            try? ProcessControl.send(SIGKILL, to: daemon)
        }
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
        let note = "\nlotse demo: interrupted; the private daemon is stopped" + (directory == nil ? ".\n" : " and its directory removed.\n")
        try? FileDescriptor.standardError.writeAll(Array(note.utf8))
        ThisProcess.exitImmediately(128 + number)
    }
}
