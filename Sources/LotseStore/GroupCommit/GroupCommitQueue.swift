import CSQLite
import Synchronization

/// Group commit: writers that arrive while a transaction is being committed wait, and the
/// next leader runs all of them in one `BEGIN IMMEDIATE … COMMIT`, each in its own
/// savepoint, so one fsync makes many writes durable.
///
/// A write that throws rolls back only its savepoint; the others commit. If the commit
/// fails, or SQLite abandons the whole transaction (disk full, I/O error), every write of
/// the batch that had succeeded gets that error, so no caller is ever told "saved" for a
/// change that is not on disk. Each leader runs exactly one batch and hands over, so no
/// caller waits behind an endless stream of others.
final class GroupCommitQueue: Sendable {
    private struct State {
        var pending: [QueuedWrite] = []
        var leaderActive = false
    }

    /// The most writes one transaction takes, to bound the time a batch holds the lock.
    static let batchLimit = 64

    private let state = Mutex(State())

    /// Queues `job` and returns once it has run and its batch has committed (or failed).
    /// `runBatch` runs a batch on the writer connection.
    func submit(_ job: QueuedWrite, runBatch: ([QueuedWrite]) -> Void) {
        let leads = state.withLock { state -> Bool in
            state.pending.append(job)
            if state.leaderActive { return false }
            state.leaderActive = true
            return true
        }
        if !leads, job.wait() == .done { return }
        let batch = state.withLock { state -> [QueuedWrite] in
            let taken = Array(state.pending.prefix(Self.batchLimit))
            state.pending.removeFirst(taken.count)
            return taken
        }
        runBatch(batch)
        state.withLock { state in
            if let next = state.pending.first {
                next.wake(.lead)
            } else {
                state.leaderActive = false
            }
        }
        for other in batch where other !== job { other.wake(.done) }
    }

    /// Runs one batch in a shared transaction on `connection` (nil when closed).
    static func runBatch(_ jobs: [QueuedWrite], on connection: Connection?, closedError: StoreError) {
        guard let connection else {
            for job in jobs { job.fail(closedError) }
            return
        }
        do {
            try connection.execute("BEGIN IMMEDIATE")
        } catch {
            for job in jobs { job.fail(error) }
            return
        }
        // A lone writer pays nothing for batching: no savepoint, and its failure simply
        // rolls back the transaction that holds nothing else.
        if jobs.count == 1, let job = jobs.first {
            guard job.run(connection, alone: true) else {
                if connection.isInTransaction { try? connection.execute("ROLLBACK") }
                return
            }
            do {
                try connection.execute("COMMIT")
            } catch {
                if connection.isInTransaction { try? connection.execute("ROLLBACK") }
                job.fail(error)
            }
            return
        }
        var succeeded: [QueuedWrite] = []
        for (index, job) in jobs.enumerated() {
            if job.run(connection, alone: false) { succeeded.append(job) }
            if !connection.isInTransaction {
                let lost = StoreError(kind: .sqlite, resultCode: SQLITE_ABORT,
                                      message: "SQLite rolled back the shared write transaction after an error in another write; nothing of this write was saved.")
                for done in succeeded { done.fail(lost) }
                for waiting in jobs[(index + 1)...] { waiting.fail(lost) }
                return
            }
        }
        do {
            try connection.execute("COMMIT")
        } catch {
            if connection.isInTransaction { try? connection.execute("ROLLBACK") }
            for done in succeeded { done.fail(error) }
        }
    }
}
