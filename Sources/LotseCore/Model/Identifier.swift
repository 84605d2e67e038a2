/// A typed database id (`ReferralID`, `SessionID`, …): an `Int64` as SQLite's rowid, with a
/// phantom tag so that a session's id can never be passed where a referral's is meant.
public struct Identifier<Tag>: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The row id.
    public let rawValue: Int64

    /// Wraps a row id.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    /// The number, as shown to people (`42`).
    public var description: String { String(rawValue) }

    /// Numeric order, which is creation order.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a JSON number.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes as a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Id of a `Referral`.
public typealias ReferralID = Identifier<Referral>
/// Id of a `Specialist`.
public typealias SpecialistID = Identifier<Specialist>
/// Id of a `Session`.
public typealias SessionID = Identifier<Session>
/// Id of a `Roster` version.
public typealias RosterID = Identifier<Roster>
/// Id of an `Assessment`.
public typealias AssessmentID = Identifier<Assessment>
/// Id of a `FollowUpStep`.
public typealias FollowUpStepID = Identifier<FollowUpStep>
/// Id of a help-plan `Goal` (stable across versions of the plan).
public typealias GoalID = Identifier<Goal>
/// Id of a stored `Screening`.
public typealias ScreeningID = Identifier<Screening>
