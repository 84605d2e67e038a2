import Dispatch

/// Why a waiting writer was woken.
enum GroupCommitWake {
    /// Its write ran in a batch; the outcome is set.
    case done
    /// It is the next leader: it runs the next batch (which holds its own write).
    case lead
}

/// One caller's write waiting to run in a shared transaction.
///
/// `@unchecked Sendable`: the caller's closure is not `Sendable`, but the caller is
/// blocked in `wait()` from the moment the write is queued until it is woken, and the
/// queue's lock and the semaphore order every access, so the closure and the outcome are
/// only ever touched by one thread at a time.
class QueuedWrite: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var reason = GroupCommitWake.done

    /// Runs the write in the open transaction; true when it succeeded (its changes are
    /// part of the transaction). In a savepoint when it shares the transaction (`alone`
    /// false), so that its failure undoes only its own changes; directly when it is the
    /// batch's only write, because then a failure rolls back the whole transaction and
    /// the savepoint (two statements and a statement journal) would buy nothing.
    func run(_ connection: Connection, alone: Bool) -> Bool { false }

    /// Replaces the outcome by a failure of the shared transaction.
    func fail(_ error: StoreError) {}

    /// Wakes the waiting caller.
    func wake(_ reason: GroupCommitWake) {
        self.reason = reason
        semaphore.signal()
    }

    /// Blocks until woken.
    func wait() -> GroupCommitWake {
        semaphore.wait()
        return reason
    }
}

/// A queued write with its typed result.
final class WriteJob<T: Sendable, E: StoreErrorConvertible>: QueuedWrite, @unchecked Sendable {
    /// The caller's closure, dropped as soon as it ran (or can no longer run): the caller
    /// lent it with `withoutActuallyEscaping`, so no reference may outlive its call.
    private var body: ((Connection) throws(E) -> T)?
    /// The outcome, once the write ran (or the transaction failed).
    private(set) var outcome: Result<T, E>?

    init(_ body: @escaping (Connection) throws(E) -> T) {
        self.body = body
    }

    override func run(_ connection: Connection, alone: Bool) -> Bool {
        guard let body else { return false }
        self.body = nil
        do throws(E) {
            outcome = .success(alone ? try body(connection) : try connection.inSavepoint(body))
            return true
        } catch {
            outcome = .failure(error)
            return false
        }
    }

    override func fail(_ error: StoreError) {
        body = nil
        outcome = .failure(E(storeError: error))
    }
}
