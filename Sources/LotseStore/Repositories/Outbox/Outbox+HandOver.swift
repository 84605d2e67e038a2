import Foundation
import LotseCore

extension Outbox {
    /// Passes the unsent mail about `client` that waits for its previous caseworker
    /// (`previous`, in the caseworker role) to the new one: a hand-over moves every right,
    /// and being told about the client's appointments and reviews is one of them. The rows
    /// keep their text and Message-ID — they name only the pseudonym, a time and a place,
    /// nothing of the person they were first addressed to — and are written in the language
    /// they were queued in. With no address for the new caseworker they are made moot
    /// instead: the previous caseworker must not be told any more. Rows already being sent
    /// or sent stay as they are. Call it in the hand-over's transaction.
    @discardableResult
    public func readdress(client: ClientID, from previous: EmailAddress, to next: EmailAddress?) throws(StoreError) -> Int {
        let waiting = "client = ? AND recipient_role = 'caseworker' AND recipient = ? AND state IN ('pending', 'failed') AND moot = 0"
        if let next {
            try db.execute("UPDATE outbox SET recipient = ? WHERE \(waiting)", [next.value, client, previous.value])
        } else {
            try db.execute("UPDATE outbox SET moot = 1 WHERE \(waiting)", [client, previous.value])
        }
        return db.changedRowCount
    }
}
