import CSQLite
import LotseCore

/// Every failure of the store, with enough context to act on it without a debugger:
/// the SQLite result code (primary and extended), SQLite's own message, the SQL text
/// that failed and, where relevant, the database file.
///
/// One error type for the whole store layer so that callers can use typed throws
/// (`throws(StoreError)`) and map it once (for example to a varlink error) instead of
/// guessing at `any Error`.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in terms the daemon can branch on (for example a constraint
    /// violation becomes a clear refusal, a full disk a retryable failure).
    public enum Kind: Sendable, Equatable {
        /// SQLite itself returned an error code; see `resultCode` and `extendedResultCode`.
        case sqlite
        /// The file failed `PRAGMA quick_check` or is not a database at all; Lotse refuses
        /// to open it rather than risk writing into a damaged file.
        case corruptDatabase
        /// The file's `user_version` is newer than any migration this build knows: it was
        /// written by a newer Lotse, and an older one must not touch it.
        case schemaTooNew(found: Int, newest: Int)
        /// SQLite refused to switch to write-ahead logging (for example on a file system
        /// without shared memory), which the durability and concurrency design needs.
        case journalModeRejected(actual: String)
        /// A stored value could not be turned into the Swift type asked for.
        case decoding(column: String, expected: String)
        /// A repository looked up a record that does not exist.
        case notFound(record: String, id: String)
        /// A value handed to the store breaks a rule the store enforces (length bounds,
        /// state transitions of the outbox, …); nothing was written.
        case invalidValue(field: String)
        /// The store was used after `close()`.
        case closed
    }

    /// The category of the failure.
    public var kind: Kind
    /// The primary SQLite result code (`SQLITE_CONSTRAINT`, `SQLITE_BUSY`, …), or
    /// `SQLITE_ERROR` for failures that did not come from SQLite.
    public var resultCode: Int32
    /// The extended SQLite result code (`SQLITE_CONSTRAINT_UNIQUE`, …); equals
    /// `resultCode` when SQLite gave no extended code.
    public var extendedResultCode: Int32
    /// SQLite's message (`sqlite3_errmsg`) or the store's own sentence.
    public var message: String
    /// The store's own sentence in German, for refusals a person may read
    /// (`invalidValue`); nil for SQLite's own messages.
    public var messageDe: String?
    /// The SQL statement that failed, when one did.
    public var sql: String?

    /// Creates an error; `extendedResultCode` defaults to the primary code.
    public init(kind: Kind, resultCode: Int32 = SQLITE_ERROR, extendedResultCode: Int32? = nil,
                message: String, messageDe: String? = nil, sql: String? = nil) {
        self.kind = kind
        self.messageDe = messageDe
        self.resultCode = resultCode & 0xFF
        self.extendedResultCode = extendedResultCode ?? resultCode
        self.message = message
        self.sql = sql
    }

    /// Builds the error for a failed SQLite call from the connection's current error state.
    static func sqlite(_ code: Int32, connection: OpaquePointer?, sql: String?) -> StoreError {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message: String
        if let connection, let text = sqlite3_errmsg(connection) {
            message = String(cString: text)
        } else if let text = sqlite3_errstr(code) {
            message = String(cString: text)
        } else {
            message = "SQLite error \(code)"
        }
        // sqlite3_extended_errcode reports the last error, which is this one when the
        // primary codes agree; otherwise trust the code we were handed.
        let extendedCode = (extended & 0xFF) == (code & 0xFF) ? extended : code
        let kind: Kind = (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB
            ? .corruptDatabase : .sqlite
        return StoreError(kind: kind, resultCode: code, extendedResultCode: extendedCode,
                          message: message, sql: sql)
    }

    /// True when a UNIQUE, CHECK, FOREIGN KEY or NOT NULL constraint (or a trigger's
    /// `RAISE(ABORT)`) refused the change.
    public var isConstraintViolation: Bool { resultCode == SQLITE_CONSTRAINT }

    /// True when another connection held the lock past the busy timeout; the operation
    /// may succeed if retried later.
    public var isBusy: Bool { resultCode == SQLITE_BUSY || resultCode == SQLITE_LOCKED }

    /// True when the disk (or the database's size limit) is full; reads keep working.
    public var isDiskFull: Bool { resultCode == SQLITE_FULL }

    /// The failure as a person reads it in English: a full disk or a held lock says that
    /// nothing was saved and what to do, any other failure keeps SQLite's own message
    /// (the operator needs it) behind a sentence saying the database failed.
    public var userSentence: String { sentence(in: .en) }

    /// The same in German: SQLite's English message is not shown, only its code, so a
    /// German reader never gets an English sentence inside a German one.
    public var userSentenceDe: String { sentence(in: .de) }

    /// The failure as a person reads it in `language`: one decision, both languages.
    public func sentence(in language: MessageLanguage) -> String {
        let l = language
        if isDiskFull {
            return l.pick(de: "Der Datenträger ist voll: Es wurde nichts gespeichert. Bitte Platz schaffen und es noch einmal versuchen.",
                          en: "The disk is full: nothing was saved (\(message)). Free some space and try again.")
        }
        if isBusy {
            return l.pick(de: "Die Datenbank ist gerade belegt: Es wurde nichts gespeichert. Bitte gleich noch einmal versuchen.",
                          en: "The database is busy: nothing was saved. Try again in a moment.")
        }
        if case .invalidValue = kind { return l == .de ? messageDe ?? databaseFailedDe : message }
        return l.pick(de: databaseFailedDe, en: "The database reported an error (SQLite code \(extendedResultCode)): \(message)")
    }

    /// The German sentence for a failure whose SQLite message is not shown.
    private var databaseFailedDe: String {
        "Die Datenbank meldet einen Fehler (SQLite-Code \(extendedResultCode)); Einzelheiten stehen im Protokoll des Dienstes."
    }

    /// One sentence for logs and operators: the message, the codes and the SQL.
    public var description: String {
        var text: String
        switch kind {
        case .sqlite, .corruptDatabase:
            text = "SQLite error \(resultCode)"
            if extendedResultCode != resultCode { text += " (extended \(extendedResultCode))" }
            text += ": \(message)"
        default:
            text = message
        }
        if let sql { text += " — SQL: \(sql)" }
        return text
    }
}

/// An error type that can carry a `StoreError`, so that `Database.write` and
/// `Database.read` can use typed throws with the caller's own error type: the closure
/// throws the caller's error, and a failing `BEGIN` or `COMMIT` is wrapped into it.
public protocol StoreErrorConvertible: Error {
    /// Wraps a failure of the store itself (for example a `COMMIT` that hit a full disk).
    init(storeError: StoreError)
}

extension StoreError: StoreErrorConvertible {
    /// A `StoreError` is already one.
    public init(storeError: StoreError) { self = storeError }
}
