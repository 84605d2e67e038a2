import Foundation
import LotseCore
import LotseVarlink
import Testing

/// The generated matrix of issue 14: every set of consent scopes × every role × every
/// method that replies with a client record × every field. One client goes the whole
/// way (consent, screening, referral, roster, appointment, assessment with note and
/// step); then, for each of the eight scope sets, the consent is withdrawn and the set
/// recorded anew, and each role calls each method over raw varlink. Every key of every
/// record in a reply is classified below by this test itself (an unclassified key fails
/// it, so a new field cannot slip past), and the fields a reply discloses must be exactly
/// those `ConsentPolicy` allows that role under that set — no more (a leak), and, for the
/// roles the method serves, no fewer. Each successful read's audit entry must name
/// exactly the pseudonyms its reply carried.
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
                         "reason", "detail"],
        .referralPlanning: ["kind", "language", "interpreter", "urgency"],
    ])

    static func classify(_ table: [DisclosedField: [String]]) -> [String: DisclosedField] {
        var keys: [String: DisclosedField] = [:]
        for (field, names) in table { for name in names { keys[name] = field } }
        return keys
    }

    /// One method under test: its call, the roles it serves (related to the record), and
    /// where in its reply the client's records are.
    struct Probe {
        let name: String
        let call: VarlinkCall
        let serves: Set<Role>
        let keys: [String: DisclosedField]
        let records: (JSONValue) -> [JSONValue]
    }

    /// Whether a value discloses anything (null and empty lists disclose nothing).
    static func discloses(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .array(let items): !items.isEmpty
        default: true
        }
    }

    /// Every pseudonym under a `client` key anywhere in `value`.
    static func pseudonyms(in value: JSONValue) -> [ClientID] {
        switch value {
        case .object(let object):
            let own = object["client"]?.stringValue.flatMap(ClientID.init).map { [$0] } ?? []
            return own + object.values.flatMap { pseudonyms(in: $0) }
        case .array(let items):
            return items.flatMap { pseudonyms(in: $0) }
        default:
            return []
        }
    }

    static let scopeSets: [Set<ConsentScope>] = (0..<8).map { bits in
        Set(ConsentScope.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
    }

    @Test func everyMethodDisclosesExactlyTheFieldsThePolicyAllowsForEveryScopeSetAndRole() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        let (referral, client, _, assessment, _) = try world.assessedClient(note: "Notiz der Fachkraft")
        let day = JSONValue.string(world.sessionDay.description)
        let pseudonym = JSONValue.string(client)
        func mine(_ list: JSONValue?) -> [JSONValue] {
            (list?.arrayValue ?? []).filter { $0["client"]?.stringValue == client }
        }
        let probes: [Probe] = [
            Probe(name: "Referrals.Get", call: VarlinkCall(method: "org.lotse.Referrals.Get", parameters: ["id": .integer(referral)]),
                  serves: [.caseworker, .coordinator], keys: Self.referralKeys, records: { [$0["referral"] ?? .null] }),
            Probe(name: "Referrals.List", call: VarlinkCall(method: "org.lotse.Referrals.List", parameters: [:]),
                  serves: [.caseworker, .coordinator], keys: Self.referralKeys, records: { mine($0["referrals"]) }),
            Probe(name: "Screening.List", call: VarlinkCall(method: "org.lotse.Screening.List", parameters: ["client": pseudonym]),
                  serves: [.caseworker, .coordinator, .specialist], keys: Self.screeningKeys, records: { $0["screenings"]?.arrayValue ?? [] }),
            Probe(name: "Assessments.Today", call: VarlinkCall(method: "org.lotse.Assessments.Today", parameters: ["date": day]),
                  serves: [.specialist, .coordinator], keys: Self.appointmentKeys, records: { mine($0["appointments"]) }),
            Probe(name: "Assessments.Session", call: VarlinkCall(method: "org.lotse.Assessments.Session",
                                                                 parameters: ["session": .integer(world.sessionID)]),
                  serves: [.specialist, .coordinator], keys: Self.appointmentKeys, records: { mine($0["appointments"]) }),
            Probe(name: "Assessments.Get", call: VarlinkCall(method: "org.lotse.Assessments.Get", parameters: ["id": .integer(assessment)]),
                  serves: [.caseworker, .coordinator, .specialist], keys: Self.assessmentKeys, records: { [$0["assessment"] ?? .null] }),
            Probe(name: "Assessments.List", call: VarlinkCall(method: "org.lotse.Assessments.List", parameters: ["client": pseudonym]),
                  serves: [.caseworker, .coordinator, .specialist], keys: Self.assessmentKeys, records: { $0["assessments"]?.arrayValue ?? [] }),
            Probe(name: "Assessments.History", call: VarlinkCall(method: "org.lotse.Assessments.History", parameters: ["id": .integer(assessment)]),
                  serves: [.caseworker, .specialist], keys: Self.versionKeys, records: { $0["versions"]?.arrayValue ?? [] }),
            Probe(name: "FollowUps.List", call: VarlinkCall(method: "org.lotse.FollowUps.List", parameters: ["client": pseudonym]),
                  serves: [.caseworker, .coordinator, .specialist], keys: Self.stepKeys, records: { $0["steps"]?.arrayValue ?? [] }),
            Probe(name: "Roster.Show", call: VarlinkCall(method: "org.lotse.Roster.Show", parameters: ["month": .string(world.month.description)]),
                  serves: [.coordinator], keys: Self.rosterKeys, records: { mine($0["entries"]) }),
        ]
        let users: [(Role, TestUser?)] = [(.caseworker, world.caseworker), (.coordinator, world.coordinator),
                                          (.specialist, world.specialist), (.admin, nil)]
        // Consents change on the real day: the roster's views read the real clock, the
        // casework interfaces the test's (the consultation day, later), and a change dated
        // the earlier day is in force on both.
        let changed = JSONValue.string(CalendarDate(instant: Date(), in: SpecialistWorld.zone).description)
        var checked = 0
        for scopes in Self.scopeSets {
            var consent = [VarlinkCall(method: "org.lotse.Referrals.WithdrawConsent", parameters: ["client": pseudonym, "withdrawnOn": changed])]
            if !scopes.isEmpty {
                consent.append(VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                    "client": pseudonym, "givenOn": changed, "scope": .array(scopes.sorted().map { .string($0.rawValue) })]))
            }
            let set = try ForeignClient.call(consent, socket: world.daemon.socketPath, as: world.caseworker)
            try #require(set.last?.error == nil || scopes.isEmpty, "consent \(scopes): \(set)")
            let label = scopes.sorted().map(\.rawValue).joined(separator: ",")
            for (role, user) in users {
                let allowed = ConsentPolicy.visible(to: [role], consent: scopes)
                let before = try world.query("SELECT coalesce(max(id), 0) FROM audit_log")
                let replies = try ForeignClient.call(probes.map(\.call), socket: world.daemon.socketPath, as: user)
                try #require(replies.count == probes.count)
                // Each successful read wrote one entry (in call order) naming exactly the
                // pseudonyms its reply carried.
                let entries = try world.query("""
                    SELECT action || '|' || coalesce(subjects, '') FROM audit_log
                    WHERE id > \(before) AND user = '\(user?.name ?? "root")' AND outcome = 'ok' ORDER BY id
                    """).split(separator: "\n").map(String.init)
                let answered = zip(probes, replies).filter { $0.1.error == nil }
                #expect(entries.count == answered.count, "\(role) under [\(label)]: \(entries.count) audit entries for \(answered.count) reads: \(entries)")
                for ((probe, reply), entry) in zip(answered, entries) {
                    let named = Set(PseudonymList(text: String(entry.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""))?.members ?? [])
                    // The records are the client's, named in them or not.
                    let about: Set<ClientID> = probe.records(.object(reply.parameters)).isEmpty ? [] : Set([ClientID(client)].compactMap { $0 })
                    let carried = Set(Self.pseudonyms(in: .object(reply.parameters))).union(about)
                    #expect(named == carried, "\(probe.name) as \(role) under [\(label)]: audit names \(named), reply carries \(carried)")
                }
                for (probe, reply) in zip(probes, replies) {
                    let records = reply.error == nil ? probe.records(.object(reply.parameters)) : []
                    var disclosed: Set<DisclosedField> = []
                    for record in records {
                        guard case .object(let object) = record else { continue }
                        for (key, value) in object {
                            guard let field = probe.keys[key] else {
                                Issue.record("\(probe.name): key \(key) is not classified")
                                continue
                            }
                            if Self.discloses(value) { disclosed.insert(field) }
                        }
                    }
                    let carried = Set(probe.keys.values)
                    #expect(disclosed.isSubset(of: allowed),
                            "leak: \(probe.name) as \(role) under [\(label)] disclosed \(disclosed.subtracting(allowed).sorted())")
                    if probe.serves.contains(role) && !allowed.intersection(carried).subtracting([.referralFrame]).isEmpty {
                        #expect(disclosed == allowed.intersection(carried),
                                "\(probe.name) as \(role) under [\(label)]: disclosed \(disclosed.sorted()), policy allows \(allowed.intersection(carried).sorted()) (\(reply.error ?? "ok"))")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == 8 * 4 * probes.count)
    }
}
