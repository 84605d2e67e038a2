import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink
import LotseSystem

/// Wraps the dispatcher of a demo daemon (`lotsed --demo-identities FILE`, see
/// `DemoIdentities`). Calls to `org.lotse.Demo.*` are answered here:
///
/// - `ActAs(user)`: from the daemon's own uid only; later calls on this connection run as
///   that demo user (its name and roles from the map).
/// - `Backdate(referrals: [{referral, referredOn}])`: a demo coordinator moves waiting
///   referrals' dates into the past, so that the demo's waiting list shows realistic waiting
///   times and over-limit flags (a real daemon never has this method).
///
/// Everything else goes to the dispatcher unchanged, with the demo caller in place of the
/// real one.
final class DemoIdentityHandler: CallHandling {
    let dispatcher: Dispatcher
    let identities: DemoIdentities
    let services: DaemonServices

    init(dispatcher: Dispatcher, identities: DemoIdentities, services: DaemonServices) {
        self.dispatcher = dispatcher
        self.identities = identities
        self.services = services
        services.registerDemoAccounts(identities.identities.mapValues(\.roles))
        Self.stopWithParent(logger: services.logger)
    }

    /// A demo daemon belongs to the `lotse demo` that started it: when that process is
    /// gone (killed without a chance to stop its daemon), the daemon stops itself
    /// (SIGTERM: calls in flight finish, the socket is removed) instead of lingering.
    static func stopWithParent(logger: Logger) {
        let parent = ThisProcess.parentID
        Thread.detachNewThread {
            while ThisProcess.parentID == parent { Pause.milliseconds(250) }
            logger.notice(de: "Demo: die Demo, die diesen Dienst gestartet hat, ist beendet; der Dienst hält an", en: "demo: the lotse demo that started this daemon is gone; stopping")
            ThisProcess.raise(SIGTERM)
        }
    }

    /// As a real daemon: the demo's own uid (admin, and the only one that may act as demo
    /// users) gets in; an account without a role is refused at accept.
    func admission(of peer: PeerCredentials) -> Admission {
        dispatcher.admission(of: peer)
    }

    func openSession(for peer: PeerCredentials) -> any CallSession {
        DemoSession(handler: self, peer: peer)
    }
}

/// One connection of a demo daemon.
final class DemoSession: CallSession {
    private let handler: DemoIdentityHandler
    private let peer: PeerCredentials
    private var acting: Caller?

    init(handler: DemoIdentityHandler, peer: PeerCredentials) {
        self.handler = handler
        self.peer = peer
    }

    func handle(_ call: VarlinkCall, send: (VarlinkReply) -> Void) {
        let services = handler.services
        let real = handler.dispatcher.resolveCaller(peer).0
        guard call.method.hasPrefix(DemoProtocol.name + ".") else {
            handler.dispatcher.dispatch(call, caller: acting ?? real, send: send)
            return
        }
        guard peer.uid == services.daemonUID else {
            services.audit(AuditEntry(at: services.now(), uid: peer.uid, user: real.userName, role: real.roleSummary,
                                      action: call.method, outcome: .denied, detail: "demo identities: only the daemon's own uid"))
            send(VarlinkReply(error: .permissionDenied))
            return
        }
        switch call.method {
        case DemoProtocol.ActAsRequest.method:
            guard let name = try? DemoProtocol.ActAsRequest(wire: .object(call.parameters)).user else {
                send(VarlinkReply(error: .invalidParameter("user")))
                return
            }
            guard let identity = handler.identities.identities[name] else {
                send(VarlinkReply(error: VarlinkError(DemoProtocol.name + ".UnknownUser", parameters: ["user": .string(name)])))
                return
            }
            acting = Caller(pid: peer.pid, uid: peer.uid, gid: peer.gid, userName: identity.user,
                            groups: [], roles: identity.roles)
            services.audit(AuditEntry(at: services.now(), uid: peer.uid, user: real.userName, role: real.roleSummary,
                                      action: "demo.act-as", recordKind: "demo-user", recordID: identity.user,
                                      detail: "\(real.userName) acts as demo user \(identity.user)"))
            send(VarlinkReply(parameters: ["user": .string(identity.user),
                                           "roles": .array(identity.roles.sorted().map { .string($0.rawValue) })]))
        case DemoProtocol.BackdateRequest.method:
            guard let caller = acting, caller.roles.contains(.coordinator) else {
                send(VarlinkReply(error: .permissionDenied))
                return
            }
            var changes: [(Int64, CalendarDate)] = []
            let items = try? DemoProtocol.BackdateRequest(wire: .object(call.parameters)).referrals
            for item in items ?? [] {
                guard let date = CalendarDate(iso: item.referredOn) else {
                    send(VarlinkReply(error: .invalidParameter("referrals")))
                    return
                }
                changes.append((item.referral, date))
            }
            if items == nil {
                send(VarlinkReply(error: .invalidParameter("referrals")))
                return
            }
            do {
                try services.database.write { (db: Connection) throws(StoreError) in
                    for (referral, date) in changes {
                        try db.execute("UPDATE referrals SET referred_on = ? WHERE id = ? AND status = 'waiting' AND referred_on >= ?",
                                       [date, referral, date])
                    }
                }
                services.audit(AuditEntry(at: services.now(), uid: peer.uid, user: caller.userName, role: "coordinator",
                                          action: "demo.backdate", recordKind: "referral", recordID: nil,
                                          detail: "\(EnglishCount.of(changes.count, "referral date")) moved into the past (demo data)"))
                send(VarlinkReply(parameters: ["changed": .integer(Int64(changes.count))]))
            } catch {
                // The German sentence points to the log for the details, as the dispatcher's does.
                services.logger.error(de: "\(call.method) durch \(caller.userName) gescheitert: \(error.userSentenceDe)", en: "\(call.method) by \(caller.userName) failed: \(error.userSentence)")
                send(VarlinkReply(error: .databaseError(DemoProtocol.name, error)))
            }
        default:
            send(VarlinkReply(error: .methodNotFound(call.method)))
        }
    }
}
