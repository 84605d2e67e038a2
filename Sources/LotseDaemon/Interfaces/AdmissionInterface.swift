import LotseProtocol

/// `org.lotse.Admission`: no method, only the errors a connection refused at accept reads
/// (`Dispatcher.admission(of:)`, the connection limits of `SocketServer`). It is served
/// like every interface so that `GetInterfaceDescription` tells any client what those
/// errors carry.
public struct AdmissionInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    /// The IDL (`AdmissionProtocol`).
    public let idl = AdmissionProtocol.idl

    /// None: the interface declares errors only.
    public var methods: [String: MethodEntry] { [:] }
}
