import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// Wraps the dispatcher of a demo daemon (`lotsed --demo-identities FILE`, see
/// `DemoIdentities`). Calls to `org.lotse.Demo.*` are answered here:
///
/// - `ActAs(user)`: from the daemon's own uid only; later calls on this connection run as
///   that demo user (its name and roles from the map). A caseworker's address is written
///   to `caseworkers`, so the demo's published appointments are mailed.
/// - `Backdate(referral, referredOn)`: a demo coordinator moves a waiting referral's
///   referral date into the past, so that the demo's waiting list shows realistic waiting
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
        guard call.method.hasPrefix("org.lotse.Demo.") else {
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
        case "org.lotse.Demo.ActAs":
            let name = call.parameters["user"]?.stringValue ?? ""
            guard let identity = handler.identities.identities[name] else {
                send(VarlinkReply(error: VarlinkError("org.lotse.Demo.UnknownUser", parameters: ["user": .string(name)])))
                return
            }
            acting = Caller(pid: peer.pid, uid: peer.uid, gid: peer.gid, userName: identity.user,
                            groups: [], roles: identity.roles)
            if identity.roles.contains(.caseworker) {
                _ = try? services.database.write { (db: Connection) throws(StoreError) in
                    try db.execute("""
                        INSERT INTO caseworkers (unix_user, email, language) VALUES (?, ?, ?)
                        ON CONFLICT (unix_user) DO UPDATE SET email = excluded.email, language = excluded.language
                        """, [identity.user, identity.email, identity.language])
                }
            }
            services.audit(AuditEntry(at: services.now(), uid: peer.uid, user: real.userName, role: real.roleSummary,
                                      action: "demo.act-as", recordKind: "demo-user", recordID: identity.user,
                                      detail: "\(real.userName) acts as demo user \(identity.user)"))
            send(VarlinkReply(parameters: ["user": .string(identity.user),
                                           "roles": .array(identity.roles.sorted().map { .string($0.rawValue) })]))
        case "org.lotse.Demo.Backdate":
            guard let caller = acting, caller.roles.contains(.coordinator) else {
                send(VarlinkReply(error: .permissionDenied))
                return
            }
            let referral = call.parameters["referral"]?.integerValue ?? 0
            let dateText = call.parameters["referredOn"]?.stringValue ?? ""
            guard let date = CalendarDate(iso: dateText) else {
                send(VarlinkReply(error: .invalidParameter("referredOn")))
                return
            }
            do {
                try services.database.write { (db: Connection) throws(StoreError) in
                    try db.execute("UPDATE referrals SET referred_on = ? WHERE id = ? AND status = 'waiting' AND referred_on >= ?",
                                   [date, referral, date])
                }
                services.audit(AuditEntry(at: services.now(), uid: peer.uid, user: caller.userName, role: "coordinator",
                                          action: "demo.backdate", recordKind: "referral", recordID: String(referral),
                                          detail: "referred on \(date) (demo data)"))
                send(VarlinkReply(parameters: [:]))
            } catch {
                send(VarlinkReply(error: VarlinkError("org.lotse.Demo.DatabaseError", parameters: ["message": .string(error.message)])))
            }
        default:
            send(VarlinkReply(error: .methodNotFound(call.method)))
        }
    }
}
