/// Where a follow-up step stands: `open → done | dropped`, and a done or dropped step
/// may be reopened.
public enum FollowUpStepStatus: String, Sendable, Codable, StatusMachine {
    /// To do.
    case open
    /// Done.
    case done
    /// No longer needed.
    case dropped

    /// `follow-up step`.
    public static let subject = "follow-up step"

    /// The allowed single steps.
    public var allowedNext: Set<FollowUpStepStatus> {
        switch self {
        case .open: [.done, .dropped]
        case .done, .dropped: [.open]
        }
    }
}

/// Who is responsible for a follow-up step: a role and the user holding it.
public struct StepOwner: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Caseworker, specialist or coordinator (an admin owns no steps).
    public let role: Role
    /// The responsible user.
    public let user: UserName

    /// Refuses the admin role: steps are casework.
    public static func make(role: Role, user: UserName) -> Result<StepOwner, ModelError> {
        guard role != .admin else { return .failure(ModelError(field: "owner", en: "an admin cannot own a follow-up step",
                                                                            de: "die Administration kann keinen Folgeschritt übernehmen")) }
        return .success(StepOwner(role: role, user: user))
    }

    /// An owner as it was stored, for the storage layer only (`make` refused the admin
    /// role when the step was written; the schema keeps it out).
    public static func restored(role: Role, user: UserName) -> StepOwner { StepOwner(role: role, user: user) }

    private init(role: Role, user: UserName) {
        self.role = role
        self.user = user
    }

    /// `user (role)`.
    public var description: String { "\(user) (\(role.rawValue))" }
}

/// A follow-up step recorded with an assessment: what, who, by when.
public struct FollowUpStep: Sendable, Equatable, Codable {
    /// Database id.
    public let id: FollowUpStepID
    /// The client it concerns.
    public let client: ClientID?
    /// What to do (1…300 characters).
    public let description: String
    /// Who does it.
    public private(set) var owner: StepOwner
    /// By when.
    public let dueOn: CalendarDate
    /// Open, done or dropped.
    public private(set) var status: FollowUpStepStatus

    /// Longest description.
    public static let maxDescriptionLength = 300

    /// A new open step; the due date may not be before the appointment it follows.
    public static func make(id: FollowUpStepID, client: ClientID?, description: String, owner: StepOwner, dueOn: CalendarDate,
                            appointmentDate: CalendarDate) -> Result<FollowUpStep, ModelError> {
        if dueOn < appointmentDate {
            return .failure(ModelError(field: "due date", en: "\(dueOn.displayText) is before the appointment on \(appointmentDate.displayText)",
                                       de: "\(dueOn.displayText) liegt vor dem Termin am \(appointmentDate.displayText)"))
        }
        return TextRule.check(description, field: "description", max: maxDescriptionLength, oneLine: true).map {
            FollowUpStep(id: id, client: client, description: $0, owner: owner, dueOn: dueOn, status: .open)
        }
    }

    /// A step as it was stored, for the storage layer only: `make` checked it and every
    /// status change was a checked transition, so the stored state is taken as it is.
    public static func restored(id: FollowUpStepID, client: ClientID?, description: String, owner: StepOwner, dueOn: CalendarDate,
                                status: FollowUpStepStatus) -> FollowUpStep {
        FollowUpStep(id: id, client: client, description: description, owner: owner, dueOn: dueOn, status: status)
    }

    private init(id: FollowUpStepID, client: ClientID?, description: String, owner: StepOwner, dueOn: CalendarDate, status: FollowUpStepStatus) {
        self.id = id
        self.client = client
        self.description = description
        self.owner = owner
        self.dueOn = dueOn
        self.status = status
    }

    /// Open and past its due date on `date`: flagged and reminded.
    public func isOverdue(on date: CalendarDate) -> Bool { status == .open && dueOn < date }

    /// Marks the step done.
    public mutating func markDone() -> Result<Void, TransitionError> { step(to: .done) }

    /// Drops the step as no longer needed.
    public mutating func drop() -> Result<Void, TransitionError> { step(to: .dropped) }

    /// Reopens a done or dropped step.
    public mutating func reopen() -> Result<Void, TransitionError> { step(to: .open) }

    /// Hands an open step to someone else.
    public mutating func reassign(to newOwner: StepOwner) -> Result<Void, ModelError> {
        guard status == .open else { return .failure(ModelError(field: "step", en: "step \(id) is \(status.name(in: .en)); only an open step can be reassigned",
                                                                                 de: "Folgeschritt \(id) ist „\(status.name(in: .de))“; nur ein offener Folgeschritt kann übergeben werden")) }
        guard newOwner != owner else { return .failure(ModelError(field: "owner", en: "step \(id) already belongs to \(owner)", de: "Folgeschritt \(id) gehört schon \(owner)")) }
        owner = newOwner
        return .success(())
    }

    private mutating func step(to next: FollowUpStepStatus) -> Result<Void, TransitionError> {
        status.transition(to: next).map { status = $0 }
    }
}
