/// A status whose changes follow a fixed table. Model types keep their status private to
/// their own methods and change it only through `transition(to:)`, so an illegal change is
/// an error value the caller must handle — never a crash, never a silent write.
public protocol StatusMachine: Hashable, Sendable, CaseIterable, RawRepresentable where RawValue == String {
    /// What the status belongs to, for messages (`referral`, `reminder`).
    static var subject: String { get }
    /// The statuses reachable from this one in a single step.
    var allowedNext: Set<Self> { get }
    /// The status in words of the glossary (`erreicht`, `reached`): a refusal names it so,
    /// never by its code.
    func name(in language: MessageLanguage) -> String
}

extension StatusMachine {
    /// Whether a single step to `next` is allowed.
    public func canTransition(to next: Self) -> Bool { allowedNext.contains(next) }

    /// The new status, or the error naming the refused step.
    public func transition(to next: Self) -> Result<Self, TransitionError> {
        canTransition(to: next)
            ? .success(next)
            : .failure(TransitionError(from: self, to: next))
    }

    /// True when nothing can follow (e.g. closed, withdrawn, sent).
    public var isFinal: Bool { allowedNext.isEmpty }
}

/// A refused status change: which thing, from where, to where (codes, and the statuses
/// in words for the sentences people read).
public struct TransitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the status belongs to (`referral`).
    public let subject: String
    /// The current status.
    public let from: String
    /// The status that was asked for.
    public let to: String

    /// The two statuses in German and in English words.
    let words: (fromDe: String, toDe: String, fromEn: String, toEn: String)

    /// Creates the error from codes alone (the words are then the codes).
    public init(subject: String, from: String, to: String) {
        self.subject = subject
        self.from = from
        self.to = to
        words = (from, to, from, to)
    }

    /// The refused step from `from` to `to`, with both statuses in words; made by
    /// `StatusMachine.transition(to:)`.
    public init<Status: StatusMachine>(from: Status, to: Status) {
        subject = Status.subject
        self.from = from.rawValue
        self.to = to.rawValue
        words = (from.name(in: .de), to.name(in: .de), from.name(in: .en), to.name(in: .en))
    }

    /// Equal when thing and codes are equal (the words follow from them).
    public static func == (a: TransitionError, b: TransitionError) -> Bool {
        a.subject == b.subject && a.from == b.from && a.to == b.to
    }

    /// `a referral that is withdrawn cannot become scheduled`.
    public var description: String {
        "a \(subject) that is \(words.fromEn) cannot become \(words.toEn)"
    }

    /// The same in German, the statuses in words
    /// (`eine Anmeldung im Status „zurückgezogen“ kann nicht zu „terminiert“ wechseln`).
    public var germanDescription: String {
        let noun = Self.germanSubjects[subject] ?? "ein Eintrag (\(subject))"
        return "\(noun) im Status „\(words.fromDe)“ kann nicht zu „\(words.toDe)“ wechseln"
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
