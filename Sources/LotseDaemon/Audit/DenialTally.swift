import Foundation
import LotseStore
import Synchronization

/// Denials coalesced per account and minute, so that an account hammering the daemon
/// with refused calls cannot fill the audit log or hold the single writer.
///
/// Written at once, as before: the first denial of an account in a minute (the attempt is
/// visible immediately), and each denial naming a record (a pseudonym, a referral) that the
/// account has not been denied yet this minute — who tried to reach which client's data is
/// kept entry by entry, like reads — up to `individualRecords` per minute. Every other
/// denial of that account in that minute (a repeat, a method the account's roles do not
/// allow) is only counted here, in memory, and written as one summary entry once the minute
/// is over (`closedSummaries`, called every few seconds by `DenialFlushTimer`, and when
/// the account is denied again in a later minute) or when the daemon stops
/// (`allSummaries`). A role-less account therefore leaves at most two entries per minute
/// however many calls it makes, and the entries plus the summary's count are the exact
/// number of refused calls. The summary's detail begins `+N more denials this minute:`
/// followed by the methods (and records) with their counts. A daemon killed with SIGKILL
/// loses the count of the repeats of its last minute; the journal still has one line per
/// denial.
public final class DenialTally: Sendable {
    /// What is counted for one account in one minute.
    struct Pending {
        var first: AuditEntry
        var last: Date
        var repeats = 0
        /// The first repeat: names the action and record when all repeats share them.
        var sample: AuditEntry?
        /// Subjects (action and record) written individually this minute.
        var written: Set<String> = []
        /// Repeats per action (and record), in order of first appearance.
        var subjects: [String] = []
        var counts: [String: Int] = [:]
    }

    private struct Account: Hashable {
        let uid: UInt32?
        let user: String
    }

    private let pending = Mutex<[Account: (minute: Int64, tally: Pending)]>([:])

    /// At most this many distinct methods or records are named per summary; further ones
    /// are still counted, as "others".
    static let namedSubjects = 16

    /// At most this many denials naming distinct records are written individually per
    /// account and minute; beyond that they are counted in the summary.
    static let individualRecords = 100

    /// Creates an empty tally.
    public init() {}

    /// Records a denial and returns the entries to write now: the denial itself when it is
    /// the account's first in its minute (preceded by the summary of the account's earlier
    /// minute, if one is still pending), nothing when it only adds to the count.
    public func record(_ entry: AuditEntry) -> [AuditEntry] {
        let account = Account(uid: entry.uid, user: entry.user)
        let minute = Self.minute(of: entry.at)
        let subject = [entry.action, entry.recordKind.map { kind in "\(kind) \(entry.recordID ?? "")" }].compactMap { $0 }.joined(separator: " ")
        return pending.withLock { state -> [AuditEntry] in
            if var current = state[account], current.minute == minute {
                if entry.recordID != nil, !current.tally.written.contains(subject),
                   current.tally.written.count < Self.individualRecords {
                    current.tally.written.insert(subject)
                    state[account] = current
                    return [entry]
                }
                current.tally.repeats += 1
                if current.tally.sample == nil { current.tally.sample = entry }
                current.tally.last = max(current.tally.last, entry.at)
                if current.tally.counts[subject] == nil { current.tally.subjects.append(subject) }
                current.tally.counts[subject, default: 0] += 1
                state[account] = current
                return []
            }
            var write: [AuditEntry] = []
            if let earlier = state[account], let summary = Self.summary(earlier.tally) { write.append(summary) }
            state[account] = (minute, Pending(first: entry, last: entry.at, written: [subject]))
            write.append(entry)
            return write
        }
    }

    /// Removes and returns the summaries of every minute before the one `now` falls in.
    public func closedSummaries(now: Date) -> [AuditEntry] {
        let minute = Self.minute(of: now)
        return pending.withLock { state -> [AuditEntry] in
            let closed = state.filter { $0.value.minute < minute }
            for key in closed.keys { state[key] = nil }
            return closed.values.sorted { $0.tally.first.at < $1.tally.first.at }.compactMap { Self.summary($0.tally) }
        }
    }

    /// Removes and returns every pending summary, the current minute's included (at
    /// shutdown).
    public func allSummaries() -> [AuditEntry] {
        pending.withLock { state -> [AuditEntry] in
            let all = state.values.sorted { $0.tally.first.at < $1.tally.first.at }
            state.removeAll()
            return all.compactMap { Self.summary($0.tally) }
        }
    }

    /// The summary entry of a minute with repeats; nil when the first denial was the only one.
    static func summary(_ tally: Pending) -> AuditEntry? {
        guard tally.repeats > 0 else { return nil }
        let named = tally.subjects.prefix(namedSubjects).map { "\($0) ×\(tally.counts[$0] ?? 0)" }
        let others = tally.subjects.dropFirst(namedSubjects).reduce(0) { $0 + (tally.counts[$1] ?? 0) }
        var detail = "+\(tally.repeats) more denials this minute: " + named.joined(separator: ", ")
        if others > 0 { detail += ", others ×\(others)" }
        if detail.count > maxDetailLength { detail = String(detail.prefix(maxDetailLength - 1)) + "…" }
        let first = tally.first
        let sample = tally.subjects.count == 1 ? tally.sample : nil
        return AuditEntry(at: tally.last, uid: first.uid, user: first.user, role: first.role,
                          action: sample?.action ?? "access.denied", recordKind: sample?.recordKind, recordID: sample?.recordID,
                          outcome: .denied, detail: detail)
    }

    /// The audit log's bound on `detail`.
    static let maxDetailLength = 200

    static func minute(of instant: Date) -> Int64 {
        Int64((instant.timeIntervalSince1970 / 60).rounded(.down))
    }
}
