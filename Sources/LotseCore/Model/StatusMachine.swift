/// A status whose changes follow a fixed table. Model types keep their status private to
/// their own methods and change it only through `transition(to:)`, so an illegal change is
/// an error value the caller must handle — never a crash, never a silent write.
public protocol StatusMachine: Hashable, Sendable, CaseIterable, RawRepresentable where RawValue == String {
    /// What the status belongs to, for messages (`referral`, `reminder`).
    static var subject: String { get }
    /// The statuses reachable from this one in a single step.
    var allowedNext: Set<Self> { get }
}

extension StatusMachine {
    /// Whether a single step to `next` is allowed.
    public func canTransition(to next: Self) -> Bool { allowedNext.contains(next) }

    /// The new status, or the error naming the refused step.
    public func transition(to next: Self) -> Result<Self, TransitionError> {
        canTransition(to: next)
            ? .success(next)
            : .failure(TransitionError(subject: Self.subject, from: rawValue, to: next.rawValue))
    }

    /// True when nothing can follow (e.g. closed, withdrawn, sent).
    public var isFinal: Bool { allowedNext.isEmpty }
}

/// A refused status change: which thing, from where, to where.
public struct TransitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the status belongs to (`referral`).
    public let subject: String
    /// The current status.
    public let from: String
    /// The status that was asked for.
    public let to: String

    /// Creates the error; made by `StatusMachine.transition(to:)`.
    public init(subject: String, from: String, to: String) {
        self.subject = subject
        self.from = from
        self.to = to
    }

    /// `a referral that is withdrawn cannot become scheduled`.
    public var description: String {
        "a \(subject) that is \(from) cannot become \(to)"
    }

    /// The same in German, the statuses as their codes
    /// (`eine Anmeldung im Status „withdrawn“ kann nicht zu „scheduled“ wechseln`).
    public var germanDescription: String {
        let noun = Self.germanSubjects[subject] ?? "ein Eintrag (\(subject))"
        return "\(noun) im Status „\(from)“ kann nicht zu „\(to)“ wechseln"
    }

    /// The subject in both languages.
    public func message(in language: MessageLanguage) -> String { language.pick(de: germanDescription, en: description) }

    /// The German subjects with their indefinite article, in the glossary's terms.
    static let germanSubjects = [
        "referral": "eine Anmeldung", "goal": "ein Ziel", "roster": "ein Terminplan", "follow-up step": "ein Folgeschritt",
        "client": "eine Klient:in", "session": "eine Sprechstunde", "reminder": "eine Erinnerung",
    ]
}

extension ModelError {
    /// A refused status change as a refusal of `field`, in both languages.
    public init(field: String, _ transition: TransitionError) {
        self.init(field: field, en: transition.description, de: transition.germanDescription)
    }
}
