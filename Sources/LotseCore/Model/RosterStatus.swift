/// Where a roster version stands:
/// `draft ⇄ approved → published → superseded`. Editing an approved draft sends it back
/// to `draft` (it must be approved again); a published version is frozen, and later
/// changes go into a new version that supersedes it when published.
public enum RosterStatus: String, Sendable, Codable, StatusMachine {
    /// Planned or edited; not yet approved.
    case draft
    /// Reviewed by a coordinator; ready to publish.
    case approved
    /// Its entries are appointments; frozen.
    case published
    /// A later version was published in its place.
    case superseded

    /// `roster`.
    public static let subject = "roster"

    /// The allowed single steps.
    public var allowedNext: Set<RosterStatus> {
        switch self {
        case .draft: [.approved]
        case .approved: [.draft, .published]
        case .published: [.superseded]
        case .superseded: []
        }
    }

    /// Whether entries may still change.
    public var isEditable: Bool { self == .draft || self == .approved }
}
