import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// `org.lotse.Caseworkers`: where caseworkers' reminders go. Publishing a roster or
/// cancelling a session mails the caseworkers concerned; a caseworker without an address
/// here is skipped (and named in the reply), so coordinators record the addresses.
public struct CaseworkersInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = "org.lotse.Caseworkers"

    /// The IDL.
    public let idl = """
    # Caseworkers' mail addresses and languages, for their reminders.
    interface org.lotse.Caseworkers

    # A caseworker: the Unix user, the address, the language of the mail (de or en).
    type Caseworker (user: string, email: string, language: string)

    # Records or replaces a caseworker's address (coordinators).
    method Set(user: string, email: string, language: ?string) -> (caseworker: Caseworker)

    # Every caseworker with an address, by user.
    method List() -> (caseworkers: []Caseworker)

    # A value is wrong; field names it.
    error InvalidInput (field: string, message: string)

    # The database failed.
    error DatabaseError (message: string)

    """

    /// Coordinators set; coordinators and admins list.
    public var methods: [String: MethodEntry] {
        [
            "Set": .single(roles: [.coordinator], Self.set),
            "List": .single(roles: [.coordinator, .admin], Self.list),
        ]
    }

    static func json(_ c: Caseworker) -> JSONValue {
        ["user": .string(c.user.description), "email": .string(c.email.value), "language": .string(c.language.rawValue)]
    }

    @Sendable static func set(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let p = request.parameters
        do throws(CoordinationError) {
            let userText = p["user"]?.stringValue ?? ""
            guard let user = UserName(userText) else { throw .invalid("user", "\"\(userText)\" is not a valid Unix user name.") }
            let emailText = p["email"]?.stringValue ?? ""
            guard case .success(let email) = EmailAddress.validate(emailText) else {
                throw .invalid("email", "\"\(emailText)\" is not a usable e-mail address.")
            }
            let languageText = p["language"]?.stringValue ?? request.services.configuration.configuration.mail.defaultLanguage.rawValue
            guard let language = MessageLanguage(rawValue: languageText) else { throw .invalid("language", "The language must be de or en.") }
            let caseworker = Caseworker(user: user, email: email, language: language)
            try request.services.database.writing { (db: Connection) throws in try CaseworkerRepository(db).save(caseworker) }
            let caller = request.caller
            request.services.audit(AuditEntry(at: request.services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "caseworker.set", recordKind: "caseworker", recordID: user.description))
            return ["caseworker": json(caseworker)]
        } catch {
            throw error.varlink(name)
        }
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        do throws(CoordinationError) {
            let all = try request.services.database.reading { (db: Connection) throws -> [Caseworker] in try CaseworkerRepository(db).list() }
            return ["caseworkers": .array(all.map(json))]
        } catch {
            throw error.varlink(name)
        }
    }
}
