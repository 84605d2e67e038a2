import LotseStore
import LotseVarlink

extension VarlinkError {
    /// `interface`'s `DatabaseError` (every interface declares it alike) for a failure of
    /// the store, in both languages: a full disk or a busy database says that nothing was
    /// saved and what to do, and the German sentence carries SQLite's code, never its
    /// English message. Built here alone, so no interface can send it in one language.
    static func databaseError(_ interface: String, _ error: StoreError) -> VarlinkError {
        databaseError(interface, en: error.userSentence, de: error.userSentenceDe)
    }

    /// `interface`'s `DatabaseError` with its sentence in English and German, for a
    /// failure inside the daemon that is not the store's own.
    static func databaseError(_ interface: String, en: String, de: String) -> VarlinkError {
        VarlinkError("\(interface).DatabaseError", parameters: ["message": .string(en), "messageDe": .string(de)])
    }
}
