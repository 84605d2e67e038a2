import Foundation
import LotseCore

/// One stored screening: the item answers and the scored result (health data), with who
/// recorded it and when. Kept apart from referrals so that only the roles allowed to see
/// health data ever read it.
public struct ScreeningRecord: Sendable, Equatable {
    /// The stored id, which a referral points at.
    public var id: Int64
    /// The client screened.
    public var client: ClientID
    /// The answers in item order (numbers only; instrument wording is never stored).
    public var answers: [Int]
    /// Whether the acute-risk questions were answered yes.
    public var acuteRisk: Bool
    /// The scored result (instrument, score, band, urgency).
    public var result: ScreeningResult
    /// The day of the screening.
    public var screenedOn: CalendarDate
    /// Who recorded it.
    public var recordedBy: UserName
    /// When it was recorded.
    public var recordedAt: Date

    /// Creates a record; `id` is assigned by `ScreeningRepository.record`.
    public init(id: Int64, client: ClientID, answers: [Int], acuteRisk: Bool, result: ScreeningResult,
                screenedOn: CalendarDate, recordedBy: UserName, recordedAt: Date) {
        self.id = id
        self.client = client
        self.answers = answers
        self.acuteRisk = acuteRisk
        self.result = result
        self.screenedOn = screenedOn
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
