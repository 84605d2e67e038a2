import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Assessments`: what happens at and after the consultation (issue 7) — the
/// specialist's own list of appointments, attendance (recorded by people, never
/// automatically; past appointments without an outcome stay "unresolved"), and the
/// one-time assessment whose recommendations and steps flow into the help plan.
public struct AssessmentsInterface: VarlinkInterface {
    /// The interface name.
    public static let name = AssessmentsProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL (`AssessmentsProtocol`).
    public let idl = AssessmentsProtocol.idl

    /// Specialists record; coordinators see lists and codes; caseworkers read their
    /// clients' assessments and record a client's cancellation.
    public var methods: [String: MethodEntry] {
        [
            "Today": .single(roles: [.specialist, .coordinator], Self.today),
            "Session": .single(roles: [.specialist, .coordinator], Self.session),
            "Unresolved": .single(roles: [.specialist, .coordinator], Self.unresolved),
            "RecordAttendance": .single(roles: [.specialist, .coordinator, .caseworker], Self.recordAttendance),
            "Record": .single(roles: [.specialist], AssessmentRecording.record),
            "Amend": .single(roles: [.specialist], AssessmentAmendment.amend),
            "History": .single(roles: [.specialist, .caseworker], AssessmentAmendment.history),
            "Get": .single(roles: [.specialist, .coordinator, .caseworker], Self.get),
            "List": .single(roles: [.specialist, .coordinator, .caseworker], Self.list),
        ]
    }

    /// The appointments' wire form; each client shown is named to the read's audit.
    static func rows(_ entries: [AgendaEntry], _ call: CaseworkCall, _ db: Connection, _ audit: ReadAudit) throws(CaseworkFailure) -> [JSONValue] {
        var rows: [JSONValue] = []
        for entry in entries {
            let referral = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(entry.referral) }
            rows.append(try appointment(entry, referral, call, db))
            if let client = referral.client { audit.disclose(client) }
        }
        return rows
    }

    /// An appointment as the caller may see it under the client's scopes in force today.
    static func appointment(_ entry: AgendaEntry, _ referral: Referral, _ call: CaseworkCall, _ db: Connection) throws(CaseworkFailure) -> JSONValue {
        let visible = call.visibleFields(caseworker: referral.caseworker, specialistUser: entry.specialistUser,
                                         scopes: try call.scopes(of: referral, in: db))
        // The client's latest escalated screening goes with the screening result (same scope).
        let escalation = try referral.client.flatMap { (client: ClientID) throws(CaseworkFailure) -> Screening? in
            try call.store { () throws(StoreError) in try ScreeningRepository(db).list(client: client).last { $0.result == nil } }
        }
        return ConsentRedaction.apply(SpecialistValues.appointment(entry, referral: referral, today: call.today, instruments: call.configuration.instruments,
                                                                   escalation: escalation),
                                      ConsentRedaction.appointment, visible: visible)
    }

    @Sendable static func today(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("agenda.read") { db, audit throws(CaseworkFailure) in
            let day = try call.string("date").map { (text: String) throws(CaseworkFailure) in try call.date(text, field: "date") } ?? call.today
            let agenda = SpecialistAgenda(db)
            let entries = try call.store { () throws(StoreError) in try agenda.day(day, specialistUser: call.agendaUser) }
            let open = try call.store { () throws(StoreError) in try agenda.unresolved(before: call.today, specialistUser: call.agendaUser) }
            audit.describe(kind: "day", id: day.description, detail: "\(EnglishCount.of(entries.count, "appointment")), \(open.count) unresolved")
            return ["date": .string(day.description), "appointments": .array(try rows(entries, call, db, audit)),
                    "unresolved": .array(try rows(open, call, db, audit))]
        }
    }

    @Sendable static func session(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("agenda.read") { db, audit throws(CaseworkFailure) in
            let id = call.integer("session") ?? 0
            let session = try call.store { () throws(StoreError) in try SessionRepository(db).find(SessionID(id)) }
            let owner = try call.store { () throws(StoreError) in try session.flatMap { s throws(StoreError) in try SpecialistRepository(db).find(s.specialist) } }
            guard session != nil, call.seesAll || (call.caller.roles.contains(.specialist) && owner?.user.value == call.caller.userName) else {
                if call.seesAll { throw CaseworkFailure(.notFound(record: "session", id: String(id))) }
                throw CaseworkFailure(.denied(recordKind: "session", recordID: String(id)))
            }
            let entries = try call.store { () throws(StoreError) in try SpecialistAgenda(db).session(SessionID(id)) }
            audit.describe(kind: "session", id: String(id), detail: "\(EnglishCount.of(entries.count, "appointment"))")
            return ["session": .integer(id), "appointments": .array(try rows(entries, call, db, audit))]
        }
    }

    @Sendable static func unresolved(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("agenda.read") { db, audit throws(CaseworkFailure) in
            let open = try call.store { () throws(StoreError) in
                try SpecialistAgenda(db).unresolved(before: call.today, specialistUser: call.agendaUser)
            }
            audit.describe(kind: "unresolved", id: nil, detail: "\(open.count) unresolved")
            return ["appointments": .array(try rows(open, call, db, audit))]
        }
    }

    @Sendable static func recordAttendance(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let given = try request.typed(AssessmentsProtocol.RecordAttendanceRequest.self)
        return try call.write("attendance.record") { db throws(CaseworkFailure) in
            let user = try call.userName()
            let id = given.appointment
            let text = given.attendance
            guard let attendance = Attendance(rawValue: text) else {
                let all = Attendance.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalid("attendance", en: "\"\(text)\" is not an outcome (\(all))", de: "„\(text)“ ist kein Ergebnis (\(all))")
            }
            let (entry, found) = try call.accessibleAppointment(id, in: db, caseworkerToo: true)
            var referral = found
            if !call.seesAll && !call.isSpecialist(of: entry) && attendance != .cancelledByClient {
                throw CaseworkFailure(.denied(recordKind: "appointment", recordID: String(id)))
            }
            try AppointmentCancellation.requireOpen(entry, field: "attendance")
            if attendance == .cancelledByClient || attendance == .cancelledByService {
                // The same cancellation as lotse appointment cancel: slot freed, draft
                // released, specialist told.
                let outcome = try AppointmentCancellation(call: call, db: db).cancel(entry, referral: referral, as: attendance, reason: nil)
                try call.audit(db, "attendance.record", kind: "appointment", id: String(id),
                               detail: "\(attendance.rawValue); referral \(referral.id) now \(outcome.referral.status.rawValue)")
                // The same narrowing as every other appointment reply (ConsentPolicy).
                return ["appointment": try appointment(outcome.entry, outcome.referral, call, db),
                        "referralStatus": .string(outcome.referral.status.rawValue)]
            }
            if (attendance == .attended || attendance == .noShow) && entry.date > call.today {
                throw .invalid("attendance", en: "appointment \(id) is on \(entry.date.displayText); before that day only a cancellation can be recorded",
                               de: "Termin \(id) ist am \(entry.date.displayText); vorher kann nur eine Absage erfasst werden")
            }
            if case .failure(let error) = referral.record(attendance, policy: call.configuration.planning.noShowPolicy) {
                throw .invalid("attendance", en: "referral \(referral.id): \(error)", de: "Anmeldung \(referral.id): \(error.germanDescription)")
            }
            try call.store { () throws(StoreError) in
                try AppointmentRepository(db).recordAttendance(id, attendance, by: user, at: call.now)
                try ReferralRepository(db).update(referral, now: call.now)
                if attendance.freesSlot { _ = try Outbox(db).markMoot(subjectKind: "appointment", subjectID: String(id)) }
            }
            try call.audit(db, "attendance.record", kind: "appointment", id: String(id),
                           detail: "referral \(referral.id)")
            var updated = entry
            updated.attendance = attendance
            return ["appointment": try appointment(updated, referral, call, db),
                    "referralStatus": .string(referral.status.rawValue)]
        }
    }

    /// The assessment with what the caller may see of it, its client named to the read's
    /// audit; nil for anyone but its specialist, the client's caseworker and coordinators
    /// (the caller denies, or leaves it out of a list with a denial entry).
    static func visible(_ assessment: Assessment, _ call: CaseworkCall, _ db: Connection, _ audit: ReadAudit) throws(CaseworkFailure) -> JSONValue? {
        let referral = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(assessment.referral) }
        let specialist = try call.store { () throws(StoreError) in try SpecialistRepository(db).find(assessment.specialist) }
        let roles = call.audiences(caseworker: referral.caseworker, specialistUser: specialist?.user.value)
        guard !roles.isEmpty, roles != [.admin] else {
            audit.withhold(kind: "assessment", id: assessment.id.description, client: referral.client)
            return nil
        }
        if let client = referral.client { audit.disclose(client) }
        let visible = ConsentPolicy.visible(to: roles, consent: try call.scopes(of: referral.client, in: db))
        return ConsentRedaction.apply(
            SpecialistValues.assessment(assessment, client: referral.client, specialistName: specialist?.name ?? "",
                                        catalogue: call.configuration.recommendations, today: call.today),
            ConsentRedaction.assessment, visible: visible)
    }

    @Sendable static func get(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("assessment.read") { db, audit throws(CaseworkFailure) in
            let id = call.integer("id") ?? 0
            guard let assessment = try call.store({ () throws(StoreError) in try AssessmentRepository(db).find(AssessmentID(id)) }) else {
                if call.seesAll { throw CaseworkFailure(.notFound(record: "assessment", id: id.description)) }
                throw CaseworkFailure(.denied(recordKind: "assessment", recordID: String(id)))
            }
            guard let shown = try visible(assessment, call, db, audit) else {
                throw CaseworkFailure(.denied(recordKind: "assessment", recordID: assessment.id.description))
            }
            audit.describe(kind: "assessment", id: assessment.id.description,
                           detail: shown["note"]?.stringValue == nil ? "recommendation codes and steps, no note" : "with note")
            return ["assessment": shown]
        }
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("assessment.read") { db, audit throws(CaseworkFailure) in
            let client = try call.pseudonym()
            try call.requireVisibleClient(client, in: db)
            var items: [JSONValue] = []
            for entry in try call.store({ () throws(StoreError) in try AssessmentRepository(db).recommendationCodes(client: client) }) {
                guard let assessment = try call.store({ () throws(StoreError) in try AssessmentRepository(db).find(entry.assessment) }) else { continue }
                // A specialist sees the assessments they wrote, not a colleague's: the
                // others are left out, and the denial entry names them.
                if let item = try visible(assessment, call, db, audit) { items.append(item) }
            }
            audit.describe(kind: "client", id: client.description, detail: "\(EnglishCount.of(items.count, "assessment")) listed")
            return ["assessments": .array(items)]
        }
    }
}
