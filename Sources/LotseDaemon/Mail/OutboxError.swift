import LotseCore
import LotseStore

/// Why a reminder could not be queued or an outbox command refused.
public enum OutboxError: Error, Sendable, Equatable, CustomStringConvertible, StoreErrorConvertible {
    /// The database failed.
    case store(StoreError)
    /// The template could not be rendered.
    case template(MailTemplateError)
    /// No Message-ID could be made.
    case message(MailError)
    /// `retry` of a number that does not exist.
    case notFound(Int64)
    /// `retry` of a row in a state that cannot be retried.
    case notRetryable(id: Int64, state: OutboxState)
    /// `retry` of a reminder that became moot.
    case moot(Int64)

    /// Wraps a store failure.
    public init(storeError: StoreError) { self = .store(storeError) }

    /// One sentence for people, in English.
    public var description: String { text(in: .en) }

    /// The German sentence, for the CLI.
    public var german: String { text(in: .de) }

    /// The sentence in `language`: one case, both languages.
    public func text(in language: MessageLanguage) -> String {
        let l = language
        switch self {
        case .store(let error): return l.pick(de: error.userSentenceDe, en: error.description)
        case .template(let error): return error.text(in: language)
        case .message(let error): return error.text(in: language)
        case .notFound(let id): return l.pick(de: "Im Postausgang gibt es keine Nachricht Nummer \(id).", en: "There is no mail number \(id) in the outbox.")
        case .notRetryable(let id, let state):
            let name = ["pending": "wartend", "sending": "im Versand", "sent": "versendet", "failed": "gescheitert"][state.rawValue] ?? state.rawValue
            return l.pick(de: "Nachricht Nummer \(id) ist \(name) und kann nicht erneut gesendet werden.",
                          en: "Mail number \(id) is \(state.rawValue) and cannot be sent again.")
        case .moot(let id):
            return l.pick(de: "Nachricht Nummer \(id) wird nicht mehr gebraucht (Termin oder Aufgabe ist vorbei oder geändert).",
                          en: "Mail number \(id) is no longer needed (its appointment or task has passed or changed).")
        }
    }
}
