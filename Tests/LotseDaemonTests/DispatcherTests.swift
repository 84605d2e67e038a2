import Foundation
import LotseCore
import LotseStore
import LotseVarlink
import Testing
@testable import LotseDaemon
import LotseSystem

/// The dispatcher's order of checks, without sockets: lookup, roles (audited), validation,
/// handler.
@Suite struct DispatcherTests {
    /// An interface with a handler per role set, for authorisation tests.
    struct ProbeInterface: VarlinkInterface {
        let idl = """
        interface org.lotse.Probe
        method ForCaseworkers(n: int) -> (n: int)
        method ForEveryone() -> ()
        method Declared() -> ()
        """
        var methods: [String: MethodEntry] {
            [
                "ForCaseworkers": .single(roles: [.caseworker]) { request throws(VarlinkError) in
                    ["n": request.parameters["n"] ?? nil]
                },
                "ForEveryone": .single(roles: Set(Role.allCases)) { _ throws(VarlinkError) in [:] },
            ]
        }
    }

    /// A configured dispatcher on a database in a fresh directory.
    final class Fixture {
        let directory: String
        let services: DaemonServices
        let dispatcher: Dispatcher

        init(roles: String = "caseworkers = anna\nadmins = root") throws {
            directory = NSTemporaryDirectory() + "lotse-dispatch-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let text = "[daemon]\nsocket = run.sock\ndatabase = lotse.db\n[roles]\n\(roles)\n"
            let configPath = directory + "/lotse.conf"
            try Data(text.utf8).write(to: URL(fileURLWithPath: configPath))
            let loaded = try ConfigurationFile.load(path: configPath)
            let database = try Database(path: loaded.configuration.daemon.databasePath)
            services = DaemonServices(database: database, configuration: loaded, logger: Logger(threshold: .error),
                                      notifier: SystemdNotifier(environment: [:]), daemonUID: 4_000_000_000)
            dispatcher = try Dispatcher(interfaces: [AdminInterface(), ProbeInterface()], services: services)
        }

        deinit {
            services.database.close()
            try? FileManager.default.removeItem(atPath: directory)
        }

        func call(_ method: String, _ parameters: [String: JSONValue] = [:], as caller: Caller, more: Bool = false) -> [VarlinkReply] {
            var replies: [VarlinkReply] = []
            dispatcher.dispatch(VarlinkCall(method: method, parameters: parameters, more: more), caller: caller) { replies.append($0) }
            return replies
        }

        func deniedAuditRows() throws -> [AuditEntry] {
            try services.database.read { (db: Connection) throws(StoreError) -> [AuditEntry] in
                try AuditLog(db).entries().filter { $0.outcome == .denied }
            }
        }
    }

    static func caller(_ name: String, roles: Set<Role>) -> Caller {
        Caller(pid: 1, uid: 1234, gid: 1234, userName: name, groups: [], roles: roles)
    }

    @Test func aCallerWithoutTheRoleIsDeniedAndAudited() throws {
        let fixture = try Fixture()
        let replies = fixture.call("org.lotse.Probe.ForCaseworkers", ["n": 1], as: Self.caller("eve", roles: [.specialist]))
        #expect(replies == [VarlinkReply(error: .permissionDenied)])
        let rows = try fixture.deniedAuditRows()
        #expect(rows.count == 1)
        #expect(rows.first?.user == "eve")
        #expect(rows.first?.role == "specialist")
        #expect(rows.first?.action == "org.lotse.Probe.ForCaseworkers")
        #expect(rows.first?.uid == 1234)
    }

    @Test func rolesAreCheckedBeforeParametersSoStrangersLearnNothing() throws {
        let fixture = try Fixture()
        let replies = fixture.call("org.lotse.Probe.ForCaseworkers", ["bogus": true], as: Self.caller("eve", roles: []))
        #expect(replies.first?.error == "org.varlink.service.PermissionDenied")
    }

    @Test func anAllowedCallerWithBadParametersGetsInvalidParameter() throws {
        let fixture = try Fixture()
        let anna = Self.caller("anna", roles: [.caseworker])
        #expect(fixture.call("org.lotse.Probe.ForCaseworkers", ["n": "one"], as: anna) == [VarlinkReply(error: .invalidParameter("n"))])
        #expect(fixture.call("org.lotse.Probe.ForCaseworkers", ["n": 1, "m": 2], as: anna) == [VarlinkReply(error: .invalidParameter("m"))])
        #expect(fixture.call("org.lotse.Probe.ForCaseworkers", ["n": 7], as: anna) == [VarlinkReply(parameters: ["n": 7])])
        #expect(try fixture.deniedAuditRows().isEmpty)
    }

    /// At the dispatcher the service interface needs no particular role; a caller with no
    /// role at all never gets this far (refused at accept, see `AdmissionTests`).
    @Test func theServiceInterfaceNeedsNoParticularRole() throws {
        let fixture = try Fixture()
        let replies = fixture.call("org.varlink.service.GetInfo", as: Self.caller("eve", roles: []))
        #expect(replies.first?.error == nil)
        #expect(replies.first?.parameters["interfaces"] == ["org.varlink.service", "org.lotse.Admin", "org.lotse.Probe"])
    }

    @Test func aDeclaredMethodWithoutHandlerIsNotImplemented() throws {
        let fixture = try Fixture()
        let replies = fixture.call("org.lotse.Probe.Declared", as: Self.caller("root", roles: [.admin]))
        #expect(replies == [VarlinkReply(error: .methodNotImplemented("org.lotse.Probe.Declared"))])
    }

    @Test func unknownInterfacesAndMethodsAreNamed() throws {
        let fixture = try Fixture()
        let root = Self.caller("root", roles: [.admin])
        #expect(fixture.call("org.lotse.Nothing.X", as: root) == [VarlinkReply(error: .interfaceNotFound("org.lotse.Nothing"))])
        #expect(fixture.call("org.lotse.Probe.X", as: root) == [VarlinkReply(error: .methodNotFound("org.lotse.Probe.X"))])
    }

    @Test func aHandlerForAnUndeclaredMethodFailsAtStartUp() throws {
        struct Broken: VarlinkInterface {
            let idl = "interface org.lotse.Broken\nmethod A() -> ()"
            var methods: [String: MethodEntry] { ["B": .single(roles: [.admin]) { _ throws(VarlinkError) in [:] }] }
        }
        let fixture = try Fixture()
        #expect(throws: DaemonError.self) { _ = try Dispatcher(interfaces: [Broken()], services: fixture.services) }
    }

    @Test func adminStatusReportsTheDatabaseAndConfiguration() throws {
        let fixture = try Fixture()
        let replies = fixture.call("org.lotse.Admin.Status", as: Self.caller("root", roles: [.admin]))
        let status = try #require(replies.first?.parameters)
        #expect(status["database"]?["path"]?.stringValue == fixture.services.database.path)
        #expect(status["configuration"]?["path"]?.stringValue == fixture.directory + "/lotse.conf")
        #expect(status["counts"]?["audit_log"] == 0)
        // The reply matches the IDL's output type.
        let admin = try VarlinkInterfaceDescription(parsing: AdminInterface().idl)
        let output = try #require(admin.methods["Status"]?.output)
        #expect(VarlinkValidator(interface: admin).firstInvalidParameter(status, against: output) == nil)
    }

    @Test func rolesFollowAReloadedConfiguration() throws {
        let fixture = try Fixture(roles: "admins = root")
        let session = try #require(fixture.dispatcher.openSession(for: PeerCredentials(pid: 1, uid: 0, gid: 0)) as? DispatchSession)
        var replies: [VarlinkReply] = []
        session.handle(VarlinkCall(method: "org.lotse.Admin.Status")) { replies.append($0) }
        #expect(replies.first?.error == nil)
        try Data("[daemon]\nsocket = run.sock\ndatabase = lotse.db\n[roles]\nadmins = somebody-else\n".utf8)
            .write(to: URL(fileURLWithPath: fixture.directory + "/lotse.conf"))
        _ = try fixture.services.reload()
        replies = []
        session.handle(VarlinkCall(method: "org.lotse.Admin.Status")) { replies.append($0) }
        #expect(replies.first?.error == "org.lotse.Admission.NoRole")
    }
}
