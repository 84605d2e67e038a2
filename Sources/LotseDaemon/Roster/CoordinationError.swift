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

    /// An error with a message and extra parameters.
    public init(_ name: String, _ message: String, _ extra: [String: JSONValue] = [:]) {
        self.name = name
        var parameters = extra
        parameters["message"] = .string(message)
        self.parameters = parameters
    }

    /// A field of the request is wrong.
    public static func invalid(_ field: String, _ message: String) -> CoordinationError {
        CoordinationError("InvalidInput", message, ["field": .string(field)])
    }

    /// A field of the request is wrong, said in English and German (the CLI shows the
    /// German text when the caller's locale is German).
    public static func invalid(_ field: String, en: String, de: String) -> CoordinationError {
        CoordinationError("InvalidInput", en, ["field": .string(field), "messageDe": .string(de)])
    }

    /// The step is not possible now, said in English and German.
    public static func state(en: String, de: String) -> CoordinationError {
        CoordinationError("InvalidState", en, ["messageDe": .string(de)])
    }

    /// A record does not exist.
    public static func notFound(_ record: String, _ id: String) -> CoordinationError {
        CoordinationError("NotFound", "There is no \(record) \(id).", ["record": .string(record), "id": .string(id)])
    }

    /// The step is not allowed in the current state (frozen roster, nothing to approve, …).
    public static func state(_ message: String) -> CoordinationError {
        CoordinationError("InvalidState", message)
    }

    /// A manual placement breaks a hard constraint; `constraint` names it.
    public static func refused(_ constraint: String, _ message: String) -> CoordinationError {
        CoordinationError("PlacementRefused", message, ["constraint": .string(constraint)])
    }

    /// A store failure; validation failures of the store become `InvalidInput`.
    public static func store(_ error: StoreError) -> CoordinationError {
        switch error.kind {
        case .invalidValue(let field): return invalid(field, error.message)
        case .notFound(let record, let id): return notFound(record, id)
        default: return CoordinationError("DatabaseError", error.message)
        }
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
            throw CoordinationError("DatabaseError", "\(error)")
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
