#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCLI
import LotseVarlink
import Testing

extension Proof {
    /// Every number bounded where it is parsed: from the daemon's own IDL, every integer
    /// field of every method (nested and in arrays too) gets Int.min, −1, 0, Int.max, 1e308
    /// and 10^400, sent as each of the four roles; every option and operand of every `lotse`
    /// command gets the same texts. Zero crashes, every call answered or cleanly closed,
    /// and the daemon serving afterwards.
    @Suite(.serialized) struct ExtremeNumberProofTests {
        /// The extreme values as JSON text (10^400 and 1e308 cannot be an `Int64`; 10^400
        /// is not even a `Double`, so the bytes are written by hand).
        static let extremes = ["-9223372036854775808", "-1", "0", "9223372036854775807", "1e308", "1" + String(repeating: "0", count: 400)]
        /// A number no placeholder uses, replaced by each extreme in the serialized call.
        static let marker: Int64 = 7_357_735_773_577_357

        static let actors = ["t-caseworker": "caseworker", "t-coordinator": "coordinator", "t-specialist": "specialist", "t-admin": "admin"]

        @Test func extremeIntegersInEveryFieldOfEveryMethodNeverCrashTheDaemon() throws {
            let daemon = try Self.makeDaemon()
            try daemon.start()
            let catalogue = try InterfaceCatalogue(daemon: daemon)
            let (pseudonym, referral, specialist) = try Self.records(daemon)

            var sent = 0, answered = 0, closed = 0
            var failures: [String] = []
            var accepted: Set<String> = []
            var unnamed: Set<String> = []
            // The test-only interface (present with LOTSE_TEST_INTERFACES=1) sleeps on purpose.
            for name in catalogue.methodNames where !name.hasPrefix("org.lotse.Testing.") && !name.hasPrefix("org.varlink.service.") {
                guard let (interface, method) = catalogue.method(name) else { continue }
                let leaves = Self.integerLeaves(method.input, in: interface)
                guard leaves > 0 else { continue }
                for target in 0..<leaves {
                    var counter = 0
                    let parameters = Self.fill(method.input, in: interface, target: target, counter: &counter) { field, type in
                        RoleMatrixProofTests.placeholder(field: field, type: type, pseudonym: pseudonym, referral: referral, screening: 1)
                            .replacingSpecialist(field: field, id: specialist)
                    }
                    let template = VarlinkCall(method: name, parameters: parameters).message.serialized
                    for actor in Self.actors.keys.sorted() {
                        var connection = try Self.connection(daemon, as: actor)
                        defer { connection.close() }
                        for extreme in Self.extremes {
                            let text = template.replacingOccurrences(of: String(Self.marker), with: extreme)
                            sent += 1
                            switch Self.exchange(Array(text.utf8) + [0], on: connection) {
                            case .error(let reply):
                                answered += 1
                                // An integer out of range is refused naming the field it was in; an id
                                // nothing has is simply not found, and a call refused for its state
                                // before the number matters says so.
                                let named = reply.parameters["parameter"]?.stringValue ?? reply.parameters["field"]?.stringValue
                                let error = reply.error ?? ""
                                let otherwise = error == VarlinkError.permissionDenied.name || error.hasSuffix("NotFound")
                                    || error.hasSuffix("InvalidState")
                                if extreme.count > 2, named == nil, !otherwise {
                                    unnamed.insert("\(name) #\(target) = \(extreme.prefix(24)): \(reply.message.serialized.prefix(160))")
                                }
                            case .success(let reply):
                                answered += 1
                                if extreme.count > 2 { accepted.insert("\(name) #\(target) = \(extreme.prefix(24)): \(reply.message.serialized.prefix(120))") }
                            case .closed where extreme.count > 400:
                                // Beyond the range of any JSON number the parser keeps: a malformed
                                // message, answered like every other one by a clean close.
                                closed += 1
                                connection.close()
                                connection = try Self.connection(daemon, as: actor)
                            case .closed:
                                failures.append("\(actor) \(name) #\(target) = \(extreme.prefix(24)): connection closed")
                                connection.close()
                                connection = try Self.connection(daemon, as: actor)
                            case .noAnswer(let reason):
                                failures.append("\(actor) \(name) #\(target) = \(extreme.prefix(24)): \(reason)")
                            }
                            if !daemon.isRunning { break }
                        }
                        if !daemon.isRunning { break }
                    }
                    if !daemon.isRunning {
                        failures.append("lotsed died on \(name) field #\(target): \(daemon.log.suffix(600))")
                        break
                    }
                }
                if !daemon.isRunning { break }
            }
            #expect(failures == [], "\(failures.prefix(20).joined(separator: "\n"))")
            #expect(daemon.isRunning)
            #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
            #expect(unnamed.isEmpty, "refused without naming the field:\n\(unnamed.sorted().joined(separator: "\n"))")
            for line in accepted.sorted() { print("extreme numbers: accepted \(line)") }
            print("extreme numbers: \(sent) calls, \(answered) answered, \(closed) closed")
            #expect(sent > 500)
            #expect(daemon.stop() == 0)
        }

        /// The issue's reproductions: an interval the size of Int.max, weekly and monthly.
        @Test func anRRuleWithTheLargestIntervalIsRefusedNamingTheField() throws {
            let daemon = try Self.makeDaemon()
            try daemon.start()
            let (_, _, specialist) = try Self.records(daemon)
            let connection = try VarlinkConnection.connect(path: daemon.socketPath, maxMessageSize: 4 << 20)
            defer { connection.close() }
            _ = try Self.actAs("t-coordinator", on: connection)
            for rule in ["FREQ=WEEKLY;INTERVAL=9223372036854775807", "FREQ=MONTHLY;INTERVAL=9223372036854775807",
                         "FREQ=MONTHLY;COUNT=9223372036854775807"] {
                try connection.send(VarlinkCall(method: "org.lotse.Sessions.Add", parameters: [
                    "specialist": .integer(specialist), "date": "2026-12-01", "start": "14:00", "slots": 4, "slotMinutes": 45,
                    "place": "Raum 2", "kinds": ["assessment"], "rrule": .string(rule)]))
                let reply = try connection.readReply(timeoutMilliseconds: 20_000)
                #expect(reply.error != nil, "\(rule) was accepted")
                #expect(reply.parameters["field"]?.stringValue == "rrule", "\(rule): \(reply.message.serialized)")
            }
            // A valid rule with an out-of-range slot count or length: refused naming that
            // field before anything is written (the series row once reached the database).
            for (field, slots, minutes) in [("slots", Int64.max, Int64(45)), ("slot minutes", Int64(4), Int64.max)] {
                try connection.send(VarlinkCall(method: "org.lotse.Sessions.Add", parameters: [
                    "specialist": .integer(specialist), "date": "2099-03-02", "start": "14:00", "slots": .integer(slots),
                    "slotMinutes": .integer(minutes), "place": "Raum 2", "kinds": ["assessment"], "rrule": "FREQ=WEEKLY;COUNT=2"]))
                let reply = try connection.readReply(timeoutMilliseconds: 20_000)
                #expect(reply.error == "org.lotse.Sessions.InvalidValue", "\(field): \(reply.message.serialized)")
                #expect(reply.parameters["field"]?.stringValue == field, "\(field): \(reply.message.serialized)")
            }
            #expect(daemon.isRunning)
            let lotse = ["session", "add", "--specialist", String(specialist), "--date", "2026-12-01", "--start", "14:00",
                         "--slots", "4", "--minutes", "45", "--place", "Raum 2"]
            let output = try daemon.runLotse(lotse + ["--rrule", "FREQ=MONTHLY;INTERVAL=9223372036854775807"])
            #expect(output.status == 65, "\(output.stderr)")
            #expect(output.stderr.contains("INTERVAL"), "\(output.stderr)")
            #expect(daemon.isRunning)
            #expect(daemon.stop() == 0)
        }

        @Test func extremeNumbersInEveryOptionAndOperandOfTheCommandLineNeverCrashIt() throws {
            let daemon = try Self.makeDaemon()
            try daemon.start()
            let (_, _, specialist) = try Self.records(daemon)
            let environment = ["LOTSE_SOCKET": daemon.socketPath, "LANG": "C.UTF-8"]
            var vectors: [[String]] = []
            let values = Self.extremes + ["1e9", "-0", "+5"]
            // A full `session add` with one field extreme at a time, then every option of every verb.
            let sessionAdd = ["--specialist": String(specialist), "--date": "2026-12-01", "--start": "14:00", "--slots": "4",
                              "--minutes": "45", "--place": "Raum 2", "--rrule": "FREQ=MONTHLY;BYDAY=1TU"]
            for key in ["--specialist", "--slots", "--minutes"] {
                for value in values {
                    var options = sessionAdd
                    options[key] = value
                    vectors.append(["session", "add"] + options.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
                }
            }
            for group in CommandTable.all where group.name != "demo" {
                var verbs: Set<String> = []
                var options: Set<String> = []
                for line in group.help.split(separator: "\n") {
                    let words = line.split(separator: " ").map(String.init)
                    if words.count >= 3, words[0] == "lotse", words[1] == group.name, !words[2].hasPrefix("-") { verbs.insert(words[2]) }
                    options.formUnion(words.filter { $0.hasPrefix("--") && $0.count < 30 && $0 != "--socket" && $0 != "--output" })
                }
                for verb in verbs.sorted() {
                    for value in values {
                        vectors.append([group.name, verb, value])
                        vectors.append([group.name, verb, value, value])
                        for option in options.sorted() { vectors.append([group.name, verb, option, value]) }
                    }
                }
            }
            var statuses: [Int32: Int] = [:]
            for arguments in vectors where !arguments.contains("backup") && !arguments.contains("-o") {
                let terminal = CapturingTerminal()
                let context = CommandContext(arguments: arguments, environment: environment, terminal: terminal)
                let status = LotseCommandLine.run(arguments: arguments, context: context)
                statuses[status.rawValue, default: 0] += 1
                if status != .ok && terminal.stderr.isEmpty {
                    Issue.record("lotse \(arguments) exited \(status.rawValue) without a word on standard error")
                }
                if !daemon.isRunning {
                    Issue.record("lotsed died on lotse \(arguments): \(daemon.log.suffix(600))")
                    break
                }
            }
            #expect(daemon.isRunning)
            #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
            print("extreme numbers on the command line: \(vectors.count) vectors, exit statuses \(statuses.sorted { $0.key < $1.key })")
            #expect(daemon.stop() == 0)
        }

        // MARK: - Support

        /// A daemon where root holds every role and may act as one demo user per role.
        static func makeDaemon() throws -> DaemonHarness {
            let daemon = try DaemonHarness(environment: ["LOTSE_TEST_NOW": CaseworkFixture.fixedNow, "LOTSE_MAIL_POLL_MILLISECONDS": "600000"])
            let roles = "caseworkers = root\ncoordinators = root\nspecialists = root\nadmins = root"
            try daemon.writeConfig(daemon.configText(roles: roles) + "\n" + CaseworkFixture.sections)
            let identities = daemon.directory + "/identities.conf"
            let lines = actors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value) \($0.key)@example.org de" }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: identities))
            daemon.extraArguments = ["--demo-identities", identities]
            return daemon
        }

        enum Exchange {
            case error(VarlinkReply)
            case success(VarlinkReply)
            case closed
            case noAnswer(String)
        }

        /// Sends one raw message and reads the answer.
        static func exchange(_ bytes: [UInt8], on connection: VarlinkConnection) -> Exchange {
            do { try connection.sendRaw(bytes) } catch { return .closed }
            do {
                let reply = try connection.readReply(timeoutMilliseconds: 20_000)
                return reply.error == nil ? .success(reply) : .error(reply)
            } catch {
                switch error {
                case .closed, .truncated: return .closed
                case .system(_, let code) where code == ECONNRESET: return .closed
                default: return .noAnswer("\(error)")
                }
            }
        }

        /// A new connection acting as `actor`.
        static func connection(_ daemon: DaemonHarness, as actor: String) throws -> VarlinkConnection {
            let connection = try VarlinkConnection.connect(path: daemon.socketPath, maxMessageSize: 4 << 20)
            _ = try actAs(actor, on: connection)
            return connection
        }

        /// Acts as demo user `user` on `connection`.
        static func actAs(_ user: String, on connection: VarlinkConnection) throws -> VarlinkReply {
            try connection.send(VarlinkCall(method: "org.lotse.Demo.ActAs", parameters: ["user": .string(user)]))
            let reply = try connection.readReply(timeoutMilliseconds: 20_000)
            guard reply.error == nil else { throw HarnessError("ActAs \(user): \(reply.message.serialized)") }
            return reply
        }

        /// A client with consent and a referral (caseworker), and a specialist (coordinator),
        /// so that calls naming records get past the look-up to their numbers.
        static func records(_ daemon: DaemonHarness) throws -> (String, Int64, Int64) {
            func call(_ actor: String, _ method: String, _ parameters: [String: JSONValue]) throws -> VarlinkReply {
                let connection = try VarlinkConnection.connect(path: daemon.socketPath, maxMessageSize: 4 << 20)
                defer { connection.close() }
                _ = try actAs(actor, on: connection)
                try connection.send(VarlinkCall(method: method, parameters: parameters))
                let reply = try connection.readReply(timeoutMilliseconds: 20_000)
                guard reply.error == nil else { throw HarnessError("\(method): \(reply.message.serialized)") }
                return reply
            }
            let created = try call("t-caseworker", "org.lotse.Referrals.CreateClient", ["municipality": "ludwigsburg"])
            let pseudonym = created.parameters["client"]?["pseudonym"]?.stringValue ?? ""
            _ = try call("t-caseworker", "org.lotse.Referrals.RecordConsent", [
                "client": .string(pseudonym), "givenOn": "2026-11-21", "scope": ["referral", "screening"]])
            let submitted = try call("t-caseworker", "org.lotse.Referrals.Submit", [
                "client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false], "kind": "assessment",
                "language": "de", "interpreter": false, "urgency": "routine", "urgencyReason": "Test"])
            let added = try call("t-coordinator", "org.lotse.Specialists.Add", [
                "name": "Dr. Test", "qualification": "Psychiatrie", "languages": ["de"], "email": "dr@example.org", "user": "t-specialist"])
            return (pseudonym, submitted.parameters["referral"]?["id"]?.integerValue ?? 1,
                    added.parameters["specialist"]?["id"]?.integerValue ?? 1)
        }

        /// How many integer leaves `fields` have (optional ones included, arrays entered once).
        static func integerLeaves(_ fields: [VarlinkField], in interface: VarlinkInterfaceDescription) -> Int {
            var counter = 0
            _ = fill(fields, in: interface, target: -1, counter: &counter) { _, _ in .null }
            return counter
        }

        /// Every field filled (optional ones too), the `target`-th integer leaf with `marker`,
        /// other leaves by `placeholder`.
        static func fill(_ fields: [VarlinkField], in interface: VarlinkInterfaceDescription, target: Int, counter: inout Int,
                         placeholder: (String, VarlinkType) -> JSONValue) -> [String: JSONValue] {
            var result: [String: JSONValue] = [:]
            for field in fields {
                result[field.name] = value(field.type, field: field.name, in: interface, target: target, counter: &counter,
                                           depth: 0, placeholder: placeholder)
            }
            return result
        }

        static func value(_ type: VarlinkType, field: String, in interface: VarlinkInterfaceDescription, target: Int,
                          counter: inout Int, depth: Int, placeholder: (String, VarlinkType) -> JSONValue) -> JSONValue {
            guard depth < 8 else { return .null }
            switch type {
            case .int:
                defer { counter += 1 }
                return counter == target ? .integer(marker) : placeholder(field, .int)
            case .optional(let inner):
                return value(inner, field: field, in: interface, target: target, counter: &counter, depth: depth, placeholder: placeholder)
            case .named(let name):
                guard let resolved = interface.types[name] else { return .object([:]) }
                return value(resolved, field: field, in: interface, target: target, counter: &counter, depth: depth + 1, placeholder: placeholder)
            case .structure(let fields):
                var object: [String: JSONValue] = [:]
                for inner in fields {
                    object[inner.name] = value(inner.type, field: inner.name, in: interface, target: target, counter: &counter,
                                               depth: depth + 1, placeholder: placeholder)
                }
                return .object(object)
            case .array(let element):
                let before = counter
                let item = value(element, field: field, in: interface, target: target, counter: &counter, depth: depth + 1, placeholder: placeholder)
                // Arrays without an integer inside keep the placeholder's (usually empty) value.
                return counter == before ? placeholder(field, type) : .array([item])
            case .map, .object, .bool, .float, .string, .enumeration:
                return placeholder(field, type)
            }
        }
    }
}

private extension JSONValue {
    /// The placeholder with a real specialist's id where the field names one.
    func replacingSpecialist(field: String, id: Int64) -> JSONValue {
        field == "specialist" && integerValue != nil ? .integer(id) : self
    }
}
