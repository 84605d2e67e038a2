import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// One call of a caseworker-side interface: who calls in which role, the time, and the
/// rules every handler shares — which clients the caller may see, the audit entry for
/// every write of client data and the one entry of every read (`ReadAudit`), and turning failures into varlink errors (with
/// denials audited after the refused transaction rolled back).
struct CaseworkCall {
    /// The interface name, for error names.
    let interface: String
    /// The request.
    let request: MethodRequest
    /// Now (fixed in tests, see `CaseworkClock`).
    let now: Date
    /// Today in Europe/Berlin.
    let today: CalendarDate
    /// The entries of a running write, held until its reply names the pseudonyms.
    let writeAudit = WriteAudit()

    init(_ request: MethodRequest, interface: String) {
        self.interface = interface
        self.request = request
        now = CaseworkClock.now(request.services)
        today = CaseworkClock.day(now)
    }

    var services: DaemonServices { request.services }
    var caller: Caller { request.caller }
    var configuration: Configuration { services.configuration.configuration }

    /// The role the caller acts in: coordinator when they hold it (they see the whole
    /// district), else caseworker, else specialist, else admin.
    var role: Role {
        for role in [Role.coordinator, .caseworker, .specialist, .admin] where caller.roles.contains(role) { return role }
        return .caseworker
    }

    /// Whether the caller sees every client of the district.
    var seesAll: Bool { caller.roles.contains(.coordinator) }

    /// The caller's user name as the model keeps it.
    func userName() throws(CaseworkFailure) -> UserName {
        guard let name = UserName(caller.userName) else {
            throw CaseworkFailure(.denied(recordKind: "user", recordID: caller.userName))
        }
        return name
    }

    /// Whose records a list shows: for a caller who sees every caseworker's records, the
    /// optional `caseworker` parameter (nil: all); for anyone else, only their own.
    func caseworkerScope() throws(CaseworkFailure) -> UserName? {
        guard seesAll else { return try userName() }
        guard let text = string("caseworker") else { return nil }
        guard let name = UserName(text) else {
            throw .invalid("caseworker", en: "\"\(text)\" is not a valid account name", de: "„\(text)“ ist kein gültiger Kontoname")
        }
        return name
    }

    /// Refuses a caseworker filter that named an account this system does not have when
    /// it found nothing (`--caseworker niemand`): an empty list would read as "no clients".
    /// A former caseworker's records, still listed under a deleted account, stay listable.
    func requireKnownCaseworker(_ name: UserName?, foundAny: Bool) throws(CaseworkFailure) {
        guard let name, !foundAny, services.roles(ofAccount: name.value) == nil,
              case .failure(let error) = services.account(name.value, holding: .caseworker, field: "caseworker") else { return }
        throw .model(error)
    }

    // MARK: Parameters

    func string(_ name: String) -> String? { request.parameters[name]?.stringValue }
    func integer(_ name: String) -> Int64? { request.parameters[name]?.integerValue }
    func bool(_ name: String) -> Bool? { request.parameters[name]?.boolValue }
    func strings(_ name: String) -> [String]? { request.parameters[name]?.arrayValue?.compactMap(\.stringValue) }
    func integers(_ name: String) -> [Int64]? { request.parameters[name]?.arrayValue?.compactMap(\.integerValue) }

    /// A pseudonym parameter, checked for its form.
    func pseudonym(_ name: String = "client") throws(CaseworkFailure) -> ClientID {
        let text = string(name) ?? ""
        guard let id = ClientID(text) else {
            throw .invalid(name, en: "\"\(text)\" is \(ClientID.notAPseudonym.en)", de: "„\(text)“ ist \(ClientID.notAPseudonym.de)")
        }
        return id
    }

    /// A date parameter (`YYYY-MM-DD`).
    func date(_ text: String, field: String) throws(CaseworkFailure) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw .invalid(field, en: "\"\(text)\" is not a date (YYYY-MM-DD)", de: "„\(text)“ ist kein Datum (JJJJ-MM-TT)")
        }
        return date
    }

    /// A date that must be today or later.
    func futureDate(_ text: String, field: String) throws(CaseworkFailure) -> CalendarDate {
        let date = try date(text, field: field)
        guard date >= today else {
            throw .invalid(field, en: "\(date.displayText) is in the past; give today or a later date",
                           de: "\(date.displayText) liegt in der Vergangenheit; geben Sie heute oder ein späteres Datum an")
        }
        return date
    }

    // MARK: Access

    /// The client, if the caller may see it. A caseworker sees only their own clients: for
    /// any other pseudonym — another caseworker's or one that does not exist — the answer
    /// is the same denial, so it never reveals whether the client exists.
    func accessibleClient(_ id: ClientID, in db: Connection) throws(CaseworkFailure) -> Client {
        let found: Client?
        do { found = try ClientRepository(db).find(id) } catch { throw CaseworkFailure(storeError: error) }
        if seesAll {
            guard let found else { throw CaseworkFailure(.notFound(record: "client", id: id.description)) }
            return found
        }
        guard let found, caller.roles.contains(.caseworker), found.caseworker.value == caller.userName else {
            throw CaseworkFailure(.denied(recordKind: "client", recordID: id.description))
        }
        return found
    }

    /// The referral, under the same rule as clients.
    func accessibleReferral(_ id: Int64, in db: Connection) throws(CaseworkFailure) -> Referral {
        let found: Referral?
        do { found = try ReferralRepository(db).find(ReferralID(id)) } catch { throw CaseworkFailure(storeError: error) }
        if seesAll {
            guard let found else { throw CaseworkFailure(.notFound(record: "referral", id: String(id))) }
            return found
        }
        guard let found, caller.roles.contains(.caseworker), found.caseworker.value == caller.userName else {
            throw CaseworkFailure(.denied(recordKind: "referral", recordID: String(id)))
        }
        return found
    }

    // MARK: Audit

    /// Appends an audit entry inside the caller's transaction, dated by the real clock
    /// (never the test clock `now` may be): the log says when the access happened. Inside
    /// `write` the entry is held until the reply is built and then names the pseudonyms
    /// the reply carries; `subjects` names them where the reply is built later.
    func audit(_ db: Connection, _ action: String, kind: String?, id: String?, outcome: AuditOutcome = .ok,
               detail: String? = nil, subjects: [ClientID] = []) throws(CaseworkFailure) {
        let entry = AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: role.rawValue,
                               action: action, recordKind: kind, recordID: id, outcome: outcome, detail: detail,
                               subjects: PseudonymList(subjects))
        if writeAudit.holding { return writeAudit.hold(entry) }
        do {
            _ = try AuditLog(db).append(entry)
        } catch {
            throw CaseworkFailure(storeError: error)
        }
    }

    // MARK: Running

    /// Runs `body` in a write transaction (committed before the reply is sent). The audit
    /// entries `body` writes are appended at its end, in the same transaction, each naming
    /// the pseudonyms the reply carries (`WriteAudit`).
    func write(_ action: String, _ body: (Connection) throws(CaseworkFailure) -> [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        do {
            return try services.database.write { (db: Connection) throws(CaseworkFailure) -> [String: JSONValue] in
                writeAudit.begin()
                // A failed write rolls back; what it held goes with it.
                defer { if writeAudit.holding { writeAudit.abandon() } }
                let reply = try body(db)
                for entry in writeAudit.finish(reply: reply) {
                    try store { () throws(StoreError) in _ = try AuditLog(db).append(entry) }
                }
                return reply
            }
        } catch {
            throw handle(error, action: action)
        }
    }

    /// Runs `body` on a reader connection — a committed snapshot that neither waits for
    /// nor holds the single writer, however long the list — and then appends the read's
    /// one audit entry (every pseudonym `body` disclosed to the `ReadAudit`, and a denial
    /// for records it left out) in a short write transaction. The reply is returned only
    /// after that commit: the audit of a read is durable before the data leaves; if it
    /// cannot be written, the caller gets an error instead of the data.
    func read(_ action: String, _ body: (Connection, ReadAudit) throws(CaseworkFailure) -> [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        let audit = ReadAudit()
        let reply: [String: JSONValue]
        do {
            reply = try services.database.read { (db: Connection) throws(CaseworkFailure) -> [String: JSONValue] in try body(db, audit) }
        } catch {
            throw handle(error, action: action)
        }
        // Audit entries are dated by the real clock, never by a test's fixed one.
        let entries = audit.entries(action: action, at: services.now(), caller: caller, role: role.rawValue)
        do {
            try services.recordRead(entries.read, withheld: entries.denial)
        } catch {
            throw handle(CaseworkFailure(storeError: error), action: action)
        }
        return reply
    }

    /// Audits a denial or a refusal (in its own transaction: the refused one rolled back)
    /// and returns the varlink error.
    func handle(_ failure: CaseworkFailure, action: String) -> VarlinkError {
        switch failure.kind {
        case .denied(let kind, let id):
            services.logger.info(de: "verweigert: \(caller.userName) (\(caller.roleSummary)) \(action) für \(kind) \(id)", en: "denied: \(caller.userName) (\(caller.roleSummary)) \(action) on \(kind) \(id)")
            services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                      action: action, recordKind: kind, recordID: id, outcome: .denied,
                                      detail: "not the caller's record"))
        case .noConsent(let client, let scope):
            services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: role.rawValue,
                                      action: action, recordKind: "client", recordID: client.description, outcome: .failed,
                                      detail: "refused: no consent to \(scope.rawValue) in force", subjects: PseudonymList([client])))
        case .invalid(let field, _, _):
            // Every refusal is audited, not only denials: which record it was about and
            // which field refused it, never the value given (it may be a note).
            auditRefusal(action: action, detail: field == "consent" ? "refused: no consent in force" : "refused: \(field)")
        case .openReferralExists:
            auditRefusal(action: action, detail: "refused: an open referral exists")
        case .notWaiting:
            auditRefusal(action: action, detail: "refused: the referral is not waiting")
        default:
            // A store failure is logged by the dispatcher, as every interface's is.
            break
        }
        return failure.varlinkError(interface: interface)
    }

    /// A refused call's audit entry (outcome `failed`), in its own transaction (the
    /// refused one rolled back): the client it named, when it named one.
    private func auditRefusal(action: String, detail: String) {
        let named = ["client", "pseudonym"].lazy.compactMap { self.string($0) }.first
        let client = named.flatMap(ClientID.init)
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: role.rawValue,
                                  action: action, recordKind: named == nil ? nil : "client",
                                  recordID: client?.description ?? named.map { String($0.prefix(64)) }, outcome: .failed,
                                  detail: detail, subjects: PseudonymList([client].compactMap { $0 })))
    }
}
