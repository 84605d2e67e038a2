import Foundation

/// Runs `body(0..<count)` on `count` real threads at once and waits for all of them.
/// Real threads, not tasks: the cooperative pool is only as wide as the CPU count, so
/// blocking clients on it would never actually be concurrent on a 2-core machine.
/// A start barrier releases every thread at the same moment.
func concurrently(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let ready = DispatchSemaphore(value: 0)
    let go = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    for index in 0..<count {
        let thread = Thread {
            ready.signal()
            go.wait()
            body(index)
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    for _ in 0..<count { ready.wait() }
    for _ in 0..<count { go.signal() }
    for _ in 0..<count { done.wait() }
}

/// Results collected from several threads.
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []
    func append(_ value: Value) { lock.withLock { storage.append(value) } }
    var values: [Value] { lock.withLock { storage } }
}
