import LotseProtocol
import LotseVarlink
import LotseSystem

#if DEBUG
/// `org.lotse.Testing`: methods that only tests need (a slow call to prove that shutdown
/// lets calls finish, a stream, a method declared without a handler, for MethodNotImplemented).
/// It exists only in debug builds and is registered only when the daemon's environment
/// has `LOTSE_TEST_INTERFACES=1` (`TestHooks`): a release build does not contain it.
public struct TestingInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    /// The IDL (`TestingProtocol`).
    public let idl = TestingProtocol.idl

    /// Every role may call these.
    public var methods: [String: MethodEntry] {
        [
            "Sleep": .single(roles: [.caseworker, .coordinator, .specialist, .admin]) { request throws(VarlinkError) in
                let milliseconds = max(0, min(60_000, request.parameters["milliseconds"]?.integerValue ?? 0))
                request.services.logger.debug(de: "org.lotse.Testing.Sleep: schläft \(milliseconds) ms", en: "org.lotse.Testing.Sleep: sleeping \(milliseconds) ms")
                Pause.milliseconds(Int(milliseconds))
                return ["slept": .integer(milliseconds)]
            },
            "Count": .streaming(roles: [.caseworker, .coordinator, .specialist, .admin]) { request, emit throws(VarlinkError) in
                let count = max(1, min(1000, request.parameters["count"]?.integerValue ?? 1))
                for index in 0..<(count - 1) { emit(["index": .integer(index)]) }
                return ["index": .integer(count - 1)]
            },
        ]
    }
}
#endif
