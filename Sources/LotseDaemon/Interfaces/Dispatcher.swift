import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// Routes calls to interface handlers. At accept, a peer whose account has no role under
/// the configuration in force is refused (`admission(of:)`): it gets one
/// `org.lotse.Admission.NoRole` and nothing else — not even
/// `org.varlink.service` — and the refusal is audited like any denial. For every call of an
/// admitted peer, in this order: the interface and
/// method must exist (`InterfaceNotFound`, `MethodNotFound`); `org.varlink.service` is
/// answered for anyone; otherwise the caller must hold one of the method's roles
/// (`PermissionDenied`, written to the audit log); the parameters must match the declared
/// input type exactly (`InvalidParameter`); only then does the handler run. Authorisation
/// comes before validation so that a caller without access learns nothing about a
/// method's parameters.
public final class Dispatcher: CallHandling {
    /// The IDL-level directory (built-in service interface included).
    public let directory: VarlinkServiceDirectory
    private let handlers: [String: [String: MethodEntry]]
    private let services: DaemonServices
    /// Set in tests only: every reply is checked against the IDL of the method it answers.
    private let replyContract: VarlinkReplyContract?
    private let callers = CallerCache()
    /// Refusals at accept are audited here, off the accept thread: an audit write waits
    /// for the database writer, and the accept thread must never wait.
    private let refusalAudit = DispatchQueue(label: "lotsed-refusal-audit")

    /// Parses every interface's IDL and checks that each handler belongs to a declared
    /// method, so that a typo fails at start-up rather than on a call. With
    /// `checkingReplies` (the test hooks), a reply that breaks its method's IDL — an output
    /// of the wrong shape, an undeclared error — is replaced by
    /// `org.lotse.Testing.ReplyBreaksIDL` naming the breach, so that every end-to-end test
    /// proves the replies it gets against the contract.
    public init(interfaces: [any VarlinkInterface], services: DaemonServices, checkingReplies: Bool = false) throws(DaemonError) {
        let info = VarlinkServiceInfo(vendor: "Lotse", product: "lotsed", version: DaemonServices.version,
                                      url: "https://lotse.example/")
        do {
            directory = try VarlinkServiceDirectory(info: info, interfaceTexts: interfaces.map(\.idl))
        } catch {
            throw DaemonError(en: "an interface description does not parse: \(error)", de: "eine Schnittstellenbeschreibung lässt sich nicht lesen: \(error)")
        }
        var handlers: [String: [String: MethodEntry]] = [:]
        for interface in interfaces {
            guard let description = try? VarlinkInterfaceDescription(parsing: interface.idl) else { continue }
            for name in interface.methods.keys where description.methods[name] == nil {
                throw DaemonError(en: "\(description.name) has a handler for \(name), which its IDL does not declare", de: "\(description.name) hat eine Behandlung für \(name), das seine IDL nicht deklariert")
            }
            for name in description.methodOrder where interface.methods[name] == nil {
                services.logger.warning(de: "\(description.name).\(name) ist erklärt, aber nicht umgesetzt", en: "\(description.name).\(name) is declared but not implemented")
            }
            handlers[description.name] = interface.methods
        }
        self.handlers = handlers
        self.services = services
        replyContract = checkingReplies ? VarlinkReplyContract(directory: directory) : nil
    }

    /// A session caching the caller's identity for the connection.
    public func openSession(for peer: PeerCredentials) -> any CallSession {
        DispatchSession(dispatcher: self, peer: peer)
    }

    /// Admits only callers with at least one role under the configuration in force (the
    /// daemon's own uid always has admin). A refusal is audited as a denial of
    /// `daemon.connect`, coalesced per account and minute like every denial, so that a
    /// reconnect loop leaves at most two entries a minute with the exact count.
    public func admission(of peer: PeerCredentials) -> Admission {
        let (caller, _) = resolveCaller(peer)
        guard caller.roles.isEmpty else { return .admitted }
        let entry = AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                               action: Self.connectAction, outcome: .denied, detail: "no role in [roles]")
        refusalAudit.async { [services] in services.audit(entry) }
        return .refused(reply: Self.noRole, reason: "\(caller.userName) has no role in [roles]")
    }

    /// Waits until every refusal handed to the audit queue is recorded, so that the final
    /// denial summaries written at shutdown count them all. Call after the server stopped.
    public func finishRefusalAudits() {
        refusalAudit.sync {}
    }

    /// The audit action of a connection refused at accept.
    public static let connectAction = "daemon.connect"

    /// What a peer without a role reads as the answer to its first call.
    public static let noRole = VarlinkError(AdmissionProtocol.noRole)

    /// The caller for `peer` under the configuration in force (account look-ups at most
    /// once a second per account, see `CallerCache`).
    func resolveCaller(_ peer: PeerCredentials) -> (Caller, Int) {
        let (loaded, generation) = services.configurationWithGeneration
        let caller = callers.caller(for: peer, generation: generation) {
            CallerResolver(roles: loaded.configuration.roles, daemonUID: services.daemonUID).caller(for: peer)
        }
        return (caller, generation)
    }

    var currentGeneration: Int { services.configurationGeneration }

    func dispatch(_ call: VarlinkCall, caller: Caller, send: (VarlinkReply) -> Void) {
        // The reply contract is a test hook: a release build has no `org.lotse.Testing`
        // at all, not even the name of its error, so it always routes directly.
        #if DEBUG
        guard let contract = replyContract, let (interface, method) = try? directory.lookup(call) else {
            return route(call, caller: caller, send: send)
        }
        route(call, caller: caller) { reply in
            guard let breach = contract.breach(of: reply, to: method, in: interface) else { return send(reply) }
            services.logger.error(de: "\(call.method) verletzt seine IDL: \(breach)", en: "\(call.method) broke its IDL: \(breach)")
            send(VarlinkReply(error: VarlinkError(TestingProtocol.replyBreaksIDL,
                                                  parameters: ["method": .string(call.method), "breach": .string(breach)])))
        }
        #else
        route(call, caller: caller, send: send)
        #endif
    }

    private func route(_ call: VarlinkCall, caller: Caller, send: (VarlinkReply) -> Void) {
        do throws(VarlinkError) {
            if call.upgrade { throw VarlinkError.methodNotImplemented(call.method) }
            let (interface, method) = try directory.lookup(call)
            if interface.name == VarlinkServiceInterface.name {
                try directory.validate(call, interface: interface, method: method)
                send(VarlinkReply(parameters: try directory.builtinReply(method: method.name, parameters: call.parameters)))
                return
            }
            guard let entry = handlers[interface.name]?[method.name] else {
                throw VarlinkError.methodNotImplemented(call.method)
            }
            guard !entry.roles.isDisjoint(with: caller.roles) else {
                deny(call, caller: caller, allowed: entry.roles)
                throw VarlinkError.permissionDenied
            }
            try directory.validate(call, interface: interface, method: method)
            let request = MethodRequest(method: call.method, parameters: call.parameters, more: call.more,
                                        caller: caller, services: services)
            switch entry.body {
            case .single(let handler):
                send(VarlinkReply(parameters: try handler(request)))
            case .streaming(let handler):
                guard call.more else { throw VarlinkError.expectedMore }
                let last = try handler(request) { parameters in send(VarlinkReply(parameters: parameters, continues: true)) }
                send(VarlinkReply(parameters: last))
            }
        } catch {
            if error.name.hasSuffix(".DatabaseError") {
                // The German sentence of a store failure names only SQLite's code and says
                // the details are in the daemon's log: here they are (the English message).
                services.logger.error(de: "\(call.method) durch \(caller.userName) gescheitert: \(error.parameters["messageDe"]?.stringValue ?? error.parameters["message"]?.stringValue ?? error.name)",
                                      en: "\(call.method) by \(caller.userName) failed: \(error.parameters["message"]?.stringValue ?? error.name)")
            } else if error.name != VarlinkError.permissionDenied.name {
                services.logger.debug(de: "\(call.method) durch \(caller.userName): \(error)", en: "\(call.method) by \(caller.userName): \(error)")
            }
            send(VarlinkReply(error: error))
        }
    }

    /// Audits a call of a connection whose account lost its last role in a reload.
    func refuseAfterReload(_ call: VarlinkCall, caller: Caller) {
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                  action: call.method, outcome: .denied, detail: "no role in [roles] since a reload"))
    }

    private func deny(_ call: VarlinkCall, caller: Caller, allowed: Set<Role>) {
        services.logger.info(de: "Zugriff verweigert: \(caller.userName) (uid \(caller.uid), Rollen \(caller.roleSummary)) rief \(call.method) auf, das \(allowed.sorted().map(\.rawValue).joined(separator: " oder ")) verlangt",
                             en: "permission denied: \(caller.userName) (uid \(caller.uid), roles \(caller.roleSummary)) called \(call.method), which needs \(allowed.sorted().map(\.rawValue).joined(separator: " or "))")
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                  action: call.method, outcome: .denied,
                                  detail: "needs " + allowed.sorted().map(\.rawValue).joined(separator: " or ")))
    }
}

/// One connection's view of the dispatcher: resolves the caller once and again only
/// after a configuration reload.
final class DispatchSession: CallSession {
    private let dispatcher: Dispatcher
    private let peer: PeerCredentials
    private var caller: Caller
    private var generation: Int

    init(dispatcher: Dispatcher, peer: PeerCredentials) {
        self.dispatcher = dispatcher
        self.peer = peer
        (caller, generation) = dispatcher.resolveCaller(peer)
    }

    /// False once a reload left the caller without a role.
    private(set) var staysAdmitted = true

    func handle(_ call: VarlinkCall, send: (VarlinkReply) -> Void) {
        if dispatcher.currentGeneration != generation {
            (caller, generation) = dispatcher.resolveCaller(peer)
        }
        guard !caller.roles.isEmpty else {
            // Admitted before a reload took the account's last role: it gets what a new
            // connection of it would get, and the connection ends.
            dispatcher.refuseAfterReload(call, caller: caller)
            send(VarlinkReply(error: Dispatcher.noRole))
            staysAdmitted = false
            return
        }
        dispatcher.dispatch(call, caller: caller, send: send)
    }
}
