import Foundation
import LotseVarlink
import Testing

/// Opens clients under chosen pseudonyms, as the daemon allows it: a coordinator opens
/// them for the caseworker (choosing a pseudonym is a coordinator's right; a caseworker
/// who names one is refused, so that the answer never tells whether a client exists).
/// Worlds that pipeline a client's consent and referral need the pseudonym in advance.
enum ChosenClients {
    /// Opens each `(pseudonym, municipality)` for `caseworker`, as `coordinator`; requires
    /// every call to succeed.
    static func open(_ clients: [(pseudonym: String, municipality: String)], for caseworker: TestUser, by coordinator: TestUser,
                     socket: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard !clients.isEmpty else { return }
        let calls = clients.map {
            VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: [
                "pseudonym": .string($0.pseudonym), "municipality": .string($0.municipality), "caseworker": .string(caseworker.name)])
        }
        for reply in try ForeignClient.call(calls, socket: socket, as: coordinator) {
            try #require(reply.error == nil, "CreateClient failed: \(String(describing: reply.error)) \(reply.parameters)",
                         sourceLocation: sourceLocation)
        }
    }
}
