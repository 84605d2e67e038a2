import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.FollowUps`: the follow-up steps assessments set — who does what by when.
/// Overdue steps are flagged here and reminded through the outbox: the mail service's
/// `ReminderScheduler` reads these rows (open, due date, owner) and queues the
/// `followup-due` mail; a step done or reassigned makes its queued reminder moot.
public struct FollowUpsInterface: VarlinkInterface {
    /// The interface name.
    public static let name = FollowUpsProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL (`FollowUpsProtocol`).
    public let idl = FollowUpsProtocol.idl

    /// Everyone who owns or follows steps.
    public var methods: [String: MethodEntry] {
        [
            "List": .single(roles: [.caseworker, .specialist, .coordinator], Self.list),
            "Done": .single(roles: [.caseworker, .specialist, .coordinator], Self.done),
            "Reassign": .single(roles: [.caseworker, .specialist, .coordinator], Self.reassign),
        ]
    }

    /// Whether the caller may see and change a step.
    static func may(_ call: CaseworkCall, _ step: FollowUpStep, caseworker: String?, specialist: String?) -> Bool {
        let me = call.caller.userName
        if call.seesAll || step.owner.user.value == me { return true }
        if call.caller.roles.contains(.caseworker) && caseworker == me { return true }
        return call.caller.roles.contains(.specialist) && specialist == me
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(FollowUpsProtocol.ListRequest.self)
        return try call.read("followup.read") { db, audit throws(CaseworkFailure) in
            // The IDL's enums admit only known values: the validated call cannot name another.
            let scope = (given.scope ?? .mine).rawValue
            var statuses: Set<FollowUpStepStatus> = []
            if let status = given.status.flatMap({ FollowUpStepStatus(rawValue: $0.rawValue) }) { statuses = [status] }
            var client: ClientID?
            if given.client != nil {
                let id = try call.pseudonym()
                try call.requireVisibleClient(id, in: db)
                client = id
            }
            if client == nil && scope == "mine" && statuses.isEmpty { statuses = [.open] }
            let owner = client == nil && scope == "mine" ? try call.userName() : nil
            let repository = FollowUpStepRepository(db)
            let steps = try call.store { () throws(StoreError) in
                try repository.list(owner: owner, client: client, statuses: statuses, overdueOn: scope == "overdue" ? call.today : nil)
            }
            var rows: [JSONValue] = []
            for step in steps {
                let context = try call.store { () throws(StoreError) in try SpecialistAgenda(db).context(step: step.id) }
                // By client, a specialist sees only steps of their own assessments or their
                // own; the others are left out, and the denial entry names them. Without a
                // client the caller asked for what they may see, so nothing is withheld.
                guard may(call, step, caseworker: context.caseworker, specialist: context.specialistUser) else {
                    if client != nil { audit.withhold(kind: "follow-up step", id: step.id.description, client: step.client) }
                    continue
                }
                rows.append(SpecialistValues.step(step, assessment: context.assessment, today: call.today))
                if let stepClient = step.client { audit.disclose(stepClient) }
            }
            audit.describe(kind: client == nil ? "steps" : "client", id: client?.description ?? scope, detail: "\(EnglishCount.of(rows.count, "step"))")
            return ["steps": .array(rows)]
        }
    }

    /// The step, if the caller may act on it (else the same denial whether it exists or not).
    static func accessible(_ call: CaseworkCall, _ db: Connection) throws(CaseworkFailure) -> (FollowUpStep, (assessment: AssessmentID?, caseworker: String?, specialistUser: String?)) {
        let id = FollowUpStepID(call.integer("step") ?? 0)
        let found = try call.store { () throws(StoreError) in try FollowUpStepRepository(db).find(id) }
        guard let step = found else {
            if call.seesAll { throw CaseworkFailure(.notFound(record: "follow-up step", id: id.description)) }
            throw CaseworkFailure(.denied(recordKind: "follow-up step", recordID: id.description))
        }
        let context = try call.store { () throws(StoreError) in try SpecialistAgenda(db).context(step: id) }
        guard may(call, step, caseworker: context.caseworker, specialist: context.specialistUser) else {
            throw CaseworkFailure(.denied(recordKind: "follow-up step", recordID: id.description))
        }
        return (step, context)
    }

    @Sendable static func done(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.write("followup.done") { db throws(CaseworkFailure) in
            let user = try call.userName()
            var (step, context) = try accessible(call, db)
            if case .failure(let error) = step.markDone() {
                throw .invalid("step", en: "step \(step.id) is \(step.status.name(in: .en)) already; \(error.message(in: .en))",
                               de: "Schritt \(step.id) ist bereits „\(step.status.name(in: .de))“")
            }
            try call.store { () throws(StoreError) in
                try FollowUpStepRepository(db).save(step, by: user, now: call.now)
                _ = try Outbox(db).markMoot(subjectKind: "followup", subjectID: step.id.description)
            }
            try call.audit(db, "followup.done", kind: "follow-up step", id: step.id.description, detail: step.client.map { "client \($0)" })
            return ["step": SpecialistValues.step(step, assessment: context.assessment, today: call.today)]
        }
    }

    @Sendable static func reassign(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(FollowUpsProtocol.ReassignRequest.self)
        defer { MailService.wakeRunning() }
        return try call.write("followup.reassign") { db throws(CaseworkFailure) in
            let user = try call.userName()
            var (step, context) = try accessible(call, db)
            let roleText = given.role.rawValue
            guard let role = Role(rawValue: roleText), role != .admin else {
                throw .invalid("owner", en: "\"\(roleText)\" is not an owner (caseworker, specialist, coordinator)",
                               de: "„\(roleText)“ ist keine zuständige Rolle (caseworker, specialist, coordinator)")
            }
            let defaultUser: String? = switch role {
            case .caseworker: context.caseworker
            case .specialist: context.specialistUser
            case .coordinator, .admin: call.caller.roles.contains(.coordinator) ? call.caller.userName : nil
            }
            guard let text = given.user ?? defaultUser else {
                throw .invalid("owner", en: "name the user who takes the step over", de: "nennen Sie die Person, die den Schritt übernimmt")
            }
            // A named owner must be an account in that role: a step owned by nobody who can
            // log in would never be done, and its reminder would go nowhere. The default
            // owners come from the step's own records.
            let newUser: UserName
            if let named = given.user {
                switch call.services.account(named, holding: role, field: "user") {
                case .success(let account): newUser = account
                case .failure(let error): throw .model(error)
                }
            } else if let recorded = UserName(text) {
                newUser = recorded
            } else {
                throw .invalid("owner", en: "\"\(text)\" is not a valid account name.", de: "„\(text)“ ist kein gültiger Kontoname.")
            }
            let owner: StepOwner
            switch StepOwner.make(role: role, user: newUser) {
            case .success(let made): owner = made
            case .failure(let error): throw .model(error)
            }
            let previous = step.owner
            if case .failure(let error) = step.reassign(to: owner) { throw .model(error) }
            // A reminder queued for the previous owner is no longer theirs: the new owner gets it.
            let mails = try call.store { () throws(StoreError) -> [Int64] in
                try FollowUpStepRepository(db).save(step, by: user, now: call.now)
                return try FollowUpReminder.handOver(step, db, configuration: call.configuration, now: call.now)
            }
            try call.audit(db, "followup.reassign", kind: "follow-up step", id: step.id.description,
                           detail: "from \(previous) to \(owner)" + (mails.isEmpty ? "" : ", reminder passed on"))
            return ["step": SpecialistValues.step(step, assessment: context.assessment, today: call.today)]
        }
    }
}
