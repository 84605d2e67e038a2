import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Caseworkers`: where caseworkers' reminders go. Publishing a roster or
/// cancelling a session mails the caseworkers concerned; a caseworker without an address
/// here is skipped (and named in the reply), so coordinators record the addresses.
///
/// An entry names a person who can really work as a caseworker: `Set` refuses a name the
/// system has no account for and an account `[roles]` gives no caseworker role (a typo
/// would otherwise leave a caseworker without mail while the coordinator believes it
/// recorded). `Remove` deletes an entry, but not while the caseworker still has active
/// clients: their appointment mail would silently stop, so the clients are handed over
/// first. An empty address clears it and keeps the entry's language.
public struct CaseworkersInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = CaseworkersProtocol.name

    /// The IDL (`CaseworkersProtocol`).
    public let idl = CaseworkersProtocol.idl

    /// Coordinators set and remove; coordinators and admins list.
    public var methods: [String: MethodEntry] {
        [
            "Set": .single(roles: [.coordinator], Self.set),
            "Remove": .single(roles: [.coordinator], Self.remove),
            "List": .single(roles: [.coordinator, .admin], Self.list),
        ]
    }

    static func json(_ c: CaseworkerEntry) -> JSONValue {
        ["user": .string(c.user.description), "email": .string(c.email?.value ?? ""), "language": .string(c.language.rawValue)]
    }

    /// The user named in the request, which must be an account holding the caseworker role.
    static func caseworkerAccount(_ request: MethodRequest) throws(CoordinationError) -> UserName {
        let text = request.parameters["user"]?.stringValue ?? ""
        switch request.services.account(text, holding: .caseworker, field: "user") {
        case .success(let user): return user
        case .failure(let error): throw .invalid(error)
        }
    }

    @Sendable static func set(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let p = request.parameters
        do throws(CoordinationError) {
            let user = try caseworkerAccount(request)
            let emailText = (p["email"]?.stringValue ?? "").trimmingCharacters(in: .whitespaces)
            var email: EmailAddress?
            if !emailText.isEmpty {
                guard case .success(let address) = EmailAddress.validate(emailText) else {
                    throw .invalid(EmailAddress.refusal(emailText, field: "email", emptyClears: true))
                }
                email = address
            }
            let languageText = p["language"]?.stringValue
            let entry = try request.services.database.writing { (db: Connection) throws -> CaseworkerEntry in
                let repository = CaseworkerRepository(db)
                let before = try repository.entry(user)
                let fallback = before?.language ?? request.services.configuration.configuration.mail.defaultLanguage
                guard let language = languageText.map({ MessageLanguage(rawValue: $0) }) ?? fallback else {
                    throw CoordinationError.invalid("language", en: "The language must be de or en.", de: "Die Sprache muss de oder en sein.")
                }
                let entry = CaseworkerEntry(user: user, email: email, language: language)
                try repository.save(entry)
                return entry
            }
            let caller = request.caller
            request.services.audit(AuditEntry(at: request.services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "caseworker.set", recordKind: "caseworker", recordID: user.description,
                                              detail: email == nil ? "address cleared" : nil))
            return ["caseworker": json(entry)]
        } catch {
            throw error.varlink(name)
        }
    }

    @Sendable static func remove(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        do throws(CoordinationError) {
            let text = request.parameters["user"]?.stringValue ?? ""
            guard let user = UserName(text) else {
                throw .invalid("user", en: "\"\(text)\" is not a valid Unix user name.", de: "„\(text)“ ist kein gültiger Unix-Benutzername.")
            }
            try request.services.database.writing { (db: Connection) throws in
                let repository = CaseworkerRepository(db)
                guard try repository.entry(user) != nil else { throw CoordinationError.notFound("caseworker entry", text) }
                let clients = try repository.activeClientCount(user)
                guard clients == 0 else {
                    throw CoordinationError.state(
                        en: "\(text) still has \(EnglishCount.of(clients, "active client")), whose appointment mail would stop; hand them over first (lotse client handover K-YYYY-NNNN --to USER).",
                        de: "\(text) betreut noch \(clients) aktive Klient:innen, deren Terminmails dann ausblieben; übergeben Sie sie zuerst (lotse client handover K-JJJJ-NNNN --to BENUTZER).")
                }
                try repository.remove(user)
            }
            let caller = request.caller
            request.services.audit(AuditEntry(at: request.services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "caseworker.remove", recordKind: "caseworker", recordID: user.description))
            return ["removed": .string(user.description)]
        } catch {
            throw error.varlink(name)
        }
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        do throws(CoordinationError) {
            let all = try request.services.database.reading { (db: Connection) throws -> [CaseworkerEntry] in try CaseworkerRepository(db).entries() }
            return ["caseworkers": .array(all.map(json))]
        } catch {
            throw error.varlink(name)
        }
    }
}
