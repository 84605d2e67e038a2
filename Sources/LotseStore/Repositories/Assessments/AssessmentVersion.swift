import Foundation
import LotseCore

/// One version of an assessment as it was written: the note and recommendations (health
/// data, read only by the roles that may read the note), the steps it linked, who wrote
/// it, when, and for an amendment why. The version in force lives in `assessments`; each
/// version an amendment replaced is kept in `assessment_versions`.
public struct AssessmentVersion: Sendable, Equatable {
    /// 1 for the recording, 2, 3, … for amendments.
    public let number: Int
    /// The note of that version.
    public let note: String
    /// Its recommendations.
    public let recommendations: [Recommendation]
    /// The steps it linked.
    public let steps: [FollowUpStepID]
    /// Who wrote it (the specialist).
    public let writtenBy: UserName
    /// When.
    public let writtenAt: Date
    /// Why it was amended (nil for the recording).
    public let reason: String?

    /// Creates a version record.
    public init(number: Int, note: String, recommendations: [Recommendation], steps: [FollowUpStepID],
                writtenBy: UserName, writtenAt: Date, reason: String?) {
        self.number = number
        self.note = note
        self.recommendations = recommendations
        self.steps = steps
        self.writtenBy = writtenBy
        self.writtenAt = writtenAt
        self.reason = reason
    }
}
