import LotseCLI
import Testing

/// The CLI's common options and socket discovery, in-process.
@Suite struct ClientOptionsTests {
    @Test func takesItsOptionsOutAndLeavesTheRest() throws {
        let (options, rest) = try ClientOptions.extract(from: ["status", "--json", "--socket", "/s", "--config=/c", "x"]).get()
        #expect(options.json)
        #expect(options.socket == "/s")
        #expect(options.config == "/c")
        #expect(rest == ["status", "x"])
    }

    @Test func aMissingValueIsAUsageError() {
        guard case .failure(let failure) = ClientOptions.extract(from: ["--socket"]) else {
            Issue.record("accepted --socket without a value")
            return
        }
        #expect(failure.exitCode == .usage)
        #expect(failure.english.contains("--socket"))
    }

    @Test func socketPathPrecedenceIsOptionThenEnvironmentThenConfiguration() throws {
        var options = ClientOptions()
        options.socket = "/from/option"
        #expect(try DaemonConnection.socketPath(options: options, environment: ["LOTSE_SOCKET": "/from/env"]).get() == "/from/option")
        #expect(try DaemonConnection.socketPath(options: ClientOptions(), environment: ["LOTSE_SOCKET": "/from/env"]).get() == "/from/env")
        var withConfig = ClientOptions()
        withConfig.config = "/nonexistent/lotse.conf"
        guard case .failure(let failure) = DaemonConnection.socketPath(options: withConfig, environment: [:]) else {
            Issue.record("an unreadable --config was accepted")
            return
        }
        #expect(failure.exitCode == .configuration)
    }
}
