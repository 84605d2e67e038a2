import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.HelpPlans`: a client's help plan (*Integrationsplan*) — goals per domain
/// with status, target date and notes; every change is a new version with author and
/// time, and `History` shows them all. A plan is opened with the first goal; its review
/// date is set `[helpplan] review_months` ahead and moved on by `Review`.
public struct HelpPlansInterface: VarlinkInterface {
    /// The interface name.
    public static let name = HelpPlansProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL (`HelpPlansProtocol`).
    public let idl = HelpPlansProtocol.idl

    /// Caseworkers keep plans; coordinators read them.
    public var methods: [String: MethodEntry] {
        [
            "Get": .single(roles: [.caseworker, .coordinator], Self.get),
            "AddGoal": .single(roles: [.caseworker], Self.addGoal),
            "UpdateGoal": .single(roles: [.caseworker], Self.updateGoal),
            "Review": .single(roles: [.caseworker], Self.review),
            "History": .single(roles: [.caseworker, .coordinator], Self.history),
        ]
    }

    /// The plan with its newest version only: all a change or `Get` needs, read without
    /// the history, so a change costs the same however many versions the plan has.
    static func load(_ client: ClientID, _ db: Connection) throws(CaseworkFailure) -> HelpPlan? {
        do { return try HelpPlanRepository(db).findCurrent(client: client) } catch { throw CaseworkFailure(storeError: error) }
    }

    static func loadHistory(_ client: ClientID, _ db: Connection) throws(CaseworkFailure) -> HelpPlan? {
        do { return try HelpPlanRepository(db).find(client: client) } catch { throw CaseworkFailure(storeError: error) }
    }

    /// A goal's target date when one is given: a day not in the past.
    static func targetDate(_ text: String?, _ call: CaseworkCall) throws(CaseworkFailure) -> CalendarDate? {
        try text.map { (text: String) throws(CaseworkFailure) in try call.futureDate(text, field: "target date") }
    }

    static func domain(_ text: String) throws(CaseworkFailure) -> GoalDomain {
        guard let domain = GoalDomain(rawValue: text) else {
            let all = GoalDomain.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid("domain", en: "\"\(text)\" is not a domain (\(all))",
                           de: "„\(text)“ ist kein Bereich (sprache, arbeit, anerkennung, wohnen, schule-und-bildung, gesundheit)")
        }
        return domain
    }

    @Sendable static func get(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("helpplan.read") { db, audit throws(CaseworkFailure) in
            let client = try call.accessibleClient(try call.pseudonym(), in: db)
            let plan = try load(client.id, db)
            audit.describe(kind: "client", id: client.id.description)
            audit.disclose(client.id)
            return ["plan": plan.map { CaseworkValues.plan($0, today: call.today, catalogue: call.configuration.recommendations) } ?? .null]
        }
    }

    @Sendable static func history(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("helpplan.read") { db, audit throws(CaseworkFailure) in
            let client = try call.accessibleClient(try call.pseudonym(), in: db)
            let plan = try loadHistory(client.id, db)
            audit.describe(kind: "client", id: client.id.description, detail: "history")
            audit.disclose(client.id)
            return ["versions": .array((plan?.versions ?? []).map { CaseworkValues.version($0, catalogue: call.configuration.recommendations) })]
        }
    }

    @Sendable static func addGoal(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(HelpPlansProtocol.AddGoalRequest.self)
        let change = try HelpPlanChange.run(call) { current, client, user throws(CaseworkFailure) in
            let domain = try domain(given.domain)
            let title = try ReferralInput.bounded(given.title, field: "title", max: Goal.maxTitleLength, oneLine: true)
            let notes = try ReferralInput.bounded(given.notes ?? "", field: "notes", max: Goal.maxNotesLength, allowEmpty: true)
            let target = try targetDate(given.targetDate, call)
            var plan = current ?? HelpPlan(client: client.id, author: user, authorRole: call.role, at: call.now,
                                           today: call.today, reviewMonths: call.configuration.helpPlan.reviewIntervalMonths)
            switch plan.addGoal(domain: domain, title: title, targetDate: target, notes: notes, author: user, authorRole: call.role, at: call.now) {
            case .success(let goal): return HelpPlanChange(plan: plan, detail: "goal \(goal) added", goal: goal)
            case .failure(let error): throw .model(error)
            }
        }
        return ["plan": CaseworkValues.plan(change.plan, today: call.today, catalogue: call.configuration.recommendations), "goal": .integer(change.goal?.rawValue ?? 0)]
    }

    @Sendable static func updateGoal(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(HelpPlansProtocol.UpdateGoalRequest.self)
        let change = try HelpPlanChange.run(call) { current, client, user throws(CaseworkFailure) in
            guard var plan = current else {
                throw .invalid("goal", en: "\(client.id) has no help plan yet; add a goal first",
                               de: "\(client.id) hat noch keinen Integrationsplan; legen Sie zuerst ein Ziel an")
            }
            let goal = GoalID(given.goal)
            guard plan.goals.contains(where: { $0.id == goal }) else {
                throw CaseworkFailure(.notFound(record: "goal", id: goal.description))
            }
            var status: GoalStatus?
            if let text = given.status {
                guard let parsed = GoalStatus(rawValue: text) else {
                    throw .invalid("status", en: "\"\(text)\" is not a goal status (open, in-progress, reached, dropped)",
                                   de: "„\(text)“ ist kein Status eines Ziels (open, in-progress, reached, dropped)")
                }
                status = parsed
            }
            let target = try targetDate(given.targetDate, call)
            let previousNotes = plan.goals.first { $0.id == goal }?.notes ?? ""
            let notes = try given.notes.map { (text: String) throws(CaseworkFailure) in
                let written = try ReferralInput.bounded(text, field: "notes", max: Goal.maxNotesLength, allowEmpty: true)
                // The step list an assessment wrote into the notes stays: the caseworker's
                // text replaces only their own part.
                let kept = AssessmentHelpPlanEntry.keepingStepLinks(written, previous: previousNotes)
                guard kept.count <= Goal.maxNotesLength else {
                    throw .invalid("notes", en: "with the follow-up steps kept the notes would have \(kept.count) characters (at most \(Goal.maxNotesLength)); shorten the text",
                                   de: "mit den beibehaltenen Folgeschritten hätten die Notizen \(kept.count) Zeichen (höchstens \(Goal.maxNotesLength)); kürzen Sie den Text")
                }
                return kept
            }
            let targetChange: CalendarDate?? = target.map { .some($0) }
            if case .failure(let error) = plan.updateGoal(goal, status: status, targetDate: targetChange, notes: notes,
                                                          author: user, authorRole: call.role, at: call.now) {
                if error.field == "status", let status {
                    let from = plan.goals.first { $0.id == goal }?.status
                    throw .invalid("status", en: "goal \(goal) cannot go from \(from?.name(in: .en) ?? "?") to \(status.name(in: .en))",
                                   de: "Ziel \(goal) kann nicht von „\(from?.name(in: .de) ?? "?")“ zu „\(status.name(in: .de))“ wechseln")
                }
                if error.field == "goal" {
                    throw .invalid("goal", en: "nothing to change; give --status, --target or --notes",
                                   de: "nichts zu ändern; geben Sie --status, --target oder --notes an")
                }
                throw .model(error)
            }
            return HelpPlanChange(plan: plan, detail: plan.current.change)
        }
        return ["plan": CaseworkValues.plan(change.plan, today: call.today, catalogue: call.configuration.recommendations)]
    }

    @Sendable static func review(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let change = try HelpPlanChange.run(call, { current, client, user throws(CaseworkFailure) in
            guard var plan = current else {
                throw .invalid("client", en: "\(client.id) has no help plan yet; add a goal first",
                               de: "\(client.id) hat noch keinen Integrationsplan; legen Sie zuerst ein Ziel an")
            }
            plan.markReviewed(on: call.today, intervalMonths: call.configuration.helpPlan.reviewIntervalMonths,
                              author: user, authorRole: call.role, at: call.now)
            return HelpPlanChange(plan: plan, detail: "reviewed")
        }, also: { db, client throws(CaseworkFailure) in
            _ = try? Outbox(db).markMoot(subjectKind: "helpplan", subjectID: client.description)
        })
        return ["plan": CaseworkValues.plan(change.plan, today: call.today, catalogue: call.configuration.recommendations)]
    }
}
