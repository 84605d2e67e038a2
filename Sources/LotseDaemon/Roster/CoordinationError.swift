import LotseCore
import LotseStore
import LotseVarlink

/// Errors of the coordinator's interfaces (`org.lotse.Specialists`, `.Sessions`,
/// `.Roster`), each becoming a varlink error of the interface that raised it, with a
/// sentence a coordinator understands.
public struct CoordinationError: Error, Sendable {
    /// The error's short name (`NotFound`, `PlacementRefused`, …), without the interface.
    public var name: String
    /// The error's parameters (always with `message`).
    public var parameters: [String: JSONValue]

    /// An error with a message in English and German and extra parameters; every error a
    /// person may read carries both (`message`, `messageDe`), so the CLI never puts an
    /// English detail into a German sentence.
    public init(_ name: String, en: String, de: String, _ extra: [String: JSONValue] = [:]) {
        self.name = name
        var parameters = extra
        parameters["message"] = .string(en)
        parameters["messageDe"] = .string(de)
        self.parameters = parameters
    }

    /// A field of the request is wrong, said in English and German (the CLI shows the
    /// German text when the caller's locale is German).
    public static func invalid(_ field: String, en: String, de: String) -> CoordinationError {
        CoordinationError("InvalidValue", en: en, de: de, ["field": .string(field)])
    }

    /// A value the model refused, as a wrong field in both languages (the field is its
    /// own parameter, so neither sentence repeats it). Worded as the casework interfaces
    /// word the same refusal — a reason after its field, lower-case ("--place: ist leer") —
    /// so that one rule reads alike whichever interface applied it.
    public static func invalid(_ error: ModelError) -> CoordinationError {
        invalid(error.field, en: error.message, de: error.messageDe)
    }

    /// The step is not possible now (frozen roster, nothing to approve, …), said in
    /// English and German.
    public static func state(en: String, de: String) -> CoordinationError {
        CoordinationError("InvalidState", en: en, de: de)
    }

    /// A model refusal that means the step is not possible now, as one sentence each.
    public static func state(_ error: ModelError) -> CoordinationError {
        state(en: sentence(error.message), de: sentence(error.messageDe))
    }

    /// A refused status change, as one sentence each.
    public static func state(_ error: TransitionError) -> CoordinationError {
        state(en: sentence(error.description), de: sentence(error.germanDescription))
    }

    /// A record does not exist (worded as every interface words it).
    public static func notFound(_ record: String, _ id: String) -> CoordinationError {
        let (english, german) = RecordNotFound.sentences(record, id)
        return CoordinationError("NotFound", en: english, de: german, ["record": .string(record), "id": .string(id)])
    }

    /// A manual placement breaks a hard constraint; `constraint` names it.
    public static func refused(_ constraint: String, en: String, de: String) -> CoordinationError {
        CoordinationError("PlacementRefused", en: en, de: de, ["constraint": .string(constraint)])
    }

    /// The store or the daemon failed inside; `en`/`de` say what was being done, `detail`
    /// is the cause, in each language as far as it has a wording of its own (a store
    /// failure, a model refusal, an outbox failure); any other cause is named in English
    /// only, and the German sentence points to the daemon's log instead.
    public static func internalFailure(en: String, de: String, _ detail: any Error) -> CoordinationError {
        let (english, german): (String, String)
        switch detail {
        case let error as StoreError: (english, german) = (error.userSentence, error.userSentenceDe)
        case let error as ModelError: (english, german) = (error.description, "\(error.messageDe) (\(error.field))")
        case let error as OutboxError: (english, german) = (error.description, error.german)
        default: (english, german) = (String(describing: detail), "Einzelheiten stehen im Protokoll des Dienstes")
        }
        return CoordinationError("DatabaseError", en: "\(en): \(english)", de: "\(de): \(german)")
    }

    /// A store failure; validation failures of the store become `InvalidValue`.
    public static func store(_ error: StoreError) -> CoordinationError {
        switch error.kind {
        case .invalidValue(let field): return invalid(field, en: error.message, de: error.messageDe ?? error.message)
        case .notFound(let record, let id): return notFound(record, id)
        default: return CoordinationError("DatabaseError", en: error.userSentence, de: error.userSentenceDe)
        }
    }

    /// `text` with a capital first letter and a full stop.
    static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    /// The varlink error for `interface` (`org.lotse.Roster`).
    public func varlink(_ interface: String) -> VarlinkError {
        VarlinkError("\(interface).\(name)", parameters: parameters)
    }
}

extension CoordinationError: StoreErrorConvertible {
    /// Lets store calls throw straight into coordination code.
    public init(storeError: StoreError) { self = .store(storeError) }
}

extension CoordinationError {
    /// Runs `body`, turning a store failure or any other error into a coordination error
    /// (so transaction bodies can mix store calls and refusals freely).
    static func catching<T>(_ body: () throws -> T) throws(CoordinationError) -> T {
        do {
            return try body()
        } catch let error as CoordinationError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw CoordinationError.internalFailure(en: "The database failed", de: "Die Datenbank meldet einen Fehler", error)
        }
    }
}

extension Database {
    /// A write transaction whose body may throw store errors and coordination errors alike;
    /// anything thrown rolls the transaction back.
    func writing<T: Sendable>(_ body: (Connection) throws -> T) throws(CoordinationError) -> T {
        try write { (db: Connection) throws(CoordinationError) -> T in try CoordinationError.catching { try body(db) } }
    }

    /// A read transaction, as `writing`.
    func reading<T: Sendable>(_ body: (Connection) throws -> T) throws(CoordinationError) -> T {
        try read { (db: Connection) throws(CoordinationError) -> T in try CoordinationError.catching { try body(db) } }
    }
}
