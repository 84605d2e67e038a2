import CSQLite
import Testing
@testable import LotseStore

/// A store failure reaches people as a sentence in their language: a full disk says that
/// nothing was saved, and the German sentence never carries SQLite's English message.
@Suite struct StoreErrorWordingTests {
    @Test func aFullDiskSaysNothingWasSavedInBothLanguages() {
        let error = StoreError(kind: .sqlite, resultCode: SQLITE_FULL, message: "database or disk is full")
        #expect(error.userSentence.contains("nothing was saved"))
        #expect(error.userSentence.contains("full"))
        #expect(error.userSentenceDe.contains("Es wurde nichts gespeichert"))
        #expect(!error.userSentenceDe.contains("disk"))
    }

    @Test func otherSQLiteFailuresKeepOnlyTheCodeInGerman() {
        let error = StoreError(kind: .sqlite, resultCode: SQLITE_IOERR, message: "disk I/O error")
        #expect(error.userSentence.contains("disk I/O error"))
        #expect(error.userSentenceDe.contains("SQLite-Code \(SQLITE_IOERR)"))
        #expect(!error.userSentenceDe.contains("disk I/O error"))
    }

    @Test func aStoreRefusalKeepsItsOwnWording() {
        let error = StoreError(kind: .invalidValue(field: "note"), message: "The note is too long.", messageDe: "Die Notiz ist zu lang.")
        #expect(error.userSentence == "The note is too long.")
        #expect(error.userSentenceDe == "Die Notiz ist zu lang.")
    }
}
