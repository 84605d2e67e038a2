#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore
import LotseVarlink
import Testing
@testable import LotseDaemon
import LotseSystem

@Suite struct LoggerTests {
    func capture(_ body: (Logger) -> Void, threshold: LogPriority = .info) -> String {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        let logger = Logger(threshold: threshold, fileDescriptor: fds[1])
        body(logger)
        close(fds[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer.prefix(count)
        }
        close(fds[0])
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func prefixesEveryLineWithItsJournaldPriority() {
        let text = capture { logger in
            logger.error("e")
            logger.warning("w")
            logger.notice("n")
            logger.info("i")
            logger.debug("d")
        }
        #expect(text == "<3>e\n<4>w\n<5>n\n<6>i\n")
    }

    @Test func keepsOneEventOnOneLine() {
        #expect(capture { $0.error("two\nlines") } == "<3>two lines\n")
    }

    @Test func debugLinesAppearOnlyWhenAskedFor() {
        #expect(capture({ $0.debug("d") }, threshold: .debug) == "<7>d\n")
    }
}

@Suite struct SystemdNotifierTests {
    @Test func sendsToAnAbstractNotifySocket() throws {
        let name = "@lotse-notify-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        let address = try UnixSocketAddress(path: name)
        #expect(address.withSockaddr { bind(fd, $0, $1) } == 0)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": name])
        notifier.reloading()
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = recv(fd, &buffer, buffer.count, 0)
        let message = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        #expect(message.hasPrefix("RELOADING=1\nMONOTONIC_USEC="))
    }

    @Test func isSilentOutsideSystemd() {
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }
}

@Suite struct CallerResolverTests {
    @Test func mapsUsersAndGroupsFromTheAccountDatabase() throws {
        let roles = try Configuration.parse("[roles]\nadmins = root\ncoordinators = @root\n", file: "t", baseDirectory: "").roles
        let caller = CallerResolver(roles: roles, daemonUID: 4_000_000_000).caller(for: PeerCredentials(pid: 1, uid: 0, gid: 0))
        #expect(caller.userName == "root")
        #expect(caller.groups.contains("root"))
        #expect(caller.roles == [.admin, .coordinator])
    }

    @Test func anAccountlessUIDHasNoRoleButTheDaemonsOwnIsAdmin() {
        let resolver = CallerResolver(roles: RoleSettings(), daemonUID: 4_000_000_001)
        let ghost = resolver.caller(for: PeerCredentials(pid: 1, uid: 4_000_000_000, gid: 4_000_000_000))
        #expect(ghost.roles.isEmpty)
        #expect(ghost.userName == "#4000000000")
        #expect(resolver.caller(for: PeerCredentials(pid: 1, uid: 4_000_000_001, gid: 0)).roles == [.admin])
    }
}

@Suite struct SocketActivationTests {
    @Test func ignoresDescriptorsMeantForAnotherProcess() {
        #expect(SocketActivation.takeListeningDescriptors(environment: ["LISTEN_PID": "1", "LISTEN_FDS": "1"]) == [])
        #expect(SocketActivation.takeListeningDescriptors(environment: [:]) == [])
    }
}
