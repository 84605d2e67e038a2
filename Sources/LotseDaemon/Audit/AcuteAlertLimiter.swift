import Foundation
import LotseCore
import Synchronization

/// Keeps acute-risk alerts from being buried or abused without ever holding back a
/// genuine first alert (issue 14: one caseworker queued 44 alerts for made-up pseudonyms
/// in one sitting).
///
/// - A repeat by the same account for the same pseudonym within `[emergency]
///   alert_repeat_minutes` of the alert that went out is coalesced: counted (the reply and
///   the audit say which report it was), no second mail.
/// - One account may raise at most `[emergency] alerts_per_hour` alerts within an hour
///   for pseudonyms that are not its own clients (mistyped, unknown or another
///   caseworker's); beyond that the report is refused with a clear error and the emergency
///   route, never silently dropped.
/// - The first alert for one's own client always goes out; the cap does not count it.
///
/// Kept in memory, like the client-creation limit: a restart forgets the windows, which
/// can only let one more alert out, never hold one back.
public final class AcuteAlertLimiter: Sendable {
    /// What happens with one acute-risk report.
    public enum Decision: Sendable, Equatable {
        /// A new alert goes out to the coordinators.
        case send
        /// A repeat within the window of the alert sent at `firstAt`; this report is the
        /// `reports`-th counted for it (the first one included).
        case coalesced(firstAt: Date, reports: Int)
        /// The account reached `limit` alerts for pseudonyms not its own within the last
        /// hour; another is possible after `retryAfter` seconds.
        case refused(limit: Int, retryAfter: Int)
    }

    private struct Key: Hashable {
        var uid: UInt32
        var subject: String
    }

    private struct Alert {
        var firstAt: Date
        var reports: Int
    }

    private struct State {
        var alerts: [Key: Alert] = [:]
        var foreign: [UInt32: [Date]] = [:]
    }

    private let state = Mutex(State())

    /// The window of the per-account cap.
    static let hour: TimeInterval = 3600

    /// Creates an empty record.
    public init() {}

    /// Decides about one report by `uid` about `subject` (the pseudonym as given; the
    /// same text always names the same subject). `ownClient`: the subject is one of the
    /// caller's clients. Counts the report unless it is refused.
    public func decide(uid: UInt32, subject: String, ownClient: Bool, now: Date,
                       settings: EmergencySettings) -> Decision {
        let window = TimeInterval(settings.alertRepeatMinutes) * 60
        let key = Key(uid: uid, subject: subject)
        return state.withLock { state -> Decision in
            state.alerts = state.alerts.filter { now.timeIntervalSince($0.value.firstAt) < window }
            if var alert = state.alerts[key] {
                alert.reports += 1
                state.alerts[key] = alert
                return .coalesced(firstAt: alert.firstAt, reports: alert.reports)
            }
            if !ownClient {
                let recent = (state.foreign[uid] ?? []).filter { now.timeIntervalSince($0) < Self.hour }
                state.foreign[uid] = recent.isEmpty ? nil : recent
                if recent.count >= settings.alertsPerHour, let oldest = recent.first {
                    return .refused(limit: settings.alertsPerHour,
                                    retryAfter: max(1, Int((Self.hour - now.timeIntervalSince(oldest)).rounded(.up))))
                }
                state.foreign[uid] = recent + [now]
            }
            state.alerts[key] = Alert(firstAt: now, reports: 1)
            return .send
        }
    }

    /// Takes back what `decide` counted for a report whose transaction then failed, so
    /// that a report nobody heard of neither coalesces a later one nor uses up the cap.
    public func undo(_ decision: Decision, uid: UInt32, subject: String, ownClient: Bool, now: Date) {
        let key = Key(uid: uid, subject: subject)
        state.withLock { state in
            switch decision {
            case .send:
                if state.alerts[key]?.firstAt == now { state.alerts[key] = nil }
                if !ownClient, let index = state.foreign[uid]?.lastIndex(of: now) { state.foreign[uid]?.remove(at: index) }
            case .coalesced:
                if let alert = state.alerts[key], alert.reports > 1 { state.alerts[key]?.reports = alert.reports - 1 }
            case .refused:
                break
            }
        }
    }
}
