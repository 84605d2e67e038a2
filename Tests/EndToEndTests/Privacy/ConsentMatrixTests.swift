import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The generated matrix of issue 14: every set of consent scopes × every role × every
/// method that replies with client data × every field. A small district goes the whole
/// way — fifteen screened, referred and booked clients, one of them assessed (note, code,
/// step, help plan), one referred afterwards and waiting — and then, for each of the eight
/// scope sets, every client's consent is changed to that set and each role calls each
/// method over raw varlink: the reads, and the changes whose replies carry a client record
/// (submit, update, withdraw, attendance, screening, review, amendment), each on a record
/// of its own so that every round can make it afresh.
///
/// Every key of every reply is classified below by this test itself — the reply's own keys
/// and each record's — and an unclassified key fails it, so a new field cannot slip past.
/// The fields a reply discloses must be exactly those `ConsentPolicy` allows that role
/// under that set: no more (a leak), and, for the roles the method serves, no fewer. Each
/// successful read's audit entry, and every entry of a successful change, must name
/// exactly the pseudonyms its reply carried. The
/// method list itself is checked against the daemon's interfaces: a method that is neither
/// probed here nor named below with the test that covers it fails the matrix.
@Suite(.serialized) struct ConsentMatrixTests {
    /// The wire keys of each record type and the field each belongs to.
    static let referralKeys: [String: DisclosedField] = classify([
        .referralFrame: ["id", "client", "caseworker", "municipality", "status", "referredOn", "consentGivenOn", "withdrawalReason",
                         "waitingDays", "placement"],
        .referralPlanning: ["kind", "urgency", "language", "interpreter", "unavailableDates", "preferredSpecialist",
                            "excludedSpecialists", "notBefore", "overWaitingLimit"],
        .referralNote: ["note", "urgencyReason", "consentOverrideReason"],
        .screeningResult: ["screening"],
    ])
    static let appointmentKeys: [String: DisclosedField] = classify([
        .referralFrame: ["id", "referral", "client", "caseworker", "session", "slot", "date", "time", "minutes", "place", "specialist",
                         "specialistName", "attendance", "assessment", "unresolved"],
        .referralPlanning: ["kind", "urgency", "language", "interpreter"],
        .referralNote: ["referralNote"],
        .screeningResult: ["screening", "escalation"],
    ])
    static let screeningKeys: [String: DisclosedField] = classify([
        .referralFrame: ["id", "client", "screenedOn", "recordedBy"],
        .screeningResult: ["instrument", "acuteRisk", "escalated", "escalationRoute", "result"],
        .screeningAnswers: ["answers"],
    ])
    static let assessmentKeys: [String: DisclosedField] = classify([
        .assessmentFrame: ["id", "referral", "client", "specialist", "specialistName", "appointmentDate", "noteVisible"],
        .assessmentRecommendations: ["recommendations"],
        .assessmentSteps: ["steps"],
        .assessmentNote: ["note"],
    ])
    static let versionKeys: [String: DisclosedField] = classify([
        .assessmentFrame: ["number", "writtenBy", "writtenAt"],
        .assessmentRecommendations: ["recommendations"],
        .assessmentSteps: ["steps"],
        .assessmentNote: ["note", "reason"],
    ])
    static let stepKeys: [String: DisclosedField] = classify([
        .assessmentSteps: ["id", "client", "assessment", "description", "ownerRole", "ownerUser", "dueOn", "status", "overdue"],
    ])
    static let rosterKeys: [String: DisclosedField] = classify([
        .referralFrame: ["referral", "client", "caseworker", "municipality", "referredOn", "slot", "date", "start", "minutes", "place",
                         "specialist", "sessionCancelled", "state", "weight", "pinned", "manual", "waitingWeeks", "overLimit", "atHeadOfUrgency",
                         "reason", "detail", "detailDe", "standing", "month", "version"],
        .referralPlanning: ["kind", "language", "interpreter", "urgency"],
    ])
    static let rosterChangeKeys: [String: DisclosedField] = classify([
        .referralFrame: ["change", "referral", "from", "to", "client", "text"],
    ])
    /// A client record: the pseudonym, its caseworker and municipality, the case's dates
    /// and status, the consents (how a withdrawal is seen) — the frame, no scope needed.
    static let clientKeys: [String: DisclosedField] = classify([
        .referralFrame: ["pseudonym", "caseworker", "municipality", "status", "openedOn", "closedOn", "consents", "openReferral", "purgeOn"],
    ])
    static let planKeys: [String: DisclosedField] = classify([
        .referralFrame: ["client"],
        .helpPlan: ["version", "reviewDue"],
    ])
    /// An outbox row: delivery facts and an opaque Message-ID, the frame of a mail.
    static let outboxKeys: [String: DisclosedField] = classify([
        .referralFrame: ["id", "kind", "recipient", "state", "moot", "attempts", "nextAttemptAt", "createdAt", "sentAt",
                         "lastExitCode", "lastError", "messageId"],
    ])
    /// Kinds of mail an admin's outbox list never names (screening, steps, help plan).
    static let kindsAdminsNeverSee: Set<String> = ["acute-risk-alert", "followup-due", "helpplan-review-due"]
    static let planVersionKeys: [String: DisclosedField] = classify([
        .helpPlan: ["number", "author", "authorRole", "authoredAt", "change", "reviewOn", "goals"],
    ])

    static func classify(_ table: [DisclosedField: [String]]) -> [String: DisclosedField] {
        var keys: [String: DisclosedField] = [:]
        for (field, names) in table { for name in names { keys[name] = field } }
        return keys
    }

    /// What a key of a reply holds: a list of records, one record, a field of the client
    /// record outside any record, or nothing of a client (a date, a count, a version).
    enum Part {
        case records([String: DisclosedField])
        case record([String: DisclosedField])
        case field(DisclosedField)
        case meta
    }

    /// One method under test: its call (made afresh for each round and role), the roles
    /// it serves (related to the record), the scope without which its records are gone
    /// (a withdrawn referral is neither waiting nor booked), and every key of its reply.
    struct Probe {
        let name: String
        let call: (Round) -> VarlinkCall
        let serves: Set<Role>
        var needs: ConsentScope?
        /// A change: called after the reads, not counted in the read audit.
        var changes = false
        /// The client a reply is about when its records do not name it (versions).
        var about: String?
        /// The clients a reply is about without naming them (the outbox lists mail about
        /// clients but no pseudonym), read from the database right after the reads.
        var unnamed: (() throws -> Set<ClientID>)?
        let reply: [String: Part]
    }

    /// One role's turn under one scope set.
    struct Round {
        let scopes: Set<ConsentScope>
        let role: Role
    }

    /// Whether a value discloses anything (null and empty lists disclose nothing).
    static func discloses(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .array(let items): !items.isEmpty
        default: true
        }
    }

    /// Every pseudonym under a `client` or `pseudonym` key anywhere in `value`.
    static func pseudonyms(in value: JSONValue) -> [ClientID] {
        switch value {
        case .object(let object):
            let own = ["client", "pseudonym"].compactMap { object[$0]?.stringValue.flatMap(ClientID.init) }
            return own + object.values.flatMap { pseudonyms(in: $0) }
        case .array(let items):
            return items.flatMap { pseudonyms(in: $0) }
        default:
            return []
        }
    }

    /// The scope sets, those with `referral` first: a withdrawal of `referral` withdraws
    /// the open referrals and frees their appointments, so the rounds that need them come
    /// while they stand. Each round changes only the scopes that differ from the last.
    static let scopeSets: [Set<ConsentScope>] = (0..<8).map { bits in
        Set(ConsentScope.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
    }.sorted { ($0.contains(.referral) ? 0 : 1, -$0.count) < ($1.contains(.referral) ? 0 : 1, -$1.count) }

    /// Methods that carry client data but are not probed here, with the test that covers
    /// each (one-off changes whose reply is built like a probed one, or not a record).
    static let coveredElsewhere: [String: String] = [
        "org.lotse.Referrals.RecordConsent": "called for every client each round here (reply keys and audit checked there)",
        "org.lotse.Referrals.WithdrawConsent": "called for every client each round here (reply keys and audit checked there)",
        "org.lotse.Referrals.HandOver": "HandOverRightsTests",
        "org.lotse.Assessments.Record": "ConsentScopeVisibilityTests; Assessment reply as Amend",
        "org.lotse.FollowUps.Done": "Step reply as FollowUps.List; HandOverRightsTests",
        "org.lotse.Appointments.Cancel": "frame only (numbers, pseudonym, time, slot); the cancellation is RecordAttendance's cancelled-by-client",
        "org.lotse.Roster.Export": "RosterExportConsentTests",
        "org.lotse.Roster.Refill": "offers are Roster.Show entries",
        "org.lotse.Roster.Problem": "coordinators only; waiting referrals, all under referral",
        "org.lotse.Mail.Retry": "MailOutboxPrivacyTests (one row, as Mail.Outbox)",
    ]

    /// Methods of these interfaces whose replies carry no client record: a roster version's
    /// head (month, version, status, counts) and the screening instruments.
    static let noClientData: Set<String> = [
        "org.lotse.Roster.Plan", "org.lotse.Roster.Pin", "org.lotse.Roster.Move", "org.lotse.Roster.Drop", "org.lotse.Roster.Add",
        "org.lotse.Roster.Approve", "org.lotse.Roster.Publish", "org.lotse.Screening.Instruments",
    ]

    @Test func everyMethodDisclosesExactlyTheFieldsThePolicyAllowsForEveryScopeSetAndRole() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 10)
        let screening = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
        let booked = try world.refer(15, screening: screening).map(\.client)
        try world.publish()
        // The waiting client (opened and consenting on the real day, like the others),
        // whose referral the caseworker updates, withdraws and submits anew each round.
        let waiting = try world.refer(1, screening: screening)[0]
        var waitingReferral = waiting.referral
        let everyone = booked + [waiting.client]
        // The assessed client: the first booked with the specialist.
        try world.moveClock(to: world.sessionDay)
        let onTheDay = try world.appointments()
        let client = try #require(booked.first { onTheDay[$0] != nil })
        let due = world.sessionDay.adding(days: 14).displayText
        let recorded = try world.json(["assessment", "record", String(onTheDay[client] ?? 0), "--note", "Notiz der Fachkraft",
                                       "--recommend", "psychosocial-centre", "--step", "\(due);caseworker;Termin im PSZ vereinbaren"],
                                      as: world.specialist)
        let assessment = try #require(recorded["assessment"]?["id"]?.integerValue)
        let step = try #require(recorded["assessment"]?["steps"]?.arrayValue?.first?["id"]?.integerValue)
        var stepOwner = "caseworker"
        var lastGoal: Int64 = 0
        let referral = try #require(try world.query("SELECT referral_id FROM assessments WHERE id = \(assessment)").split(separator: "\n").first
            .flatMap { Int64($0) })
        // The day after: the rest of the day's appointments are unresolved; the other
        // specialist's (two days after the session) still lie ahead, for cancellations.
        try world.moveClock(to: world.sessionDay.adding(days: 1))
        var pastAppointments = onTheDay.filter { $0.key != client }.sorted { $0.key < $1.key }.map(\.value)
        let unresolved = pastAppointments.removeFirst()
        let later = try world.json(["session", "today", "--date", world.sessionDay.adding(days: 2).description], as: world.otherSpecialist)
        var futureAppointments = (later["appointments"]?.arrayValue ?? []).compactMap { $0["id"]?.integerValue }
        try #require(pastAppointments.count >= 8 && futureAppointments.count >= 4, "\(pastAppointments) \(futureAppointments)")

        let day = JSONValue.string(world.sessionDay.description)
        let pseudonym = JSONValue.string(client)
        let appointment: [String: Part] = ["appointment": .record(Self.appointmentKeys), "referralStatus": .meta]
        // Which appointment each round's attendance is recorded on: the specialist's and
        // the coordinator's on the past day, the caseworker's cancellation on a future one.
        var attendance: [String: Int64] = [:]
        for (index, scopes) in Self.scopeSets.enumerated() where scopes.contains(.referral) {
            attendance["\(index)/specialist"] = pastAppointments.removeFirst()
            attendance["\(index)/coordinator"] = pastAppointments.removeFirst()
            attendance["\(index)/caseworker"] = futureAppointments.removeFirst()
        }
        var roundIndex = 0
        func attendanceCall(_ round: Round) -> VarlinkCall {
            let outcome = [Role.specialist: "attended", .coordinator: "no-show", .caseworker: "cancelled-by-client"][round.role] ?? "attended"
            let id = attendance["\(roundIndex)/\(round.role.rawValue)"] ?? unresolved
            return VarlinkCall(method: "org.lotse.Assessments.RecordAttendance", parameters: ["appointment": .integer(id), "attendance": .string(outcome)])
        }
        let noRisk: JSONValue = ["suicidality": false, "dangerToOthers": false]
        let probes: [Probe] = [
            Probe(name: "Referrals.Get", call: { _ in VarlinkCall(method: "org.lotse.Referrals.Get", parameters: ["id": .integer(referral)]) },
                  serves: [.caseworker, .coordinator], reply: ["referral": .record(Self.referralKeys), "today": .meta]),
            Probe(name: "Referrals.List", call: { _ in VarlinkCall(method: "org.lotse.Referrals.List", parameters: [:]) },
                  serves: [.caseworker, .coordinator],
                  reply: ["referrals": .records(Self.referralKeys), "today": .meta, "waitingLimitWeeks": .meta]),
            Probe(name: "Referrals.GetClient", call: { _ in VarlinkCall(method: "org.lotse.Referrals.GetClient", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator], reply: ["client": .record(Self.clientKeys)]),
            Probe(name: "Referrals.ListClients", call: { _ in VarlinkCall(method: "org.lotse.Referrals.ListClients", parameters: [:]) },
                  serves: [.caseworker, .coordinator], reply: ["clients": .records(Self.clientKeys)]),
            Probe(name: "Screening.List", call: { _ in VarlinkCall(method: "org.lotse.Screening.List", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator, .specialist], reply: ["screenings": .records(Self.screeningKeys)]),
            Probe(name: "Assessments.Today", call: { _ in VarlinkCall(method: "org.lotse.Assessments.Today", parameters: ["date": day]) },
                  serves: [.specialist, .coordinator],
                  reply: ["date": .meta, "appointments": .records(Self.appointmentKeys), "unresolved": .records(Self.appointmentKeys)]),
            Probe(name: "Assessments.Session", call: { _ in VarlinkCall(method: "org.lotse.Assessments.Session",
                                                                        parameters: ["session": .integer(world.sessionID)]) },
                  serves: [.specialist, .coordinator], reply: ["session": .meta, "appointments": .records(Self.appointmentKeys)]),
            Probe(name: "Assessments.Unresolved", call: { _ in VarlinkCall(method: "org.lotse.Assessments.Unresolved", parameters: [:]) },
                  serves: [.specialist, .coordinator], needs: .referral, reply: ["appointments": .records(Self.appointmentKeys)]),
            Probe(name: "Assessments.Get", call: { _ in VarlinkCall(method: "org.lotse.Assessments.Get", parameters: ["id": .integer(assessment)]) },
                  serves: [.caseworker, .coordinator, .specialist], reply: ["assessment": .record(Self.assessmentKeys)]),
            Probe(name: "Assessments.List", call: { _ in VarlinkCall(method: "org.lotse.Assessments.List", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator, .specialist], reply: ["assessments": .records(Self.assessmentKeys)]),
            Probe(name: "Assessments.History", call: { _ in VarlinkCall(method: "org.lotse.Assessments.History", parameters: ["id": .integer(assessment)]) },
                  serves: [.caseworker, .specialist], about: client, reply: ["versions": .records(Self.versionKeys)]),
            Probe(name: "FollowUps.List", call: { _ in VarlinkCall(method: "org.lotse.FollowUps.List", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator, .specialist], reply: ["steps": .records(Self.stepKeys)]),
            Probe(name: "HelpPlans.Get", call: { _ in VarlinkCall(method: "org.lotse.HelpPlans.Get", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator], reply: ["plan": .record(Self.planKeys)]),
            Probe(name: "HelpPlans.History", call: { _ in VarlinkCall(method: "org.lotse.HelpPlans.History", parameters: ["client": pseudonym]) },
                  serves: [.caseworker, .coordinator], about: client, reply: ["versions": .records(Self.planVersionKeys)]),
            Probe(name: "Roster.Show", call: { _ in VarlinkCall(method: "org.lotse.Roster.Show", parameters: ["month": .string(world.month.description)]) },
                  serves: [.coordinator],
                  reply: ["roster": .meta, "entries": .records(Self.rosterKeys), "freeSlots": .meta, "waiting": .records(Self.rosterKeys),
                          "previousVersion": .meta, "changes": .records(Self.rosterChangeKeys)]),
            Probe(name: "Roster.Waiting", call: { _ in VarlinkCall(method: "org.lotse.Roster.Waiting", parameters: [:]) },
                  serves: [.coordinator], needs: .referral, reply: ["waitingLimitWeeks": .meta, "referrals": .records(Self.rosterKeys)]),
            // The changes, each round afresh.
            Probe(name: "Referrals.Update", call: { _ in VarlinkCall(method: "org.lotse.Referrals.Update", parameters: [
                      "id": .integer(waitingReferral), "note": "Neue Notiz"]) },
                  serves: [.caseworker], needs: .referral, changes: true, reply: ["referral": .record(Self.referralKeys)]),
            Probe(name: "Referrals.Withdraw", call: { _ in VarlinkCall(method: "org.lotse.Referrals.Withdraw", parameters: [
                      "id": .integer(waitingReferral), "reason": "neu angemeldet"]) },
                  serves: [.caseworker], needs: .referral, changes: true,
                  reply: ["referral": .record(Self.referralKeys), "cancelledAppointment": .field(.referralFrame)]),
            Probe(name: "Referrals.Submit", call: { _ in VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                      "client": .string(waiting.client), "acuteRisk": noRisk, "kind": "assessment", "language": "de", "interpreter": false,
                      "note": "Schlafstörungen"]) },
                  serves: [.caseworker], needs: .referral, changes: true,
                  reply: ["referral": .record(Self.referralKeys), "escalation": .field(.screeningResult)]),
            Probe(name: "Screening.Record", call: { _ in VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                      "client": .string(waiting.client), "instrument": "yesno10", "answers": .array(screening.map { .integer(Int64($0)) }),
                      "acuteRisk": noRisk]) },
                  serves: [.caseworker], needs: .screening, changes: true,
                  reply: ["screening": .record(Self.screeningKeys), "escalation": .field(.screeningResult)]),
            Probe(name: "Assessments.RecordAttendance", call: attendanceCall,
                  serves: [.caseworker, .coordinator, .specialist], needs: .referral, changes: true, reply: appointment),
            Probe(name: "Assessments.Amend", call: { round in VarlinkCall(method: "org.lotse.Assessments.Amend", parameters: [
                      "id": .integer(assessment), "reason": .string("Runde \(round.scopes.count)"), "note": "Ergänzte Notiz"]) },
                  serves: [.specialist], changes: true,
                  reply: ["assessment": .record(Self.assessmentKeys), "version": .meta, "helpPlanVersion": .meta, "followUpReferral": .meta]),
            Probe(name: "HelpPlans.Review", call: { _ in VarlinkCall(method: "org.lotse.HelpPlans.Review", parameters: ["client": pseudonym]) },
                  serves: [.caseworker], changes: true, reply: ["plan": .record(Self.planKeys)]),
            Probe(name: "HelpPlans.AddGoal", call: { _ in VarlinkCall(method: "org.lotse.HelpPlans.AddGoal", parameters: [
                      "client": pseudonym, "domain": "language", "title": "Sprachkurs B1", "notes": "angefragt"]) },
                  serves: [.caseworker], changes: true, reply: ["plan": .record(Self.planKeys), "goal": .meta]),
            Probe(name: "HelpPlans.UpdateGoal", call: { _ in VarlinkCall(method: "org.lotse.HelpPlans.UpdateGoal", parameters: [
                      "client": pseudonym, "goal": .integer(lastGoal), "status": "in-progress"]) },
                  serves: [.caseworker], changes: true, reply: ["plan": .record(Self.planKeys)]),
            Probe(name: "FollowUps.Reassign", call: { _ in VarlinkCall(method: "org.lotse.FollowUps.Reassign", parameters: [
                      "step": .integer(step), "role": .string(stepOwner == "caseworker" ? "specialist" : "caseworker")]) },
                  serves: [.caseworker, .coordinator, .specialist], changes: true, reply: ["step": .record(Self.stepKeys)]),
            // Closing and reopening the assessed client's case (its referral is closed).
            Probe(name: "Referrals.CloseClient", call: { _ in VarlinkCall(method: "org.lotse.Referrals.CloseClient", parameters: ["client": pseudonym]) },
                  serves: [.caseworker], changes: true, reply: ["client": .record(Self.clientKeys)]),
            Probe(name: "Referrals.ReopenClient", call: { _ in VarlinkCall(method: "org.lotse.Referrals.ReopenClient", parameters: ["client": pseudonym]) },
                  serves: [.caseworker], changes: true, reply: ["client": .record(Self.clientKeys)]),
            Probe(name: "Referrals.CreateClient", call: { _ in VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: [
                      "municipality": "ludwigsburg"]) },
                  serves: [.caseworker], changes: true, reply: ["client": .record(Self.clientKeys)]),
            // The outbox names no pseudonym, but each row is mail about a client: its
            // audit entry names the clients of the rows it listed.
            Probe(name: "Mail.Outbox", call: { _ in VarlinkCall(method: "org.lotse.Mail.Outbox", parameters: [:]) },
                  serves: [.coordinator, .admin],
                  unnamed: {
                      Set(try world.query("SELECT coalesce(client, subject_id, '') FROM outbox ORDER BY id DESC LIMIT 200")
                          .split(separator: "\n").compactMap { ClientID(String($0)) })
                  },
                  reply: ["entries": .records(Self.outboxKeys)]),
        ]
        try Self.requireEveryMethodCovered(probes, world: world)

        let users: [(Role, TestUser?)] = [(.caseworker, world.caseworker), (.coordinator, world.coordinator),
                                          (.specialist, world.specialist), (.admin, nil)]
        // Consents change on the real day: the roster's views read the real clock, the
        // casework interfaces the test's (the day after the consultation, later), and a
        // change dated the earlier day is in force on both.
        let changed = JSONValue.string(CalendarDate(instant: Date(), in: SpecialistWorld.zone).description)
        var inForce = Set(ConsentScope.allCases)
        var checked = 0
        for (index, scopes) in Self.scopeSets.enumerated() {
            roundIndex = index
            let ended = inForce.subtracting(scopes), added = scopes.subtracting(inForce)
            var consent: [VarlinkCall] = []
            for person in everyone {
                if !ended.isEmpty {
                    consent.append(VarlinkCall(method: "org.lotse.Referrals.WithdrawConsent", parameters: [
                        "client": .string(person), "withdrawnOn": changed, "scope": .array(ended.sorted().map { .string($0.rawValue) })]))
                }
                if !added.isEmpty {
                    consent.append(VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                        "client": .string(person), "givenOn": changed, "scope": .array(added.sorted().map { .string($0.rawValue) })]))
                }
            }
            let consentStart = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
            let set = try ForeignClient.call(consent, socket: world.daemon.socketPath, as: world.caseworker)
            try #require(set.allSatisfy { $0.error == nil }, "consent \(scopes): \(set.filter { $0.error != nil })")
            // The consent changes are probes too: their replies are client records (every
            // key classified), and every entry they wrote names exactly its one client.
            for (call, reply) in zip(consent, set) {
                let probe = Probe(name: String(call.method.split(separator: ".").last ?? ""), call: { _ in call }, serves: [.caseworker],
                                  reply: ["client": .record(Self.clientKeys), "withdrawn": .meta])
                #expect(Self.disclosed(by: reply.parameters, probe: probe).isSubset(of: [.referralFrame]))
            }
            let consentRows = try world.query("""
                SELECT action || '|' || coalesce(subjects, '') FROM audit_log
                WHERE id > \(consentStart) AND user = '\(world.caseworker.name)' AND outcome = 'ok' ORDER BY id
                """).split(separator: "\n").map(String.init)
            var consentNamed: Set<String> = []
            for row in consentRows {
                let named = PseudonymList(text: String(row.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""))?.members ?? []
                #expect(named.count == 1, "consent change under [\(scopes.sorted())]: \(row)")
                consentNamed.formUnion(named.map(\.description))
            }
            #expect(consent.isEmpty || consentNamed == Set(everyone), "consent changes named \(consentNamed.sorted())")
            inForce = scopes
            let label = scopes.sorted().map(\.rawValue).joined(separator: ",")
            for (role, user) in users {
                let round = Round(scopes: scopes, role: role)
                let allowed = ConsentPolicy.visible(to: [role], consent: scopes)
                let reads = probes.filter { !$0.changes }, changes = probes.filter(\.changes)
                let before = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
                let readReplies = try ForeignClient.call(reads.map { $0.call(round) }, socket: world.daemon.socketPath, as: user)
                let afterReads = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
                var unnamed: [String: Set<ClientID>] = [:]
                for probe in reads { if let clients = probe.unnamed { unnamed[probe.name] = try clients() } }
                // Each change on its own, so that its audit entries are known: every entry
                // of a successful change names exactly the pseudonyms its reply carried.
                var changeReplies: [VarlinkReply] = []
                for probe in changes {
                    let start = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
                    let reply = try #require(try ForeignClient.call([probe.call(round)], socket: world.daemon.socketPath, as: user).first)
                    changeReplies.append(reply)
                    guard reply.error == nil else { continue }
                    if let goal = reply.parameters["goal"]?.integerValue { lastGoal = goal }
                    if let owner = reply.parameters["step"]?["ownerRole"]?.stringValue { stepOwner = owner }
                    let rows = try world.query("""
                        SELECT action || '|' || coalesce(subjects, '') FROM audit_log
                        WHERE id > \(start) AND user = '\(user?.name ?? "root")' AND outcome = 'ok' ORDER BY id
                        """).split(separator: "\n").map(String.init)
                    let carried = Set(Self.pseudonyms(in: .object(reply.parameters)))
                    #expect(!rows.isEmpty, "\(probe.name) as \(role) under [\(scopes.sorted())]: no audit entry")
                    for row in rows {
                        let named = Set(PseudonymList(text: String(row.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""))?.members ?? [])
                        #expect(named == carried, "\(probe.name) as \(role) under [\(scopes.sorted())]: \(row) names \(named), reply carries \(carried)")
                    }
                }
                try #require(readReplies.count == reads.count && changeReplies.count == changes.count)
                if let submitted = zip(changes, changeReplies).first(where: { $0.0.name == "Referrals.Submit" && $0.1.error == nil }),
                   let id = submitted.1.parameters["referral"]?["id"]?.integerValue {
                    waitingReferral = id
                }
                // Each successful read wrote one entry (in call order) naming exactly the
                // pseudonyms its reply carried.
                let entries = try world.query("""
                    SELECT action || '|' || coalesce(subjects, '') FROM audit_log
                    WHERE id > \(before) AND id <= \(afterReads) AND user = '\(user?.name ?? "root")' AND outcome = 'ok' ORDER BY id
                    """).split(separator: "\n").map(String.init)
                let answered = zip(reads, readReplies).filter { $0.1.error == nil }
                #expect(entries.count == answered.count, "\(role) under [\(label)]: \(entries.count) audit entries for \(answered.count) reads: \(entries)")
                for ((probe, reply), entry) in zip(answered, entries) {
                    let named = Set(PseudonymList(text: String(entry.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""))?.members ?? [])
                    let records = Self.records(of: .object(reply.parameters), probe: probe)
                    let about: Set<ClientID> = records.isEmpty ? [] : Set([probe.about.flatMap(ClientID.init)].compactMap { $0 })
                    let carried = Set(Self.pseudonyms(in: .object(reply.parameters))).union(about).union(unnamed[probe.name] ?? [])
                    #expect(named == carried, "\(probe.name) as \(role) under [\(label)]: audit names \(named), reply carries \(carried)")
                }
                for (probe, reply) in zip(reads, readReplies) where probe.name == "Mail.Outbox" && reply.error == nil {
                    let entries = reply.parameters["entries"]?.arrayValue ?? []
                    for entry in entries {
                        let id = entry["messageId"]?.stringValue ?? ""
                        #expect(id.hasPrefix("<lotse.") && !id.contains("K-") && !id.contains("reminder") && !id.contains("alert"),
                                "Mail.Outbox as \(role): Message-ID \(id) is not opaque")
                        if role == .admin {
                            #expect(!Self.kindsAdminsNeverSee.contains(entry["kind"]?.stringValue ?? ""),
                                    "Mail.Outbox as admin shows kind \(entry["kind"]?.stringValue ?? "")")
                        }
                    }
                }
                for (probe, reply) in zip(reads + changes, readReplies + changeReplies) {
                    let disclosed = reply.error == nil ? Self.disclosed(by: reply.parameters, probe: probe) : []
                    let carried = Self.fields(of: probe)
                    #expect(disclosed.isSubset(of: allowed),
                            "leak: \(probe.name) as \(role) under [\(label)] disclosed \(disclosed.subtracting(allowed).sorted())")
                    let present = probe.needs.map(scopes.contains) ?? true
                    if probe.serves.contains(role) && present && !allowed.intersection(carried).subtracting([.referralFrame]).isEmpty {
                        #expect(disclosed == allowed.intersection(carried),
                                "\(probe.name) as \(role) under [\(label)]: disclosed \(disclosed.sorted()), policy allows \(allowed.intersection(carried).sorted()) (\(reply.error ?? "ok") \(reply.parameters))")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == 8 * 4 * probes.count)
    }

    /// The records of a reply (every record of every key that holds them).
    static func records(of reply: JSONValue, probe: Probe) -> [JSONValue] {
        probe.reply.flatMap { key, part -> [JSONValue] in
            switch part {
            case .records: reply[key]?.arrayValue ?? []
            case .record: reply[key].map { $0 == .null ? [] : [$0] } ?? []
            case .field, .meta: []
            }
        }
    }

    /// Every field a probe's reply can carry.
    static func fields(of probe: Probe) -> Set<DisclosedField> {
        Set(probe.reply.values.flatMap { part -> [DisclosedField] in
            switch part {
            case .records(let keys), .record(let keys): Array(keys.values)
            case .field(let field): [field]
            case .meta: []
            }
        })
    }

    /// The fields a reply discloses; a key this test has not classified is an issue.
    static func disclosed(by reply: [String: JSONValue], probe: Probe) -> Set<DisclosedField> {
        var disclosed: Set<DisclosedField> = []
        for (key, value) in reply {
            guard let part = probe.reply[key] else {
                Issue.record("\(probe.name): reply key \(key) is not classified")
                continue
            }
            let keys: [String: DisclosedField]
            let items: [JSONValue]
            switch part {
            case .meta: continue
            case .field(let field):
                if discloses(value) { disclosed.insert(field) }
                continue
            case .records(let k): (keys, items) = (k, value.arrayValue ?? [])
            case .record(let k): (keys, items) = (k, value == .null ? [] : [value])
            }
            for item in items {
                guard case .object(let object) = item else { continue }
                for (name, member) in object {
                    guard let field = keys[name] else {
                        Issue.record("\(probe.name): key \(key).\(name) is not classified")
                        continue
                    }
                    if discloses(member) { disclosed.insert(field) }
                }
            }
        }
        return disclosed
    }

    /// Every method of every `org.lotse.*` interface the daemon offers is probed here or
    /// named in `coveredElsewhere`; the rest carry no client data and are named by the
    /// interfaces' own purpose (administration, sessions, specialists, mail, reports).
    static func requireEveryMethodCovered(_ probes: [Probe], world: SpecialistWorld) throws {
        let clientData: Set<String> = ["org.lotse.Referrals", "org.lotse.Screening", "org.lotse.Assessments", "org.lotse.FollowUps",
                                       "org.lotse.HelpPlans", "org.lotse.Roster", "org.lotse.Appointments", "org.lotse.Mail"]
        let info = try world.daemon.call("org.varlink.service.GetInfo")
        let interfaces = (info["interfaces"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(Set(clientData).isSubset(of: Set(interfaces)), "\(interfaces)")
        var methods: Set<String> = []
        for interface in interfaces where clientData.contains(interface) {
            let description = try world.daemon.call("org.varlink.service.GetInterfaceDescription", ["interface": .string(interface)])
            for line in (description["description"]?.stringValue ?? "").split(separator: "\n") {
                let words = line.split(separator: " ")
                if words.first == "method", let name = words.dropFirst().first?.split(separator: "(").first {
                    methods.insert("\(interface).\(name)")
                }
            }
        }
        let probed = Set(probes.map { "org.lotse.\($0.name)" })
        let missing = methods.subtracting(probed).subtracting(coveredElsewhere.keys).subtracting(noClientData)
        #expect(missing.isEmpty, "methods with client data neither probed nor covered elsewhere: \(missing.sorted())")
        #expect(probed.subtracting(methods).isEmpty, "probes of no such method: \(probed.subtracting(methods).sorted())")
    }
}
