import Foundation
import LotseCore
import LotseStore
import LotseProtocol
import LotseVarlink
import Testing
@testable import LotseDaemon

/// Admission at accept, without sockets: the dispatcher's verdict, its audit entry, the
/// refusal log's rate and the caller cache.
@Suite struct AdmissionTests {
    static func peer(uid: UInt32, pid: Int32 = 77) -> PeerCredentials {
        PeerCredentials(pid: pid, uid: uid, gid: uid)
    }

    @Test func anAccountWithARoleIsAdmittedAndOneWithoutIsRefusedAndAudited() throws {
        let fixture = try DispatcherTests.Fixture()
        #expect(fixture.dispatcher.admission(of: Self.peer(uid: 0)) == .admitted)
        // 65534 is `nobody` on Debian: an account, but no role in this configuration; a
        // uid without an account has no role either.
        for uid: UInt32 in [65534, 3_999_999] {
            guard case .refused(let reply, let reason) = fixture.dispatcher.admission(of: Self.peer(uid: uid)) else {
                Issue.record("uid \(uid) was admitted without a role")
                continue
            }
            #expect(reply == Dispatcher.noRole)
            #expect(reply.name == AdmissionProtocol.noRole && reply.parameters.isEmpty)
            #expect(reason.hasSuffix("has no role in [roles]"))
        }
        fixture.dispatcher.finishRefusalAudits()
        let rows = try fixture.deniedAuditRows()
        #expect(rows.map(\.action) == [Dispatcher.connectAction, Dispatcher.connectAction])
        #expect(rows.compactMap(\.uid).sorted() == [65534, 3_999_999])
        #expect(rows.first { $0.uid == 3_999_999 }?.user == "#3999999")
        #expect(rows.allSatisfy { $0.role == "none" && $0.detail == "no role in [roles]" })
    }

    @Test func aSessionWhoseAccountLostItsLastRoleInAReloadIsRefusedAndEnds() throws {
        let fixture = try DispatcherTests.Fixture(roles: "caseworkers = root\nadmins = anna")
        let session = fixture.dispatcher.openSession(for: Self.peer(uid: 0))
        var replies: [VarlinkReply] = []
        session.handle(VarlinkCall(method: "org.varlink.service.GetInfo")) { replies.append($0) }
        #expect(replies.first?.error == nil)
        #expect(session.staysAdmitted)
        // root keeps admin as the daemon's own uid only when it is that uid; here it is not.
        try Data("[daemon]\nsocket = run.sock\ndatabase = lotse.db\n[roles]\nadmins = anna\n".utf8)
            .write(to: URL(fileURLWithPath: fixture.directory + "/lotse.conf"))
        _ = try fixture.services.reload()
        replies = []
        session.handle(VarlinkCall(method: "org.varlink.service.GetInfo")) { replies.append($0) }
        #expect(replies == [VarlinkReply(error: Dispatcher.noRole)])
        #expect(!session.staysAdmitted)
    }

    @Test func refusalsAreLoggedOnceAMinutePerAccountWithTheirCount() {
        let log = RefusalLog(intervalMicroseconds: 60_000_000)
        #expect(log.note(uid: 5, now: 0) == 1)
        for second in 1...9 { #expect(log.note(uid: 5, now: Int64(second) * 1_000_000) == nil) }
        #expect(log.note(uid: 6, now: 10_000_000) == 1)
        #expect(log.note(uid: 5, now: 61_000_000) == 10)
        #expect(log.note(uid: 5, now: 62_000_000) == nil)
    }

    @Test func callersAreLookedUpAgainAfterASecondOrAReloadAndKeepTheirOwnPid() {
        let cache = CallerCache(lifetimeMicroseconds: 1_000_000)
        var lookups = 0
        func resolve() -> Caller {
            lookups += 1
            return Caller(pid: 1, uid: 1000, gid: 1000, userName: "anna", groups: [], roles: [.caseworker])
        }
        let first = cache.caller(for: Self.peer(uid: 1000, pid: 10), generation: 1, now: 0, resolve: resolve)
        let second = cache.caller(for: Self.peer(uid: 1000, pid: 11), generation: 1, now: 500_000, resolve: resolve)
        #expect(lookups == 1)
        #expect(first.pid == 10 && second.pid == 11)
        _ = cache.caller(for: Self.peer(uid: 1000), generation: 2, now: 600_000, resolve: resolve)
        #expect(lookups == 2)
        _ = cache.caller(for: Self.peer(uid: 1000), generation: 2, now: 1_700_000, resolve: resolve)
        #expect(lookups == 3)
    }
}
