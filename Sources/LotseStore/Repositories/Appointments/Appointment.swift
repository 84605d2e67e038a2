import Foundation
import LotseCore

/// A booked slot for a referral, made when a roster is published (or a slot refilled), and
/// what happened at it. Attendance is recorded by a person, never automatically: an
/// appointment in the past without attendance is "unresolved" until someone records it.
public struct Appointment: Sendable, Equatable {
    /// The stored id.
    public var id: Int64
    /// The referral booked.
    public var referral: ReferralID
    /// The slot booked.
    public var slot: SlotID
    /// The roster version that booked it, if it came from one.
    public var roster: RosterID?
    /// What happened, once recorded.
    public var attendance: Attendance?
    /// Who recorded the attendance.
    public var attendanceBy: UserName?
    /// When the attendance was recorded.
    public var attendanceAt: Date?
    /// When the appointment was made.
    public var createdAt: Date
    /// Why it was cancelled, when someone cancelled it with a reason.
    public var cancelReason: String?
}
