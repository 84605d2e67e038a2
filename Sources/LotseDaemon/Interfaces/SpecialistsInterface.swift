import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Specialists`: the physicians and psychotherapists who hold sessions — name,
/// qualification, languages, e-mail and the Unix user they log in as. Coordinators add
/// them; everyone with a role may list them (rosters and referrals name them).
public struct SpecialistsInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = SpecialistsProtocol.name

    /// The IDL (`SpecialistsProtocol`).
    public let idl = SpecialistsProtocol.idl

    /// Coordinators add; every role lists.
    public var methods: [String: MethodEntry] {
        [
            "Add": .single(roles: [.coordinator], Self.add),
            "List": .single(roles: [.caseworker, .coordinator, .specialist, .admin], Self.list),
        ]
    }

    static func json(_ s: Specialist) -> JSONValue {
        ["id": .integer(s.id.rawValue), "name": .string(s.name), "qualification": .string(s.qualification),
         "languages": .array(s.languages.map { .string($0.description) }), "email": .string(s.email.value),
         "user": .string(s.user.description)]
    }

    @Sendable static func add(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let p = request.parameters
        do throws(CoordinationError) {
            var languages: [LanguageCode] = []
            for value in p["languages"]?.arrayValue ?? [] {
                let text = value.stringValue ?? ""
                guard let code = LanguageCode(text) else {
                    throw CoordinationError.invalid("languages", en: "\"\(text)\" is not a language code (ISO 639, e.g. de, uk, prs).",
                                                     de: "„\(text)“ ist kein Sprachcode (ISO 639, z. B. de, uk, prs).")
                }
                languages.append(code)
            }
            let emailText = p["email"]?.stringValue ?? ""
            guard case .success(let email) = EmailAddress.validate(emailText) else {
                throw CoordinationError.invalid(EmailAddress.refusal(emailText, field: "email"))
            }
            let userText = p["user"]?.stringValue ?? ""
            guard let user = UserName(userText) else {
                throw CoordinationError.invalid("user", en: "\"\(userText)\" is not a valid Unix user name.",
                                                 de: "„\(userText)“ ist kein gültiger Unix-Benutzername.")
            }
            for field in ["name", "qualification"] {
                if let refusal = OneLineText.refusal(p[field]?.stringValue ?? "", field: field) { throw CoordinationError.invalid(refusal) }
            }
            let now = request.services.now()
            let specialist = try request.services.database.writing { (db: Connection) throws -> Specialist in
                let repository = SpecialistRepository(db)
                switch Specialist.make(id: try repository.nextID(), name: p["name"]?.stringValue ?? "",
                                       qualification: p["qualification"]?.stringValue ?? "", languages: languages, email: email, user: user) {
                case .success(let made):
                    try repository.insert(made, now: now)
                    return made
                case .failure(let error):
                    throw CoordinationError.invalid(error)
                }
            }
            let caller = request.caller
            request.services.audit(AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "specialist.add", recordKind: "specialist", recordID: specialist.id.description))
            return ["specialist": json(specialist)]
        } catch {
            throw error.varlink(name)
        }
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        do throws(CoordinationError) {
            let all = try request.services.database.reading { (db: Connection) throws -> [Specialist] in
                try SpecialistRepository(db).list()
            }
            return ["specialists": .array(all.map(json))]
        } catch {
            throw error.varlink(name)
        }
    }
}
