#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// Start-up, reload and shutdown of a real lotsed.
@Suite struct LifecycleTests {
    @Test func socketAndDirectoryGetTheirModesAndGroup() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        var socketInfo = stat(), directoryInfo = stat()
        #expect(stat(daemon.socketPath, &socketInfo) == 0)
        #expect(stat(daemon.directory + "/run", &directoryInfo) == 0)
        #expect(socketInfo.st_mode & 0o777 == 0o660)
        #expect(socketInfo.st_mode & S_IFMT == S_IFSOCK)
        #expect(directoryInfo.st_mode & 0o777 == 0o750)
        let group = try #require(getgrnam(TestUser.socketGroup))
        #expect(socketInfo.st_gid == group.pointee.gr_gid)
        #expect(directoryInfo.st_gid == group.pointee.gr_gid)
        #expect(daemon.stop() == 0)
    }

    @Test func aSecondDaemonOnTheSameSocketExitsNonZeroWithAClearMessage() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let second = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already running on \(daemon.socketPath)"), "\(second.stderr)")
        // The first one is unharmed.
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        #expect(daemon.stop() == 0)
    }

    @Test func aStaleSocketLeftByACrashIsReplaced() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        daemon.kill9()
        #expect(FileManager.default.fileExists(atPath: daemon.socketPath))
        try daemon.start()
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        #expect(daemon.stop() == 0)
    }

    @Test func aForeignFileAtTheSocketPathIsNotReplaced() throws {
        let daemon = try DaemonHarness()
        try FileManager.default.createDirectory(atPath: daemon.directory + "/run", withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: daemon.socketPath))
        let run = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath])
        #expect(run.status != 0)
        #expect(run.stderr.contains("is not a socket"))
        #expect(try String(contentsOfFile: daemon.socketPath, encoding: .utf8) == "precious")
    }

    @Test func aBrokenConfigurationAtStartNamesFileAndLine() throws {
        let daemon = try DaemonHarness()
        try daemon.writeConfig("[daemon]\nsocket = run/lotse.sock\nmax_connections = lots\n")
        let run = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath])
        #expect(run.status == 78)
        #expect(run.stderr.contains("lotse.conf:3:"), "\(run.stderr)")
        #expect(run.stderr.hasPrefix("<3>"))
    }

    @Test func sighupWithABrokenConfigurationKeepsTheOldOne() throws {
        let stranger = try TestUser.ensure("lotse-e2e-nobody")
        let daemon = try DaemonHarness()
        try daemon.start()
        let before = try daemon.call("org.lotse.Admin.Status")["configuration"]
        // Broken: the stranger would become admin if this were accepted.
        try daemon.writeConfig(daemon.configText(roles: "admins = root, \(stranger.name)\nbogus = 1"))
        daemon.signal(SIGHUP)
        try waitFor { daemon.log.contains("reload rejected") }
        #expect(daemon.log.contains("lotse.conf:"))
        #expect(try daemon.call("org.lotse.Admin.Status")["configuration"] == before)
        let denied = try ForeignClient.call([VarlinkCall(method: "org.lotse.Admin.Status")], socket: daemon.socketPath, as: stranger)
        #expect(denied.first?.error == "org.lotse.Admission.NoRole")

        // A good file is taken: the stranger is admin now.
        try daemon.writeConfig(daemon.configText(roles: "admins = root, \(stranger.name)"))
        daemon.signal(SIGHUP)
        try waitFor { daemon.log.contains("configuration reloaded") }
        let allowed = try ForeignClient.call([VarlinkCall(method: "org.lotse.Admin.Status")], socket: daemon.socketPath, as: stranger)
        #expect(allowed.first?.error == nil)
        #expect(daemon.stop() == 0)
    }

    @Test func sigtermDuringACallLetsTheCallFinishThenExitsCleanly() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let client = try daemon.client()
        try client.connection.send(VarlinkCall(method: "org.lotse.Testing.Sleep", parameters: ["milliseconds": 1500]))
        // Once the call is in its handler, ask the daemon to stop.
        try waitFor { daemon.log.contains("org.lotse.Testing.Sleep: sleeping 1500 ms") }
        daemon.signal(SIGTERM)
        let reply = try client.connection.readReply(timeoutMilliseconds: 20_000)
        #expect(reply.error == nil)
        #expect(reply.parameters["slept"] == 1500)
        #expect(daemon.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(daemon.log.contains("STOPPING") || daemon.log.contains("stopping"))
        client.close()
    }

    @Test func sigtermClosesIdleConnectionsAndRefusesNewOnes() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let idle = try daemon.client()
        #expect(daemon.stop() == 0)
        #expect(throws: VarlinkClientError.self) { _ = try idle.call("org.varlink.service.GetInfo", timeoutMilliseconds: 5_000) }
        #expect(throws: VarlinkProtocolError.self) { _ = try VarlinkConnection.connect(path: daemon.socketPath) }
        // Restartable on the same files afterwards.
        try daemon.start()
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        #expect(daemon.stop() == 0)
    }

    @Test func reportsReadinessReloadAndStoppingToSystemd() throws {
        let notify = try NotifyListener()
        let daemon = try DaemonHarness(environment: ["NOTIFY_SOCKET": notify.path])
        try daemon.start()
        let ready = try notify.next()
        #expect(ready.contains("READY=1"))
        try daemon.writeConfig(daemon.configText())
        daemon.signal(SIGHUP)
        let reloading = try notify.next()
        #expect(reloading.contains("RELOADING=1"))
        #expect(reloading.contains("MONOTONIC_USEC="))
        #expect(try notify.next().contains("READY=1"))
        daemon.signal(SIGTERM)
        #expect(try notify.next().contains("STOPPING=1"))
        #expect(daemon.waitForExit() == 0)
    }

    /// What systemd does for socket activation, done by a few lines of Python (so the
    /// test needs no systemd): bind and listen, move the socket to fd 3, set
    /// LISTEN_PID to our own pid and LISTEN_FDS=1, and exec lotsed in the same process.
    static let activator = """
    import os, socket, sys
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(sys.argv[1]); s.listen(16)
    os.dup2(s.fileno(), 3); os.set_inheritable(3, True)
    os.environ["LISTEN_PID"] = str(os.getpid()); os.environ["LISTEN_FDS"] = "1"
    os.execv(sys.argv[2], sys.argv[2:])
    """

    @Test func acceptsASocketFromSystemdSocketActivation() throws {
        let daemon = try DaemonHarness()
        let activated = daemon.directory + "/activated.sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.activator, activated, try DaemonHarness.binary(named: "lotsed"), "--config", daemon.configPath]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        var reply: [String: JSONValue]?
        for _ in 0..<1000 where reply == nil {
            if let client = try? VarlinkClient(path: activated) {
                reply = try? client.call("org.varlink.service.GetInfo", timeoutMilliseconds: 20_000)
                client.close()
            }
            if reply == nil { usleep(20_000) }
        }
        #expect(reply?["product"] == "lotsed")
        // lotsed did not bind its own socket: it used the one it was given.
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(try VarlinkClient(path: activated).call("org.lotse.Admin.Status")["pid"]?.integerValue
                == Int64(process.processIdentifier))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // The socket belongs to whoever passed it (systemd removes it), so it stays.
        #expect(FileManager.default.fileExists(atPath: activated))
    }
}

/// Polls `condition` every 10 ms for up to `seconds`.
func waitFor(seconds: Double = 20, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return }
        usleep(10_000)
    }
    throw HarnessError("condition not met within \(seconds) s")
}
