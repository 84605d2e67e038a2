import Glibc

/// CLOCK_MONOTONIC readings: timeouts and uptimes must not jump when the wall clock is set.
public enum MonotonicClock {
    /// Milliseconds since an arbitrary fixed point.
    public static func milliseconds() -> Int64 { microseconds() / 1000 }

    /// Microseconds since an arbitrary fixed point (the unit of systemd's `MONOTONIC_USEC`).
    public static func microseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000
    }
}
