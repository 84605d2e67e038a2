import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Referrals`: clients and their referrals, for caseworkers (own clients only)
/// and coordinators (the whole district). See `ReferralsProtocol` for the contract.
public struct ReferralsInterface: VarlinkInterface {
    /// The interface name.
    public static let name = ReferralsProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL.
    public let idl = ReferralsProtocol.idl

    /// Caseworkers refer and keep their clients; coordinators read everything and hand
    /// clients over.
    public var methods: [String: MethodEntry] {
        [
            "CreateClient": .single(roles: [.caseworker, .coordinator], Self.createClient),
            "GetClient": .single(roles: [.caseworker, .coordinator], Self.getClient),
            "ListClients": .single(roles: [.caseworker, .coordinator], Self.listClients),
            "RecordConsent": .single(roles: [.caseworker], Self.recordConsent),
            "WithdrawConsent": .single(roles: [.caseworker], Self.withdrawConsent),
            "HandOver": .single(roles: [.coordinator], Self.handOver),
            "CloseClient": .single(roles: [.caseworker], Self.closeClient),
            "ReopenClient": .single(roles: [.caseworker], Self.reopenClient),
            "Submit": .single(roles: [.caseworker], Self.submit),
            "List": .single(roles: [.caseworker, .coordinator], Self.list),
            "Get": .single(roles: [.caseworker, .coordinator], Self.get),
            "Update": .single(roles: [.caseworker], Self.update),
            "Withdraw": .single(roles: [.caseworker], Self.withdraw),
        ]
    }

    static func call(_ request: MethodRequest) -> CaseworkCall { CaseworkCall(request, interface: name) }

    /// A referral as the reply shows it, with its place on the roster.
    static func value(_ referral: Referral, _ call: CaseworkCall, _ db: Connection) throws(CaseworkFailure) -> JSONValue {
        // A closed or withdrawn referral has no place on a roster any more.
        var placement: ReferralPlacement?
        if referral.isOpen {
            do { placement = try CaseworkQueries(db).placement(of: referral.id, today: call.today) } catch { throw CaseworkFailure(storeError: error) }
        }
        return try shown(CaseworkValues.referral(referral, today: call.today, limitWeeks: call.configuration.planning.waitingLimitWeeks,
                                                 placement: placement, instruments: call.configuration.instruments), referral, call, db)
    }

    /// A referral's wire form with what the caller may not see under the client's
    /// scopes in force today emptied (`ConsentPolicy`).
    static func shown(_ value: JSONValue, _ referral: Referral, _ call: CaseworkCall, _ db: Connection) throws(CaseworkFailure) -> JSONValue {
        let visible = call.visibleFields(caseworker: referral.caseworker, specialistUser: nil, scopes: try call.scopes(of: referral, in: db))
        return ConsentRedaction.apply(value, ConsentRedaction.referral, visible: visible)
    }

    /// Runs a store step, turning its refusals of values into field errors.
    static func store<T>(_ body: () throws(StoreError) -> T) throws(CaseworkFailure) -> T {
        do { return try body() } catch {
            if case .invalidValue(let field) = error.kind {
                throw .invalid(field, en: error.message, de: error.messageDe ?? error.message)
            }
            throw CaseworkFailure(storeError: error)
        }
    }

    // MARK: Submit

    @Sendable static func submit(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let answers = AcuteRiskEscalation.answers(call)
        // Acute risk first, before any other field is looked at.
        if answers.isAcute {
            // Nothing is stored for the client: an escalation is no referral.
            return try AcuteRiskEscalation.report(call, action: "referral.submit", recordKey: "referral") { _, _ throws(CaseworkFailure) in .null }
        }
        let given = try request.typed(ReferralsProtocol.SubmitRequest.self)
        return try call.write("referral.submit") { db throws(CaseworkFailure) in
            let user = try call.userName()
            let kind = try ReferralInput.kind(given.kind)
            var client: Client?
            if given.client != nil || kind.requiresClient {
                guard given.client != nil else {
                    throw .invalid("client", en: "a referral of kind \(kind.rawValue) needs a client pseudonym",
                                   de: "eine Anmeldung der Art \(kind.rawValue) braucht ein Klient:innen-Pseudonym")
                }
                client = try call.accessibleClient(try call.pseudonym(), in: db)
            }
            let language = try ReferralInput.language(given.language)
            let note = try ReferralInput.note(given.note ?? "")
            let unavailable = try ReferralInput.unavailableDates(given.unavailableDates ?? [], call: call)
            let preferred = try given.preferredSpecialist.map { (id: Int64) throws(CaseworkFailure) in
                try ReferralInput.specialist(id, field: "preferred specialist", db: db)
            }
            let excluded = try ReferralInput.specialists(given.excludedSpecialists ?? [], field: "excluded specialists", db: db)
            let overrideReason = try given.consentOverrideReason.map { (text: String) throws(CaseworkFailure) in
                try ReferralInput.bounded(text, field: "consent override reason", max: ConsentBasis.maxReasonLength, oneLine: true)
            }
            let urgencyReason = try ReferralInput.urgencyReason(given.urgencyReason)
            let givenUrgency = try given.urgency.map { (value) throws(CaseworkFailure) in try ReferralInput.urgency(value.rawValue) }

            if let client {
                guard client.status == .active else {
                    throw .invalid("client", en: "\(client.id) is closed; reopen the case before referring",
                                   de: "\(client.id) ist abgeschlossen; öffnen Sie den Fall erneut, bevor Sie anmelden")
                }
                if let open = try store({ () throws(StoreError) in try ReferralRepository(db).openReferral(client: client.id) }) {
                    throw CaseworkFailure(.openReferralExists(client: client.id, referral: open.id.rawValue))
                }
            }

            // Consent, or an override with a reason.
            let basis: ConsentBasis
            if let client {
                switch ConsentBasis.establish(consents: client.consents, overrideReason: overrideReason, on: call.today) {
                case .success(let established): basis = established
                case .failure:
                    throw .invalid("consent", en: "no consent to a referral is recorded for \(client.id); record it (lotse client consent) or give an override with a reason",
                                   de: "für \(client.id) ist keine Einwilligung in eine Anmeldung erfasst; erfassen Sie sie (lotse client consent) oder geben Sie eine Ausnahme mit Begründung an")
                }
            } else {
                basis = .override(reason: overrideReason ?? "consultation about a case in general; no client named")
            }

            // The screening the urgency comes from: the one named, else the client's latest.
            var screening: Screening?
            if let id = given.screening {
                let found = try store({ () throws(StoreError) in try ScreeningRepository(db).find(ScreeningID(id)) })
                guard let found, found.client == client?.id, found.result != nil else {
                    throw .invalid("screening", en: "screening \(id) is not a scored screening of this client",
                                   de: "Screening \(id) ist kein ausgewertetes Screening dieser Klient:in")
                }
                screening = found
            } else if givenUrgency == nil, let client {
                screening = try store({ () throws(StoreError) in try ScreeningRepository(db).list(client: client.id) }).last { $0.result != nil }
            }
            let urgency: Urgency
            switch (givenUrgency, screening) {
            case (let given?, let record):
                if urgencyReason == nil && record.map({ $0.result?.urgency != given }) ?? true {
                    throw .invalid("urgency reason", en: "an urgency given without a matching screening needs a reason",
                                   de: "eine Dringlichkeit ohne passendes Screening braucht eine Begründung")
                }
                urgency = given
            case (nil, let record?):
                urgency = record.result?.urgency ?? .routine
            case (nil, nil):
                throw .invalid("urgency", en: "screen the client first (lotse screen) or give an urgency with a reason",
                               de: "führen Sie zuerst ein Screening durch (lotse screen) oder geben Sie eine Dringlichkeit mit Begründung an")
            }

            let details: ReferralDetails
            switch ReferralDetails.make(kind: kind, urgency: urgency, urgencyReason: urgencyReason, language: language,
                                        interpreterNeeded: given.interpreter, unavailableDates: unavailable,
                                        preferredSpecialist: preferred, excludedSpecialists: excluded, note: note, today: call.today) {
            case .success(let made): details = made
            case .failure(let error): throw .model(error)
            }
            let municipality = client?.municipality ?? call.configuration.district.municipalities.first ?? MunicipalityID("district")
            guard let municipality else { throw .invalid("client", en: "a consultation needs a client or a configured municipality", de: "eine Fallberatung braucht eine Klient:in oder eine konfigurierte Gemeinde") }
            let id = try store({ () throws(StoreError) in try ReferralRepository(db).nextID() })
            let referral: Referral
            // A client's referral is their caseworker's, whoever submits it (a coordinator
            // on their behalf): that caseworker gets its mails and sees it in their list.
            switch Referral.submit(id: id, client: client?.id, caseworker: client?.caseworker ?? user, municipality: municipality, details: details,
                                   screening: screening?.result, consentBasis: basis, referredOn: call.today) {
            case .success(let made): referral = made
            case .failure(let error): throw .model(error)
            }
            try store({ () throws(StoreError) in try ReferralRepository(db).insert(referral, screeningID: screening?.id, now: call.now) })
            var detail: String?
            if case .override = basis { detail = "consent override (reason stored with the referral)" }
            try call.audit(db, "referral.submit", kind: "referral", id: id.description, detail: detail)
            if let client { try call.audit(db, "client.referred", kind: "client", id: client.id.description, detail: "referral \(id)") }
            // A referral stored a moment ago under a never-used id has no appointment, roster
            // entry or waiting reason yet, so the three placement queries are skipped.
            let stored = try shown(CaseworkValues.referral(referral, today: call.today, limitWeeks: call.configuration.planning.waitingLimitWeeks,
                                                           placement: nil, instruments: call.configuration.instruments), referral, call, db)
            return ["referral": stored, "escalation": .null]
        }
    }

    // MARK: Read

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let given = try request.typed(ReferralsProtocol.ListRequest.self)
        return try call.read("referral.list") { db, audit throws(CaseworkFailure) in
            var statuses: Set<ReferralStatus> = []
            for text in given.status ?? [] {
                guard let status = ReferralStatus(rawValue: text) else {
                    throw .invalid("status", en: "\"\(text)\" is not a referral status (waiting, scheduled, attended, no-show, needs-retriage, closed, withdrawn)",
                                   de: "„\(text)“ ist kein Status einer Anmeldung (waiting, scheduled, attended, no-show, needs-retriage, closed, withdrawn)")
                }
                statuses.insert(status)
            }
            var month: String?
            if let text = given.month {
                guard CalendarDate(iso: text + "-01") != nil, text.count == 7 else {
                    throw .invalid("month", en: "\"\(text)\" is not a month (YYYY-MM)", de: "„\(text)“ ist kein Monat (JJJJ-MM)")
                }
                month = text
            }
            let caseworker = try call.caseworkerScope()
            let referrals = try store({ () throws(StoreError) in
                try ReferralRepository(db).list(statuses: statuses, caseworker: caseworker, referredIn: month)
            })
            try call.requireKnownCaseworker(caseworker, foundAny: !referrals.isEmpty)
            var values: [JSONValue] = []
            for referral in referrals {
                values.append(try value(referral, call, db))
                if let client = referral.client { audit.disclose(client) }
            }
            audit.describe(kind: "referrals", id: caseworker?.value ?? "all", detail: "\(EnglishCount.of(values.count, "referral"))")
            return ["referrals": .array(values), "today": CaseworkValues.date(call.today),
                    "waitingLimitWeeks": .integer(Int64(call.configuration.planning.waitingLimitWeeks))]
        }
    }

    @Sendable static func get(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let id = try request.typed(ReferralsProtocol.GetRequest.self).id
        return try call.read("referral.read") { db, audit throws(CaseworkFailure) in
            let referral = try call.accessibleReferral(id, in: db)
            audit.describe(kind: "referral", id: referral.id.description)
            if let client = referral.client { audit.disclose(client) }
            return ["referral": try value(referral, call, db), "today": CaseworkValues.date(call.today)]
        }
    }

    // MARK: Change

    @Sendable static func update(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let given = try request.typed(ReferralsProtocol.UpdateRequest.self)
        return try call.write("referral.update") { db throws(CaseworkFailure) in
            var referral = try call.accessibleReferral(given.id, in: db)
            guard referral.status == .waiting else {
                throw CaseworkFailure(.notWaiting(referral: referral.id.rawValue, status: referral.status.rawValue))
            }
            let old = referral.details
            let kind = try given.kind.map { (text: String) throws(CaseworkFailure) in try ReferralInput.kind(text) } ?? old.kind
            let language = try given.language.map { (text: String) throws(CaseworkFailure) in try ReferralInput.language(text) } ?? old.language
            let note = try given.note.map { (text: String) throws(CaseworkFailure) in try ReferralInput.note(text) } ?? old.note
            let unavailable = try given.unavailableDates.map { (texts: [String]) throws(CaseworkFailure) in
                try ReferralInput.unavailableDates(texts, call: call)
            } ?? old.unavailableDates.filter { $0 >= call.today }
            var preferred = old.preferredSpecialist
            if let id = given.preferredSpecialist {
                preferred = id == 0 ? nil : try ReferralInput.specialist(id, field: "preferred specialist", db: db)
            }
            let excluded = try given.excludedSpecialists.map { (ids: [Int64]) throws(CaseworkFailure) in
                try ReferralInput.specialists(ids, field: "excluded specialists", db: db)
            } ?? old.excludedSpecialists
            var urgency = old.urgency
            var reason = try ReferralInput.urgencyReason(given.urgencyReason) ?? old.urgencyReason
            if let value = given.urgency {
                urgency = try ReferralInput.urgency(value.rawValue)
                let newReason = given.urgencyReason != nil
                if urgency != old.urgency && !newReason {
                    // Back to the screening's urgency needs no reason; any other change a new one.
                    guard urgency == referral.screening?.urgency else {
                        throw .invalid("urgency reason", en: "an urgency that differs from the screening needs a new reason",
                                       de: "eine vom Screening abweichende Dringlichkeit braucht eine neue Begründung")
                    }
                    reason = nil
                }
            }
            let details: ReferralDetails
            switch ReferralDetails.make(kind: kind, urgency: urgency, urgencyReason: reason, language: language,
                                        interpreterNeeded: given.interpreter ?? old.interpreterNeeded,
                                        unavailableDates: unavailable, preferredSpecialist: preferred,
                                        excludedSpecialists: excluded, note: note, today: call.today) {
            case .success(let made): details = made
            case .failure(let error): throw .model(error)
            }
            if case .failure(let error) = referral.update(details) { throw .model(error) }
            try store({ () throws(StoreError) in try ReferralRepository(db).update(referral, now: call.now) })
            try call.audit(db, "referral.update", kind: "referral", id: referral.id.description)
            return ["referral": try value(referral, call, db)]
        }
    }

    @Sendable static func withdraw(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let given = try request.typed(ReferralsProtocol.WithdrawRequest.self)
        return try call.write("referral.withdraw") { db throws(CaseworkFailure) in
            var referral = try call.accessibleReferral(given.id, in: db)
            let reason = try ReferralInput.bounded(given.reason, field: "reason", max: 500, oneLine: true)
            guard referral.status.allowedNext.contains(.withdrawn) else {
                throw CaseworkFailure(.notWaiting(referral: referral.id.rawValue, status: referral.status.rawValue))
            }
            let cancelled = try withdrawOpen(&referral, reason: reason, call, db)
            try call.audit(db, "referral.withdraw", kind: "referral", id: referral.id.description,
                           detail: cancelled.map { "appointment \($0.appointment) cancelled" })
            return ["referral": try value(referral, call, db),
                    "cancelledAppointment": cancelled.map { ["id": .integer($0.appointment), "date": .string($0.date.description),
                                                              "time": .string($0.time)] } ?? .null]
        }
    }

    /// Withdraws an open referral and frees its slot. An appointment still to come is
    /// cancelled as the client's cancellation is — the slot freed in every draft, the
    /// specialist told by mail — and returned so the caller can say so; one whose day has
    /// passed without an outcome is closed as cancelled. The reminders become moot.
    @discardableResult
    static func withdrawOpen(_ referral: inout Referral, reason: String, _ call: CaseworkCall, _ db: Connection) throws(CaseworkFailure) -> AgendaEntry? {
        var cancelled: AgendaEntry?
        if referral.status == .scheduled {
            let open = try store({ () throws(StoreError) in try AppointmentRepository(db).list(referral: referral.id).filter { $0.attendance == nil } })
            for appointment in open {
                guard let entry = try store({ () throws(StoreError) in try SpecialistAgenda(db).entry(appointment: appointment.id) }),
                      entry.date >= call.today, !entry.sessionCancelled else { continue }
                let outcome = try AppointmentCancellation(call: call, db: db).cancel(entry, referral: referral, as: .cancelledByClient, reason: nil)
                referral = outcome.referral
                cancelled = outcome.entry
            }
        }
        if case .failure(let error) = referral.withdraw(reason: reason) { throw .model(error) }
        let user = try call.userName()
        let withdrawn = referral
        try store({ () throws(StoreError) in
            try ReferralRepository(db).update(withdrawn, now: call.now)
            let appointments = AppointmentRepository(db)
            for appointment in try appointments.list(referral: withdrawn.id) where appointment.attendance == nil {
                try appointments.recordAttendance(appointment.id, .cancelledByClient, by: user, at: call.now)
            }
            _ = try Outbox(db).markMoot(subjectKind: "referral", subjectID: withdrawn.id.description)
        })
        return cancelled
    }
}
