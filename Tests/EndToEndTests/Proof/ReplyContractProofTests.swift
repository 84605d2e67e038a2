import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink
import Testing

extension Proof {
    /// Every method of every interface the daemon describes (read from its own
    /// `GetInterfaceDescription`, as the role matrix does) answers at least once, in a world
    /// with real records and every role as a real Unix user, with a reply that keeps the
    /// method's IDL: the output's exact shape, enum values included, and only declared
    /// errors with their declared parameters. Every reply of the walk is checked here, and
    /// the test daemon checks each one itself as well (`Dispatcher(checkingReplies:)`,
    /// which every end-to-end test runs with), so a breach fails here with the method and
    /// the parameter's path.
    ///
    /// A method that the walk below does not reach with a successful reply fails the test
    /// by name — every method the IDLs declare (`LotseInterfaces.all`, the demo's included),
    /// not only those the daemon describes: a new method means adding its call here.
    ///
    /// Run alone: `swift test --filter ReplyContractProof`.
    @Suite(.serialized) struct ReplyContractProofTests {
        /// Declared without a handler on purpose (MethodNotImplemented is its answer).
        static let answeredOnlyWithAnError: Set<String> = ["org.lotse.Testing.Unimplemented"]

        /// One call of the walk, by whom (nil: root, an admin).
        struct Step {
            let user: TestUser?
            let call: VarlinkCall
        }

        @Test func everyMethodAnswersWithAReplyThatKeepsItsIDL() throws {
            // Mail that cannot go (sendmail always fails), so the outbox holds a mail to retry.
            let mail = """
                [mail]
                sendmail = /bin/false
                sender = lotse@landkreis.example
                coordinator_addresses = koordination@landkreis.example
                templates = \(MailDaemonHarness.packageRoot.appendingPathComponent("Config/mail").path)
                """
            let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments + "\n" + mail)
            try world.setUpSessions(slots: 3)
            let referred = try world.refer(2, screening: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0])
            let catalogue = try InterfaceCatalogue(daemon: world.daemon)
            let directory = try VarlinkServiceDirectory(
                info: VarlinkServiceInfo(vendor: "", product: "", version: "", url: ""),
                interfaceTexts: catalogue.interfaces.values.filter { $0.name != VarlinkServiceInterface.name }.map(\.text))
            let contract = VarlinkReplyContract(directory: directory)
            var answered: Set<String> = []
            var breaches: [String] = []

            /// Sends the steps (each user's run on one connection, in order), checks every
            /// reply and returns them.
            @discardableResult
            func walk(_ steps: [Step]) throws -> [VarlinkReply] {
                var replies: [VarlinkReply] = []
                var start = 0
                while start < steps.count {
                    var end = start
                    while end < steps.count && steps[end].user?.name == steps[start].user?.name { end += 1 }
                    let run = Array(steps[start..<end])
                    replies += try ForeignClient.call(run.map(\.call), socket: world.daemon.socketPath, as: run[0].user)
                    start = end
                }
                for (step, reply) in zip(steps, replies) { check(step.call.method, reply) }
                return replies
            }
            func check(_ name: String, _ reply: VarlinkReply) {
                guard let (interface, method) = catalogue.method(name) else {
                    breaches.append("\(name): not described by the daemon")
                    return
                }
                if let breach = contract.breach(of: reply, to: method, in: interface) {
                    breaches.append("\(name): \(breach)")
                } else if reply.error == nil {
                    // The typed reply the clients read reads it too.
                    do throws(WireDecodingError) {
                        guard let type = LotseInterfaces.replyTypes[name] else {
                            // org.varlink.service is LotseVarlink's, answered without Lotse's types.
                            if interface.name == VarlinkServiceInterface.name { answered.insert(name) } else {
                                breaches.append("\(name): no typed reply")
                            }
                            return
                        }
                        _ = try type.init(parameters: reply.parameters)
                        answered.insert(name)
                    } catch {
                        breaches.append("\(name): the typed reply does not read it: \(error)")
                    }
                } else {
                    print("reply contract: \(name) answered \(reply.message.serialized.prefix(300))")
                }
            }
            func call(_ user: TestUser?, _ method: String, _ parameters: [String: JSONValue] = [:]) -> Step {
                Step(user: user, call: VarlinkCall(method: method, parameters: parameters))
            }

            let (cw, coord, spec) = (world.caseworker, world.coordinator, world.specialist)
            // A backup goes only into a directory that is the daemon's alone.
            let backups = world.daemon.directory + "/backups"
            try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            let month = JSONValue.string(world.month.description)
            let today = CalendarDate(instant: Date(), in: SpecialistWorld.zone)
            let first = referred[0], second = referred[1]
            let client = JSONValue.string(first.client)
            let noRisk: JSONValue = ["suicidality": false, "dangerToOthers": false]

            // Operating, mail, report, screening instruments, specialists, caseworkers.
            try walk([
                call(nil, "org.varlink.service.GetInfo"),
                call(nil, "org.varlink.service.GetInterfaceDescription", ["interface": .string(AdminProtocol.name)]),
                call(nil, "org.lotse.Admin.Status"),
                call(nil, "org.lotse.Admin.Reload"),
                call(nil, "org.lotse.Admin.Backup", ["path": .string(backups + "/lotse.db")]),
                call(nil, "org.lotse.Admin.Purge"),
                call(nil, "org.lotse.Testing.Sleep", ["milliseconds": 1]),
                call(nil, "org.lotse.Testing.Unimplemented"),
                call(coord, "org.lotse.Reports.Build", ["year": .integer(Int64(today.year - 1)), "format": "json"]),
                call(coord, "org.lotse.Specialists.List"),
                call(coord, "org.lotse.Specialists.Add", ["name": "Dr. Drei", "qualification": "Psychotherapeutin",
                                                          "languages": ["de"], "email": "drei@example.org", "user": "lotse-e2e-spc"]),
                call(coord, "org.lotse.Caseworkers.Set", ["user": .string(world.otherCaseworker.name), "email": "cw2@example.org",
                                                          "language": "en"]),
                call(coord, "org.lotse.Caseworkers.List"),
                call(coord, "org.lotse.Caseworkers.Remove", ["user": .string(world.otherCaseworker.name)]),
                call(cw, "org.lotse.Screening.Instruments"),
            ])
            // A stream: every reply of it, the continued ones included.
            let streamer = try world.daemon.client()
            var streamed = 0
            try streamer.call(VarlinkCall(method: "org.lotse.Testing.Count", parameters: ["count": 2], more: true)) { parameters in
                streamed += 1
                check("org.lotse.Testing.Count", VarlinkReply(parameters: parameters))
            }
            streamer.close()
            #expect(streamed == 2)

            // A third client through its whole case: consent, screening, referral, changes,
            // withdrawal, closing, reopening, handing over; a help plan for the first client.
            let opened = try walk([call(cw, "org.lotse.Referrals.CreateClient", ["municipality": "ludwigsburg"])])
            let third = JSONValue.string(try #require(opened.first?.parameters["client"]?["pseudonym"]?.stringValue))
            let submitted = try walk([
                call(cw, "org.lotse.Referrals.RecordConsent", ["client": third, "givenOn": .string(today.description),
                                                               "scope": ["screening", "referral"]]),
                call(cw, "org.lotse.Screening.Record", ["client": third, "instrument": "yesno10",
                                                        "answers": [1, 1, 1, 1, 1, 1, 0, 0, 0, 0], "acuteRisk": noRisk]),
                call(cw, "org.lotse.Screening.List", ["client": third]),
                call(cw, "org.lotse.Referrals.Submit", ["client": third, "acuteRisk": noRisk, "kind": "assessment",
                                                        "language": "de", "interpreter": false]),
            ])
            let third3 = JSONValue.integer(try #require(submitted.last?.parameters["referral"]?["id"]?.integerValue))
            let goals = try walk([
                call(cw, "org.lotse.Referrals.GetClient", ["client": third]),
                call(cw, "org.lotse.Referrals.ListClients"),
                call(cw, "org.lotse.Referrals.List"),
                call(cw, "org.lotse.Referrals.Get", ["id": third3]),
                call(cw, "org.lotse.Referrals.Update", ["id": third3, "note": "Termin bitte vormittags"]),
                call(cw, "org.lotse.Referrals.Withdraw", ["id": third3, "reason": "Klientin verzogen"]),
                call(cw, "org.lotse.Referrals.WithdrawConsent", ["client": third]),
                call(cw, "org.lotse.Referrals.CloseClient", ["client": third]),
                call(cw, "org.lotse.Referrals.ReopenClient", ["client": third]),
                call(cw, "org.lotse.HelpPlans.AddGoal", ["client": client, "domain": "work", "title": "Praktikum finden"]),
            ])
            let goal = JSONValue.integer(try #require(goals.last?.parameters["goal"]?.integerValue))
            try walk([
                call(coord, "org.lotse.Referrals.HandOver", ["client": third, "caseworker": .string(world.otherCaseworker.name)]),
                call(cw, "org.lotse.HelpPlans.UpdateGoal", ["client": client, "goal": goal, "status": "in-progress"]),
                call(cw, "org.lotse.HelpPlans.Review", ["client": client]),
                call(cw, "org.lotse.HelpPlans.Get", ["client": client]),
                call(cw, "org.lotse.HelpPlans.History", ["client": client]),
            ])

            // The month: an extra session (cancelled again), plan, every review step (the first
            // referral moves to the free slot, the second is dropped and added where the first
            // was), approval, publication, refill, waiting list, exports.
            let added = try walk([
                call(coord, "org.lotse.Sessions.Add", ["specialist": .integer(world.specialistID),
                                                       "date": .string(world.sessionDay.adding(days: 7).description),
                                                       "start": "09:00", "slots": 2, "slotMinutes": 45, "place": "Raum 1",
                                                       "kinds": ["assessment"]]),
                call(coord, "org.lotse.Sessions.List", ["month": month]),
            ])
            let extraSession = try #require(added.first?.parameters["sessions"]?.arrayValue?.first?["id"]?.integerValue)
            let planned = try walk([
                call(coord, "org.lotse.Sessions.Cancel", ["session": .integer(extraSession)]),
                call(coord, "org.lotse.Roster.Plan", ["month": month]),
                call(coord, "org.lotse.Roster.Show", ["month": month]),
            ])
            let draft = planned.last?.parameters ?? [:]
            let free = (draft["freeSlots"]?.arrayValue ?? []).compactMap { $0["slot"]?.stringValue }
            let firstSlot = (draft["entries"]?.arrayValue ?? []).first { $0["referral"]?.integerValue == first.referral }?["slot"]?.stringValue
            let freeSlot = try #require(free.first, "no free slot in the draft: \(JSONValue.object(draft).serialized)")
            let emptied = try #require(firstSlot, "the first referral is not in the draft: \(JSONValue.object(draft).serialized)")
            try walk([
                call(coord, "org.lotse.Roster.Pin", ["month": month, "referral": .integer(first.referral)]),
                call(coord, "org.lotse.Roster.Move", ["month": month, "referral": .integer(first.referral), "slot": .string(freeSlot)]),
                call(coord, "org.lotse.Roster.Drop", ["month": month, "referral": .integer(second.referral)]),
                call(coord, "org.lotse.Roster.Add", ["month": month, "referral": .integer(second.referral), "slot": .string(emptied)]),
                call(coord, "org.lotse.Roster.Pin", ["month": month, "referral": .integer(first.referral), "pinned": false]),
                call(coord, "org.lotse.Roster.Approve", ["month": month]),
                call(coord, "org.lotse.Roster.Publish", ["month": month]),
                call(coord, "org.lotse.Roster.Refill", ["month": month]),
                call(coord, "org.lotse.Roster.Waiting", ["month": month]),
                call(coord, "org.lotse.Roster.Waiting"),
                call(coord, "org.lotse.Roster.Export", ["month": month, "format": "csv", "language": "en"]),
                call(coord, "org.lotse.Roster.Problem", ["month": month]),
                call(coord, "org.lotse.Mail.Outbox"),
            ])
            let agenda = try walk([
                call(spec, "org.lotse.Assessments.Today", ["date": .string(world.sessionDay.description)]),
                call(spec, "org.lotse.Assessments.Session", ["session": .integer(world.sessionID)]),
                call(spec, "org.lotse.Assessments.Unresolved"),
            ])
            var appointments: [String: Int64] = [:]
            for row in agenda.first?.parameters["appointments"]?.arrayValue ?? [] {
                if let pseudonym = row["client"]?.stringValue, let id = row["id"]?.integerValue { appointments[pseudonym] = id }
            }
            let firstAppointment = try #require(appointments[first.client], "no appointment for \(first.client): \(appointments)")
            let secondAppointment = try #require(appointments[second.client], "no appointment for \(second.client): \(appointments)")
            let outbox = try walk([
                call(cw, "org.lotse.Appointments.Cancel", ["appointment": .integer(secondAppointment), "reason": "Klientin erkrankt"]),
                call(coord, "org.lotse.Mail.Outbox", ["state": "pending"]),
                call(coord, "org.lotse.Mail.Outbox"),
            ])
            let entries = outbox.last?.parameters["entries"]?.arrayValue ?? []
            let retryable = entries.first { $0["moot"]?.boolValue == false && ["pending", "failed"].contains($0["state"]?.stringValue ?? "") }
            let retried = try #require(retryable?["id"]?.integerValue, "no mail to retry: \(JSONValue.array(entries).serialized)")
            try walk([call(coord, "org.lotse.Mail.Retry", ["id": .integer(retried)])])

            // The consultation day: attendance, the assessment and its correction, the steps.
            try world.moveClock(to: world.sessionDay)
            let recorded = try walk([
                call(spec, "org.lotse.Assessments.RecordAttendance", ["appointment": .integer(firstAppointment), "attendance": "attended"]),
                call(spec, "org.lotse.Assessments.Record", [
                    "appointment": .integer(firstAppointment), "note": "Anhaltende Schlafstörungen.",
                    "recommendations": [["code": "outpatient-psychotherapy"]],
                    "steps": [["description": "Therapieplatz anfragen", "owner": "caseworker",
                               "dueOn": .string(world.sessionDay.adding(days: 14).description)]]]),
            ])
            let assessment = JSONValue.integer(try #require(recorded.last?.parameters["assessment"]?["id"]?.integerValue))
            let steps = try walk([
                call(spec, "org.lotse.Assessments.Amend", ["id": assessment, "reason": "Tippfehler", "note": "Anhaltende Schlafstörungen, Albträume."]),
                call(spec, "org.lotse.Assessments.History", ["id": assessment]),
                call(spec, "org.lotse.Assessments.Get", ["id": assessment]),
                call(spec, "org.lotse.Assessments.List", ["client": client]),
                call(coord, "org.lotse.FollowUps.List", ["client": client]),
            ])
            let step = JSONValue.integer(try #require(steps.last?.parameters["steps"]?.arrayValue?.first?["id"]?.integerValue))
            try walk([
                call(coord, "org.lotse.FollowUps.Reassign", ["step": step, "role": "coordinator"]),
                call(coord, "org.lotse.FollowUps.Done", ["step": step]),
                call(cw, "org.lotse.FollowUps.List", ["scope": "all", "status": "done"]),
            ])

            // org.lotse.Demo is answered only by a daemon started for the demo, only to its own
            // uid and outside the dispatcher (so outside its reply check, and not described by
            // GetInterfaceDescription): its replies are checked here against the IDL itself.
            let idl = try VarlinkServiceDirectory(info: VarlinkServiceInfo(vendor: "", product: "", version: "", url: ""),
                                                  interfaceTexts: LotseInterfaces.all)
            let idlContract = VarlinkReplyContract(directory: idl)
            let demoInterface = try #require(idl.interfaces[DemoProtocol.name])
            let demo = try DaemonHarness()
            let identities = demo.directory + "/identities.conf"
            try Data("demo-koordination coordinator koordination@example.org de\n".utf8).write(to: URL(fileURLWithPath: identities))
            demo.extraArguments = ["--demo-identities", identities]
            try demo.start()
            let demoCalls = [
                VarlinkCall(method: DemoProtocol.ActAsRequest.method, parameters: ["user": "demo-koordination"]),
                VarlinkCall(method: DemoProtocol.BackdateRequest.method, parameters: ["referrals": []]),
                VarlinkCall(method: DemoProtocol.ActAsRequest.method, parameters: ["user": "nobody-in-the-demo"]),
            ]
            for (demoCall, reply) in zip(demoCalls, try ForeignClient.call(demoCalls, socket: demo.socketPath, as: nil)) {
                let name = String(demoCall.method.dropFirst(DemoProtocol.name.count + 1))
                guard let method = demoInterface.methods[name] else {
                    breaches.append("\(demoCall.method): not declared")
                    continue
                }
                if let breach = idlContract.breach(of: reply, to: method, in: demoInterface) {
                    breaches.append("\(demoCall.method): \(breach)")
                } else if reply.error == nil {
                    do throws(WireDecodingError) {
                        _ = try LotseInterfaces.replyTypes[demoCall.method]?.init(parameters: reply.parameters)
                        if LotseInterfaces.replyTypes[demoCall.method] != nil { answered.insert(demoCall.method) }
                    } catch {
                        breaches.append("\(demoCall.method): the typed reply does not read it: \(error)")
                    }
                }
            }
            #expect(demo.stop() == 0)

            // The refusal at accept answers whatever was called: an account without a role
            // reads org.lotse.Admission.NoRole, which the daemon's own description declares
            // with exactly its parameters (none). A reason hung on PermissionDenied, as
            // before, is a parameter no IDL declares, and the contract says so.
            let stranger = try TestUser.ensure("lotse-e2e-nobody")
            let (refused, _) = try ForeignClient.exchange([VarlinkCall(method: "org.lotse.Admin.Status")],
                                                          socket: world.daemon.socketPath, as: stranger)
            #expect(refused.map(\.error) == [AdmissionProtocol.noRole])
            for reply in refused { check("org.lotse.Admin.Status", reply) }
            if let (interface, method) = catalogue.method("org.lotse.Admin.Status") {
                let undeclared = VarlinkReply(error: VarlinkError(VarlinkError.permissionDenied.name, parameters: ["reason": "no-role"]))
                #expect(contract.breach(of: undeclared, to: method, in: interface) != nil)
                let limit = VarlinkReply(error: VarlinkError(AdmissionProtocol.connectionLimitReached, parameters: ["limit": 16, "scope": "account"]))
                #expect(contract.breach(of: limit, to: method, in: interface) == nil)
            }

            #expect(breaches == [], "replies that break their IDL:\n\(breaches.joined(separator: "\n"))")
            // Every method the IDLs declare (not only those the daemon describes) is answered,
            // and the daemon describes every interface with methods but the demo's.
            let declared = idl.interfaces.values.filter { $0.name != VarlinkServiceInterface.name }
                .flatMap { interface in interface.methodOrder.map { interface.name + "." + $0 } }
            let undescribed = idl.interfaces.values.filter { !$0.methods.isEmpty && $0.name != DemoProtocol.name
                && catalogue.interfaces[$0.name] == nil }.map(\.name)
            #expect(undescribed.isEmpty, "interfaces the daemon does not describe: \(undescribed)")
            let unanswered = Set(catalogue.methodNames + declared)
                .filter { !answered.contains($0) && !Self.answeredOnlyWithAnError.contains($0) }.sorted()
            #expect(unanswered == [], "methods the walk never got a reply from (add a call above): \(unanswered)")
            let log = (try? String(contentsOfFile: world.daemon.logPath, encoding: .utf8)) ?? ""
            #expect(!log.contains("broke its IDL"), "the daemon saw a reply break its IDL:\n\(log.split(separator: "\n").filter { $0.contains("broke its IDL") }.joined(separator: "\n"))")
            #expect(world.daemon.stop() == 0)
            print("reply contract: \(answered.count) of \(Set(catalogue.methodNames + declared).count) methods answered within their IDL")
        }
    }
}
