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
}
