import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Caseworker addresses")
struct CaseworkerRepositoryTests {
    @Test func anAddressIsStoredAndReplaced() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let anna = try Model.user("anna")
        let first = Caseworker(user: anna, email: try Model.email("anna@kreis.example"), language: .de)
        let moved = Caseworker(user: anna, email: try Model.email("a.schmidt@kreis.example"), language: .en)
        try database.write { (db: Connection) throws(StoreError) in
            try CaseworkerRepository(db).save(first)
            try CaseworkerRepository(db).save(moved)
        }
        let (found, all) = try database.read { (db: Connection) throws(StoreError) -> (Caseworker?, [Caseworker]) in
            (try CaseworkerRepository(db).find(anna), try CaseworkerRepository(db).list())
        }
        #expect(found == moved)
        #expect(all == [moved])
    }

    @Test func aClearedAddressKeepsTheEntryAndItsLanguageButSendsNoMail() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let anna = try Model.user("anna")
        let address = try Model.email("anna@kreis.example")
        try database.write { (db: Connection) throws(StoreError) in
            let repository = CaseworkerRepository(db)
            try repository.save(Caseworker(user: anna, email: address, language: .en))
            try repository.save(CaseworkerEntry(user: anna, email: nil, language: .en))
        }
        let (mail, entry, entries) = try database.read { (db: Connection) throws(StoreError) -> (Caseworker?, CaseworkerEntry?, [CaseworkerEntry]) in
            let repository = CaseworkerRepository(db)
            return (try repository.find(anna), try repository.entry(anna), try repository.entries())
        }
        #expect(mail == nil, "no address: no mail recipient")
        #expect(entry == CaseworkerEntry(user: anna, email: nil, language: .en))
        #expect(entries.count == 1)
        let removed = try database.write { (db: Connection) throws(StoreError) -> (Bool, Bool) in
            (try CaseworkerRepository(db).remove(anna), try CaseworkerRepository(db).remove(anna))
        }
        #expect(removed == (true, false))
    }
}
