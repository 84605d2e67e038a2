import Foundation

/// The switch for the daemon's test hooks: `org.lotse.Testing`, the fixed caseworker
/// clock (`LOTSE_TEST_NOW`), the fast purge timer (`LOTSE_TEST_PURGE_SECONDS`) and the
/// short busy timeout (`LOTSE_TEST_BUSY_MILLISECONDS`).
///
/// They exist only in debug builds, which the test suite runs: a release build (what
/// `build-deb` packages, `swift build -c release`) compiles them out — neither the
/// interface nor the variables' names are in its binary (`check-deb` looks) — so no
/// environment, not a unit's `Environment=` nor an operator's shell, can give a
/// production daemon a false clock or an interface every role may call. In a debug build
/// they still need `LOTSE_TEST_INTERFACES=1`, which the end-to-end harness sets.
public enum TestHooks {
    /// Whether this build has the hooks at all.
    public static var compiledIn: Bool {
        #if DEBUG
        return true
        #else
        return false
        #endif
    }

    /// Whether the hooks are on: a debug build with `LOTSE_TEST_INTERFACES=1`.
    public static func enabled(_ environment: [String: String]) -> Bool {
        #if DEBUG
        return environment["LOTSE_TEST_INTERFACES"] == "1"
        #else
        return false
        #endif
    }

    /// How long the daemon's connections wait for another process's lock on the database
    /// (`LOTSE_TEST_BUSY_MILLISECONDS`, 1 to 5000), so that a test holding the lock sees
    /// every write fail as busy without waiting the real timeout; nil: the store's default.
    public static func busyTimeoutMilliseconds(_ environment: [String: String]) -> Int32? {
        #if DEBUG
        guard enabled(environment), let text = environment["LOTSE_TEST_BUSY_MILLISECONDS"],
              let milliseconds = Int32(text), (1...5_000).contains(milliseconds) else { return nil }
        return milliseconds
        #else
        return nil
        #endif
    }
}
