/// Counting refused calls in the audit log: an account's denials within a minute are
/// coalesced by the daemon (the first and each newly named record at once, the rest as one
/// summary entry written when the minute ends or the daemon stops), so the number of
/// refused calls is the number of entries with a summary counting as many as it says.
enum DeniedCalls {
    /// An SQL aggregate over `audit_log` rows giving the number of refused calls.
    static let sum = """
        coalesce(sum(CASE WHEN outcome = 'denied' AND detail GLOB '+[0-9]* more denials this minute:*'
                          THEN CAST(substr(detail, 2) AS INTEGER) WHEN outcome = 'denied' THEN 1 ELSE 0 END), 0)
        """
}
