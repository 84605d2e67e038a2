import Foundation
import LotseProtocol
import LotseVarlink
import Testing

extension Proof {
    /// Role × method matrix: every method of every interface the daemon describes (read
    /// from its own `GetInterfaceDescription`, so a new interface is covered without editing
    /// this file) is called as each role, by real Unix users, on records that belong to another
    /// caseworker. Exactly the allowed set gets past authorisation; every other call is
    /// `PermissionDenied` and audited. A user without any role sends the same calls and gets
    /// one `org.lotse.Admission.NoRole` for the first, then the closed connection (refused at accept).
    ///
    /// "Gets past authorisation" means the reply is anything but `PermissionDenied`: the
    /// generated parameters are well-typed but mostly placeholders, so an allowed call may
    /// still end in a domain error (NotFound, InvalidValue) — that is the handler
    /// speaking, after the role and record checks let the call through.
    ///
    /// Run alone: `swift test --filter RoleMatrixProof`.
    @Suite(.serialized) struct RoleMatrixProofTests {
        enum Actor: String, CaseIterable, Comparable {
            case caseworker, coordinator, specialist, admin, unmapped
            static func < (a: Actor, b: Actor) -> Bool { a.rawValue < b.rawValue }
        }

        /// Who gets through, per method, when the records named belong to another
        /// caseworker. A method the daemon serves but this table lacks fails the test: adding
        /// a method means deciding who may call it, here as well as in the daemon.
        static let allowed: [String: Set<Actor>] = {
            let roles: Set<Actor> = [.caseworker, .coordinator, .specialist, .admin]
            return [
                // The service interface answers every admitted caller; an account without a
                // role is refused at accept and reaches nothing.
                "org.varlink.service.GetInfo": roles,
                "org.varlink.service.GetInterfaceDescription": roles,
                "org.lotse.Admin.Status": [.admin],
                "org.lotse.Admin.Reload": [.admin],
                "org.lotse.Admin.Backup": [.admin],
                "org.lotse.Admin.Purge": [.admin],
                "org.lotse.Mail.Outbox": [.coordinator, .admin],
                "org.lotse.Mail.Retry": [.coordinator, .admin],
                // Aggregate figures only, no client named: coordinators and admins.
                "org.lotse.Reports.Build": [.coordinator, .admin],
                // Another caseworker's client or referral is denied to a caseworker (scope).
                "org.lotse.Referrals.CreateClient": [.caseworker, .coordinator],
                "org.lotse.Referrals.GetClient": [.coordinator],
                "org.lotse.Referrals.ListClients": [.caseworker, .coordinator],
                "org.lotse.Referrals.RecordConsent": [],
                "org.lotse.Referrals.HandOver": [.coordinator],
                "org.lotse.Referrals.Submit": [],
                "org.lotse.Referrals.List": [.caseworker, .coordinator],
                "org.lotse.Referrals.Get": [.coordinator],
                "org.lotse.Referrals.Update": [],
                "org.lotse.Referrals.Withdraw": [],
                "org.lotse.Referrals.WithdrawConsent": [],
            "org.lotse.Referrals.CloseClient": [],
            "org.lotse.Referrals.ReopenClient": [],
            "org.lotse.Caseworkers.List": [.coordinator, .admin],
            "org.lotse.Caseworkers.Set": [.coordinator],
            "org.lotse.Caseworkers.Remove": [.coordinator],
            // Specialists see only clients and sessions booked with them; the other
            // caseworker's client was never booked, so only the coordinator gets through
            // where a record is named.
            "org.lotse.Assessments.Today": [.coordinator, .specialist],
            "org.lotse.Assessments.Session": [.coordinator],
            "org.lotse.Assessments.Unresolved": [.coordinator, .specialist],
            "org.lotse.Assessments.RecordAttendance": [.coordinator],
            // Only the client's own caseworker or a coordinator cancels an appointment.
            "org.lotse.Appointments.Cancel": [.coordinator],
            "org.lotse.Assessments.Record": [],
            "org.lotse.Assessments.Amend": [],
            "org.lotse.Assessments.History": [],
            "org.lotse.Assessments.Get": [.coordinator],
            "org.lotse.Assessments.List": [.coordinator],
            "org.lotse.FollowUps.List": [.coordinator],
            "org.lotse.FollowUps.Done": [.coordinator],
            "org.lotse.FollowUps.Reassign": [.coordinator],
            "org.lotse.Screening.Instruments": [.caseworker, .coordinator, .specialist],
                "org.lotse.Screening.Record": [],
                "org.lotse.Screening.List": [.coordinator],
                "org.lotse.HelpPlans.Get": [.coordinator],
                "org.lotse.HelpPlans.AddGoal": [],
                "org.lotse.HelpPlans.UpdateGoal": [],
                "org.lotse.HelpPlans.Review": [],
                "org.lotse.HelpPlans.History": [.coordinator],
                "org.lotse.Specialists.Add": [.coordinator],
                "org.lotse.Specialists.List": roles,
                "org.lotse.Sessions.Add": [.coordinator],
                "org.lotse.Sessions.List": roles,
                "org.lotse.Sessions.Cancel": [.coordinator],
                "org.lotse.Roster.Plan": [.coordinator],
                "org.lotse.Roster.Show": [.coordinator, .admin],
                "org.lotse.Roster.Pin": [.coordinator],
                "org.lotse.Roster.Move": [.coordinator],
                "org.lotse.Roster.Drop": [.coordinator],
                "org.lotse.Roster.Add": [.coordinator],
                "org.lotse.Roster.Approve": [.coordinator],
                "org.lotse.Roster.Publish": [.coordinator],
                "org.lotse.Roster.Refill": [.coordinator],
                "org.lotse.Roster.Problem": [.coordinator],
                "org.lotse.Roster.Waiting": [.coordinator, .admin],
                // Admins see roster frames only (consent policy); the export is coordinators'.
                "org.lotse.Roster.Export": [.coordinator],
                // Test-only interface (LOTSE_TEST_INTERFACES=1): any role.
                "org.lotse.Testing.Sleep": roles,
                "org.lotse.Testing.Count": roles,
                // Declared without a handler: MethodNotImplemented comes before the role check.
                "org.lotse.Testing.Unimplemented": roles,
            ]
        }()

        static let groups: [Actor: String] = [
            .caseworker: "lotse-e2e-cw", .coordinator: "lotse-e2e-coord", .specialist: "lotse-e2e-spec", .admin: "lotse-e2e-admins",
        ]

        @Test func exactlyTheAllowedRolesGetThroughAndEveryDenialIsAudited() throws {
            var users: [Actor: TestUser] = [:]
            for actor in Actor.allCases {
                users[actor] = try TestUser.ensure("lotse-e2e-m-\(actor.rawValue.prefix(5))", groups: Self.groups[actor].map { [$0] } ?? [])
            }
            let owner = try TestUser.ensure("lotse-e2e-m-owner", groups: ["lotse-e2e-cw"])
            let daemon = try DaemonHarness(environment: ["LOTSE_TEST_NOW": CaseworkFixture.fixedNow, "LOTSE_MAIL_POLL_MILLISECONDS": "600000"])
            let roles = Self.groups.sorted { $0.key < $1.key }.map { actor, group in "\(actor.rawValue)s = @\(group)" }.joined(separator: "\n")
            try daemon.writeConfig(daemon.configText(roles: roles) + "\n" + CaseworkFixture.sections)
            try daemon.start()

            // The other caseworker's records: a client with consent, a screening, a referral, a goal.
            let created = try ForeignClient.call([VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: ["municipality": "ludwigsburg"])],
                                                 socket: daemon.socketPath, as: owner)
            let pseudonym = try #require(created.first?.parameters["client"]?["pseudonym"]?.stringValue)
            let setup = try ForeignClient.call([
                VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                    "client": .string(pseudonym), "givenOn": "2026-11-21", "scope": ["referral", "screening"]]),
                VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                    "client": .string(pseudonym), "instrument": "yesno10", "answers": [1, 1, 1, 1, 1, 0, 0, 0, 0, 0],
                    "acuteRisk": ["suicidality": false, "dangerToOthers": false]]),
                VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                    "client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false], "kind": "assessment",
                    "language": "de", "interpreter": false]),
                VarlinkCall(method: "org.lotse.HelpPlans.AddGoal", parameters: [
                    "client": .string(pseudonym), "domain": "work", "title": "Praktikum"]),
            ], socket: daemon.socketPath, as: owner)
            for reply in setup { #expect(reply.error == nil, "set-up failed: \(reply.message.serialized)") }
            let referral = setup.count > 2 ? setup[2].parameters["referral"]?["id"]?.integerValue ?? 1 : 1
            let screening = setup.count > 1 ? setup[1].parameters["screening"]?["id"]?.integerValue ?? 1 : 1

            let catalogue = try InterfaceCatalogue(daemon: daemon)
            let methods = catalogue.methodNames
            let unknown = methods.filter { Self.allowed[$0] == nil }
            #expect(unknown == [], "methods without a decision in the matrix: \(unknown)")

            // One well-typed call per method, naming the other caseworker's records.
            var calls: [VarlinkCall] = []
            for name in methods {
                guard let (interface, method) = catalogue.method(name) else { continue }
                var parameters = catalogue.object(method.input, in: interface, fillOptional: false) { field, type in
                    Self.placeholder(field: field, type: type, pseudonym: pseudonym, referral: referral, screening: screening)
                }
                // An optional client is still named: the call is about the other caseworker's client.
                if method.input.contains(where: { $0.name == "client" }) { parameters["client"] = .string(pseudonym) }
                calls.append(VarlinkCall(method: name, parameters: parameters))
            }

            let auditBefore = try Self.deniedCounts(daemon)
            var observed: [String: Set<Actor>] = [:]
            var denials: [Actor: Int] = [:]
            for actor in Actor.allCases {
                guard let user = users[actor] else { continue }
                if actor == .unmapped {
                    let refused = try ForeignClient.exchange(calls, socket: daemon.socketPath, as: user)
                    #expect(refused.replies.map(\.error) == [AdmissionProtocol.noRole] && refused.closed,
                            "an account without a role: \(refused.replies.map(\.message.serialized)), closed: \(refused.closed)")
                    denials[actor, default: 0] += 1
                    continue
                }
                let replies = try ForeignClient.call(calls, socket: daemon.socketPath, as: user)
                #expect(replies.count == calls.count, "\(actor): \(replies.count) replies to \(calls.count) calls")
                for (call, reply) in zip(calls, replies) {
                    if reply.error == VarlinkError.permissionDenied.name {
                        denials[actor, default: 0] += 1
                    } else {
                        observed[call.method, default: []].insert(actor)
                        if Self.allowed[call.method]?.contains(actor) != true {
                            print("role matrix: \(actor) got through \(call.method): \(reply.message.serialized.prefix(300))")
                        }
                    }
                }
            }
            var mismatches: [String] = []
            for name in methods {
                let expected = Self.allowed[name] ?? []
                let got = observed[name] ?? []
                if expected != got {
                    mismatches.append("\(name): allowed \(expected.sorted().map(\.rawValue)), got through \(got.sorted().map(\.rawValue))")
                }
            }
            #expect(mismatches == [], "\(mismatches.joined(separator: "\n"))")
            // Every denial is counted exactly under the caller's name (coalesced per minute;
            // the last summaries are written when the daemon stops).
            #expect(daemon.stop() == 0)
            let auditAfter = try Self.deniedCounts(daemon)
            for actor in Actor.allCases {
                guard let user = users[actor] else { continue }
                let audited = (auditAfter[user.name] ?? 0) - (auditBefore[user.name] ?? 0)
                #expect(audited == denials[actor] ?? 0, "\(actor): \(denials[actor] ?? 0) denials, \(audited) audited")
            }
            print("role matrix: \(methods.count) methods × \(Actor.allCases.count) callers, \(denials.values.reduce(0, +)) denials, all audited")
        }

        /// A well-typed value for a parameter: the other caseworker's records where the name
        /// says so, otherwise a harmless placeholder.
        static func placeholder(field: String, type: VarlinkType, pseudonym: String, referral: Int64, screening: Int64) -> JSONValue {
            switch (field, type) {
            case ("client", .string): return .string(pseudonym)
            case ("id", .int), ("referral", .int): return .integer(referral)
            case ("screening", .int): return .integer(screening)
            case ("milliseconds", .int): return 1
            case ("count", .int): return 2
            case (_, .int): return 1
            case ("month", .string): return "2026-12"
            case ("kind", .string): return "assessment"
        case ("attendance", .string): return "attended"
            case ("language", .string): return "de"
            case ("municipality", .string): return "ludwigsburg"
            case ("reason", .string), ("title", .string), ("domain", .string): return "work"
            case ("givenOn", .string), ("date", .string): return "2026-11-21"
            case (_, .string): return ""
            case (_, .bool): return false
            case (_, .float): return 0
            case (_, .enumeration(let cases)): return .string(cases.first ?? "")
            case (_, .array): return []
            case (_, .map), (_, .object): return [:]
            default: return .null
            }
        }

        /// Refused calls per user name, as the audit log counts them.
        static func deniedCounts(_ daemon: DaemonHarness) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            let text = try ProofDaemon.query(daemon.databasePath, "SELECT user, \(DeniedCalls.sum) FROM audit_log WHERE outcome = 'denied' GROUP BY user")
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "|")
                if parts.count == 2, let count = Int(parts[1]) { counts[String(parts[0])] = count }
            }
            return counts
        }
    }
}
