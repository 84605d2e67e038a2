import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink
import LotseSystem

/// The client half of `org.lotse.Referrals`: opening clients, consents, hand-over.
extension ReferralsInterface {
    static func clientValue(_ client: Client, _ db: Connection, _ call: CaseworkCall) throws(CaseworkFailure) -> JSONValue {
        let open = try store({ () throws(StoreError) in try ReferralRepository(db).openReferral(client: client.id) })
        return CaseworkValues.client(client, openReferral: open?.id, retentionMonths: call.configuration.retention.monthsAfterClose)
    }

    @Sendable static func closeClient(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        try changeClient(request, action: "client.close") { client, call, db throws(CaseworkFailure) in
            if let open = try store({ () throws(StoreError) in try ReferralRepository(db).openReferral(client: client.id) }) {
                throw .invalid("client", en: "\(client.id) has an open referral (\(open.id)); withdraw it or let it finish before closing the case",
                               de: "\(client.id) hat eine offene Anmeldung (\(open.id)); ziehen Sie sie zurück oder lassen Sie sie abschließen, bevor Sie den Fall schließen")
            }
            if case .failure = client.close(on: call.today) {
                throw .invalid("client", en: "\(client.id) is already closed", de: "\(client.id) ist bereits abgeschlossen")
            }
        }
    }

    @Sendable static func reopenClient(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        try changeClient(request, action: "client.reopen") { client, _, _ throws(CaseworkFailure) in
            if case .failure = client.reopen() {
                throw .invalid("client", en: "\(client.id) is not closed", de: "\(client.id) ist nicht abgeschlossen")
            }
        }
    }

    /// One change of the caller's client named by `client`: `change` edits it (or refuses),
    /// then it is stored, audited as `action` and answered with the client as it is now.
    static func changeClient(_ request: MethodRequest, action: String,
                             _ change: (inout Client, CaseworkCall, Connection) throws(CaseworkFailure) -> Void) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        return try call.write(action) { db throws(CaseworkFailure) in
            let user = try call.userName()
            var client = try call.accessibleClient(try call.pseudonym(), in: db)
            try change(&client, call, db)
            try store({ () throws(StoreError) in try ClientRepository(db).update(client, by: user, now: call.now) })
            try call.audit(db, action, kind: "client", id: client.id.description)
            return ["client": try clientValue(client, db, call)]
        }
    }

    @Sendable static func createClient(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let services = request.services
        let limit = call.configuration.daemon.newClientsPerHour
        if let retryAfter = services.creations.admit(uid: request.caller.uid, now: call.now, limit: limit) {
            services.logger.notice(de: "Anlegen abgelehnt: \(request.caller.userName) hat in der letzten Stunde \(limit) Klient:innen angelegt",
                                   en: "client creation refused: \(request.caller.userName) created \(limit) clients within the last hour")
            throw CaseworkFailure(.tooManyNewClients(limit: limit, retryAfter: retryAfter)).varlinkError(interface: name)
        }
        do {
            return try create(call, services)
        } catch {
            // A refusal (a chosen pseudonym taken or retired too) is audited by
            // `CaseworkCall.handle`, so that probing for pseudonyms shows in the log.
            services.creations.release(uid: request.caller.uid)
            throw error
        }
    }

    /// Whose client a new one becomes, and whether the caller may choose its pseudonym.
    ///
    /// Choosing a pseudonym is reserved to coordinators: they see every client of the
    /// district anyway, so "already in use" tells them nothing new. To a caseworker the
    /// same answer would say that a pseudonym they cannot see exists (an existence
    /// oracle), so a caseworker who names one is refused — before anything is looked up,
    /// identically whether it exists or not — and the refusal is audited. A coordinator
    /// names the caseworker who takes the client (`caseworker`; themselves when they are
    /// a caseworker too and name nobody).
    private static func owner(_ call: CaseworkCall) throws(CaseworkFailure) -> UserName {
        let chosen = call.string("pseudonym")
        let named = call.string("caseworker")
        guard call.seesAll else {
            if let chosen {
                throw CaseworkFailure(.denied(recordKind: "client", recordID: String(chosen.prefix(64))))
            }
            if let named, named != call.caller.userName {
                throw CaseworkFailure(.denied(recordKind: "caseworker", recordID: String(named.prefix(64))))
            }
            return try call.userName()
        }
        guard let named else {
            guard call.caller.roles.contains(.caseworker) else {
                throw .invalid("caseworker", en: "name the caseworker who takes the client (--caseworker USER)",
                               de: "nennen Sie die Integrationsmanager:in, die die Klient:in übernimmt (--caseworker BENUTZER)")
            }
            return try call.userName()
        }
        switch call.services.account(named, holding: .caseworker, field: "caseworker") {
        case .success(let target): return target
        case .failure(let error): throw .model(error)
        }
    }

    private static func create(_ call: CaseworkCall, _ services: DaemonServices) throws(VarlinkError) -> [String: JSONValue] {
        try call.write("client.create") { db throws(CaseworkFailure) in
            let owner = try owner(call)
            let user = try call.userName()
            let text = call.string("municipality") ?? ""
            let known = call.configuration.district.municipalities
            // The id, or an official name the id stands for (`Vaihingen an der Enz`).
            guard let municipality = known.isEmpty ? MunicipalityID(text) : Municipality.id(named: text, among: known) else {
                // By their names, as people write them (the option takes those too).
                let list = known.map { MunicipalityID.name(of: $0.value) }.joined(separator: ", ")
                throw .invalid("municipality", en: "\"\(text)\" is not a municipality of the district (\(list))",
                               de: "„\(text)“ ist keine Gemeinde des Landkreises (\(list))")
            }
            let repository = ClientRepository(db)
            let id: ClientID
            if call.string("pseudonym") != nil {
                id = try call.pseudonym("pseudonym")
                if try store({ () throws(StoreError) in try repository.exists(id) }) {
                    throw .invalid("pseudonym", en: "\(id) is already in use; leave it out and Lotse issues a free one",
                                   de: "\(id) ist schon vergeben; lassen Sie es weg, dann vergibt Lotse ein freies")
                }
                // Never a second person under a pseudonym that named someone: old audit
                // entries would point at the wrong one.
                switch try store({ () throws(StoreError) in try RetiredPseudonyms(db).reason(id, mark: services.pseudonymMark) }) {
                case .purged?:
                    throw .invalid("pseudonym", en: "\(id) named a client whose data was deleted, and a pseudonym never names a second person; leave it out and Lotse issues a free one",
                                   de: "\(id) bezeichnete eine Klient:in, deren Daten gelöscht wurden, und ein Pseudonym bezeichnet nie eine zweite Person; lassen Sie es weg, dann vergibt Lotse ein freies")
                case .issued(let highest)?:
                    let last = ClientID(year: id.year, number: highest)?.description ?? "\(highest)"
                    throw .invalid("pseudonym", en: "\(id) was issued before (every number up to \(last) was given to someone), and a pseudonym never names a second person; leave it out and Lotse issues a free one",
                                   de: "\(id) wurde schon vergeben (jede Nummer bis \(last) wurde schon jemandem zugeteilt), und ein Pseudonym bezeichnet nie eine zweite Person; lassen Sie es weg, dann vergibt Lotse ein freies")
                case nil:
                    break
                }
            } else {
                id = try store({ () throws(StoreError) in try repository.issuePseudonym(year: call.today.year, mark: services.pseudonymMark) })
            }
            let client = Client(id: id, caseworker: owner, municipality: municipality, openedOn: call.today)
            try store({ () throws(StoreError) in try repository.insert(client, by: user, now: call.now) })
            try call.audit(db, "client.create", kind: "client", id: id.description,
                           detail: owner.value == user.value ? nil : "for \(owner.value)")
            return ["client": try clientValue(client, db, call)]
        }
    }

    @Sendable static func getClient(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        return try call.read("client.read") { db, audit throws(CaseworkFailure) in
            let client = try call.accessibleClient(try call.pseudonym(), in: db)
            audit.describe(kind: "client", id: client.id.description)
            audit.disclose(client.id)
            return ["client": try clientValue(client, db, call)]
        }
    }

    @Sendable static func listClients(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        return try call.read("client.list") { db, audit throws(CaseworkFailure) in
            let caseworker = try call.caseworkerScope()
            let clients = try store({ () throws(StoreError) in try ClientRepository(db).list(caseworker: caseworker) })
            try call.requireKnownCaseworker(caseworker, foundAny: !clients.isEmpty)
            var values: [JSONValue] = []
            for client in clients {
                values.append(try clientValue(client, db, call))
                audit.disclose(client.id)
            }
            audit.describe(kind: "clients", id: caseworker?.value ?? "all", detail: "\(EnglishCount.of(values.count, "client"))")
            return ["clients": .array(values)]
        }
    }

    @Sendable static func recordConsent(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let given = try request.typed(ReferralsProtocol.RecordConsentRequest.self)
        return try call.write("consent.record") { db throws(CaseworkFailure) in
            let user = try call.userName()
            var client = try call.accessibleClient(try call.pseudonym(), in: db)
            let givenOn = try call.date(given.givenOn, field: "date")
            guard givenOn <= call.today else {
                throw .invalid("date", en: "\(givenOn.displayText) is in the future; a consent is recorded once it was given",
                               de: "\(givenOn.displayText) liegt in der Zukunft; eine Einwilligung wird erfasst, wenn sie gegeben wurde")
            }
            let scope = try ReferralInput.consentScopes(given.scope)
            let onPaper = given.onPaper ?? false
            let consent: Consent
            switch Consent.make(givenOn: givenOn, scope: scope, onPaper: onPaper, recordedAt: call.now) {
            case .success(let made): consent = made
            case .failure:
                throw .invalid("scope", en: "name at least one scope (screening, referral, exchange-with-specialist)",
                               de: "nennen Sie mindestens einen Umfang (screening, referral, exchange-with-specialist)")
            }
            if case .failure = client.record(consent) {
                throw .invalid("date", en: "\(givenOn.displayText) is before the case was opened (\(client.openedOn.displayText)); a consent given on paper before that is recorded with --given",
                               de: "\(givenOn.displayText) liegt vor der Eröffnung des Falls (\(client.openedOn.displayText)); eine vorher auf Papier gegebene Einwilligung wird mit --given erfasst")
            }
            try store({ () throws(StoreError) in try ClientRepository(db).update(client, by: user, now: call.now) })
            try call.audit(db, "consent.record", kind: "client", id: client.id.description,
                           detail: "scope " + scope.sorted().map(\.rawValue).joined(separator: ",") + (onPaper ? ", given on paper on \(givenOn)" : ""))
            return ["client": try clientValue(client, db, call)]
        }
    }

    @Sendable static func withdrawConsent(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        let given = try request.typed(ReferralsProtocol.WithdrawConsentRequest.self)
        return try call.write("consent.withdraw") { db throws(CaseworkFailure) in
            let client = try call.accessibleClient(try call.pseudonym(), in: db)
            let date = try given.withdrawnOn.map { (text: String) throws(CaseworkFailure) in try call.date(text, field: "date") } ?? call.today
            guard date <= call.today else {
                throw .invalid("date", en: "\(date.displayText) is in the future; a withdrawal is recorded once it was declared",
                               de: "\(date.displayText) liegt in der Zukunft; ein Widerruf wird erfasst, wenn er erklärt wurde")
            }
            // Only some scopes: the consents in force end, and the scopes kept are recorded
            // anew from the same day.
            let named = try ReferralInput.consentScopes(given.scope ?? [])
            let before = ConsentPolicy.scopes(in: client.consents, on: date)
            let count = try store({ () throws(StoreError) in try ConsentWithdrawal(db).withdraw(client: client.id, on: date) })
            guard count > 0 else {
                throw .invalid("consent", en: "\(client.id) has no consent in force on \(date.displayText)",
                               de: "\(client.id) hat am \(date.displayText) keine gültige Einwilligung")
            }
            var reloaded = try call.accessibleClient(client.id, in: db)
            let kept = named.isEmpty ? [] : before.subtracting(named)
            let user = try call.userName()
            if !kept.isEmpty, case .success(let consent) = Consent.make(givenOn: date, scope: kept),
               case .success = reloaded.record(consent) {
                let changed = reloaded
                try store({ () throws(StoreError) in try ClientRepository(db).update(changed, by: user, now: call.now) })
                reloaded = try call.accessibleClient(client.id, in: db)
            }
            let ended = before.subtracting(kept).sorted().map(\.rawValue).joined(separator: ",")
            try call.audit(db, "consent.withdraw", kind: "client", id: client.id.description,
                           detail: "\(EnglishCount.of(count, "consent"))" + (kept.isEmpty ? "" : "; ended: \(ended); kept: " + kept.sorted().map(\.rawValue).joined(separator: ",")))
            // Without `referral` in force the open referral is not used any further: it is
            // withdrawn (its slot freed) in the same transaction.
            if var open = try store({ () throws(StoreError) in try ReferralRepository(db).openReferral(client: client.id) }),
               !ConsentPolicy.scopes(for: open, consents: reloaded.consents, on: call.today).contains(.referral),
               open.status.allowedNext.contains(.withdrawn) {
                try withdrawOpen(&open, reason: SystemReason.consentWithdrawn.rawValue, call, db)
                try call.audit(db, "referral.withdraw", kind: "referral", id: open.id.description, detail: "consent to referral withdrawn")
            }
            return ["client": try clientValue(reloaded, db, call), "withdrawn": .integer(Int64(count))]
        }
    }

    @Sendable static func handOver(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = call(request)
        return try call.write("client.handover") { db throws(CaseworkFailure) in
            let user = try call.userName()
            var client = try call.accessibleClient(try call.pseudonym(), in: db)
            let text = call.string("caseworker") ?? ""
            let target: UserName
            switch call.services.account(text, holding: .caseworker, field: "caseworker") {
            case .success(let account): target = account
            case .failure(let error): throw .model(error)
            }
            let previous = client.caseworker
            if case .failure(let error) = client.handOver(to: target) {
                throw .model(error)
            }
            // Every right moves at once: the client (and with it screenings and the help
            // plan), all referrals (closed ones too: assessments and their notes are reached
            // through them) and the previous caseworker's steps, whose queued reminders go
            // to the new caseworker instead — as does every other mail about the client
            // still waiting for the previous caseworker (appointment reminders, reviews).
            let (moved, readdressed) = try store({ () throws(StoreError) -> (ClientHandOver.Moved, Int) in
                try ClientRepository(db).update(client, by: user, now: call.now)
                let moved = try ClientHandOver(db).move(client: client.id, from: previous, to: target, by: user, now: call.now)
                for id in moved.steps {
                    if let step = try FollowUpStepRepository(db).find(id) {
                        _ = try FollowUpReminder.handOver(step, db, configuration: call.configuration, now: call.now)
                    }
                }
                guard let old = try CaseworkerRepository(db).find(previous)?.email else { return (moved, 0) }
                let readdressed = try Outbox(db).readdress(client: client.id, from: old, to: try CaseworkerRepository(db).find(target)?.email)
                return (moved, readdressed)
            })
            try call.audit(db, "client.handover", kind: "client", id: client.id.description,
                           detail: "from \(previous.value) to \(target.value)")
            let what = "\(EnglishCount.of(moved.referrals, "referral")), \(EnglishCount.of(moved.steps.count, "follow-up step")), \(EnglishCount.of(readdressed, "queued mail"))"
            try call.audit(db, "client.access-removed", kind: "client", id: client.id.description,
                           detail: "\(previous.value) no longer has access (\(what) moved)")
            try call.audit(db, "client.access-granted", kind: "client", id: client.id.description,
                           detail: "\(target.value) has access to the client, screenings, help plan, assessments and notes, \(what)")
            return ["client": try clientValue(client, db, call)]
        }
    }
}
