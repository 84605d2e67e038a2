import Foundation
import LotseCore

/// One appointment as a specialist's list shows it: when and where, whose session, what
/// happened, and whether its assessment is recorded. The referral itself (pseudonym,
/// language, interpreter, kind, the caseworker's note, the screening result) is read
/// through `ReferralRepository`, so this row carries only what the roster tables hold.
public struct AgendaEntry: Sendable, Equatable {
    /// The appointment.
    public var appointment: Int64
    /// The referral booked.
    public var referral: ReferralID
    /// The slot booked.
    public var slot: SlotID
    /// The session's day.
    public var date: CalendarDate
    /// The slot's start, `HH:MM` (Europe/Berlin).
    public var time: String
    /// The slot's length.
    public var minutes: Int
    /// Where.
    public var place: String
    /// Whether the session was cancelled.
    public var sessionCancelled: Bool
    /// The session's specialist.
    public var specialist: SpecialistID
    /// Their name, for coordinators' lists.
    public var specialistName: String
    /// Their Unix account: the scope rule compares it with the caller.
    public var specialistUser: String
    /// The coordinator who published the roster that booked it, if any (default owner of
    /// a coordinator's follow-up step).
    public var publishedBy: String?
    /// What happened, once recorded.
    public var attendance: Attendance?
    /// The assessment recorded for the referral, if any.
    public var assessment: AssessmentID?
}
