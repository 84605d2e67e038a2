/// A count with its English noun in the right number: "1 step", "2 steps", "0 steps".
///
/// The audit log's remarks and the daemon's log lines are English for every reader (the
/// administrator reads them with `sqlite3` and `journalctl`); they still should not read
/// like a form letter ("1 session(s)"). The nouns they count all take a plain "s".
public enum EnglishCount {
    /// `count` followed by `noun`, with "s" unless the count is exactly one.
    public static func of<N: BinaryInteger>(_ count: N, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
