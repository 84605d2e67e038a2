import Foundation
import LotseCore
import LotseProtocol
import LotseSystem
import LotseVarlink

/// The CLI's connection to `lotsed`, shared by every command that talks to the daemon:
/// finds the socket, connects, calls, and turns every failure into an exit status and a
/// sentence a person understands (69 when no daemon runs, 77 when refused).
public final class DaemonConnection {
    /// The socket path used.
    public let socketPath: String
    private let client: VarlinkClient

    /// Default configuration file, read for the socket path when neither `--socket` nor
    /// `LOTSE_SOCKET` is given.
    public static let defaultConfigPath = "/etc/lotse/lotse.conf"

    /// The socket path: `--socket`, else `LOTSE_SOCKET`, else the `[daemon] socket` key
    /// alone (nothing else of the file is read, see `SocketKeyReader`) of the
    /// configuration (`--config`, else `LOTSE_CONFIG`, else /etc/lotse/lotse.conf), else
    /// the built-in default `/run/lotse/lotse.sock`.
    public static func socketPath(options: ClientOptions, environment: [String: String]) -> Result<String, ClientFailure> {
        if let socket = options.socket, !socket.isEmpty { return .success(socket) }
        if let socket = environment["LOTSE_SOCKET"], !socket.isEmpty { return .success(socket) }
        let explicit = options.config ?? environment["LOTSE_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        let path = explicit ?? defaultConfigPath
        if explicit == nil && !FileManager.default.fileExists(atPath: path) {
            return .success(DaemonSettings().socketPath)
        }
        let data: Data
        switch InputFile.read(path) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            return .failure(ClientFailure(exitCode: .configuration,
                                          de: "Die Konfiguration \(path) kann nicht gelesen werden: \(ErrnoText.german(englishReason: failure.text)).",
                                          en: "Cannot read the configuration \(path): \(failure.text)."))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ClientFailure(exitCode: .configuration,
                                          de: "Die Konfiguration \(path) ist kein gültiges UTF-8.",
                                          en: "The configuration \(path) is not valid UTF-8."))
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let base = (absolute as NSString).deletingLastPathComponent
        do {
            // Only the socket key: a typo elsewhere in the file is the daemon's business.
            return .success(try SocketKeyReader.socketPath(in: text, file: path, baseDirectory: base) ?? DaemonSettings().socketPath)
        } catch {
            return .failure(ClientFailure(exitCode: .configuration, de: error.descriptionDe, en: error.description))
        }
    }

    /// Connects to the daemon.
    public static func connect(options: ClientOptions, environment: [String: String]) -> Result<DaemonConnection, ClientFailure> {
        let path: String
        switch socketPath(options: options, environment: environment) {
        case .success(let found): path = found
        case .failure(let failure): return .failure(failure)
        }
        do {
            return .success(DaemonConnection(socketPath: path, client: try VarlinkClient(path: path)))
        } catch {
            return .failure(Self.failure(error, socketPath: path))
        }
    }

    private init(socketPath: String, client: VarlinkClient) {
        self.socketPath = socketPath
        self.client = client
    }

    /// Calls the method of `request` and reads its typed reply. Every failure comes back
    /// worded, with its exit status: a daemon error through `DaemonErrors` (`subject` and
    /// `command` name the record and the command for a denial), a reply that does not
    /// read as the method's declared reply as a software error naming the field.
    public func call<Request: LotseRequest>(_ request: Request, subject: String? = nil, command: String? = nil,
                                            options: Set<String> = [], operands: [String] = []) -> Result<DaemonAnswer<Request.Reply>, ClientFailure> {
        let parameters: [String: JSONValue]
        // An absent optional is left out rather than sent as null.
        let sent = request.parameters.filter { !$0.value.isNull }
        // A request the daemon would not read (a pasted file as a note) is refused here,
        // saying so, rather than ending in a connection the daemon closed.
        let size = JSONValue.object(sent).serializedBytes.count
        if size > VarlinkConnection.defaultMaxMessageSize - 4096 {
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            return .failure(ClientFailure(exitCode: .dataError,
                                          de: "Die Angaben sind zu groß (\(megabytes.replacingOccurrences(of: ".", with: ",")) MB; der Dienst nimmt höchstens 1 MB je Aufruf an); kürzen Sie den Text.",
                                          en: "The request is too large (\(megabytes) MB; the daemon takes at most 1 MB per call); shorten the text."))
        }
        do {
            parameters = try client.call(Request.method, sent)
        } catch {
            switch error {
            case .connection(let problem):
                return .failure(Self.failure(problem, socketPath: socketPath))
            case .remote(let remote):
                return .failure(DaemonErrors.failure(remote, DaemonErrors.Call(method: Request.method, subject: subject, command: command, options: options, operands: operands)))
            }
        }
        do throws(WireDecodingError) {
            return .success(DaemonAnswer(reply: try Request.Reply(parameters: parameters), parameters: parameters))
        } catch {
            return .failure(ClientFailure(exitCode: .software,
                                          de: "Die Antwort des Dienstes auf \(Request.method) passt nicht zu ihrer Beschreibung (\(error)).",
                                          en: "The daemon's reply to \(Request.method) does not match its description (\(error))."))
        }
    }

    /// Closes the connection.
    public func close() { client.close() }

    static func failure(_ error: VarlinkProtocolError, socketPath: String) -> ClientFailure {
        switch error {
        case .connectFailed(_, let code) where code == EACCES || code == EPERM:
            return ClientFailure(exitCode: .permissionDenied,
                                 de: "Keine Berechtigung für den Socket \(socketPath); gehören Sie zur Gruppe des Dienstes?",
                                 en: "No permission to use the socket \(socketPath); are you in the daemon's group?")
        case .connectFailed(_, let code) where code == ENAMETOOLONG:
            return ClientFailure(exitCode: .usage,
                                 de: "Der Socket-Pfad \(socketPath) ist zu lang (höchstens 107 Bytes).",
                                 en: "The socket path \(socketPath) is too long (at most 107 bytes).")
        case .connectFailed:
            return ClientFailure(exitCode: .unavailable,
                                 de: "Der Lotse-Dienst läuft nicht: niemand antwortet auf \(socketPath). Starten Sie lotsed (systemctl start lotsed) oder geben Sie --socket an.",
                                 en: "The Lotse daemon is not running: nothing answers on \(socketPath). Start lotsed (systemctl start lotsed) or pass --socket.")
        case .closed, .truncated:
            return ClientFailure(exitCode: .unavailable,
                                 de: "Der Lotse-Dienst auf \(socketPath) hat die Verbindung vor seiner Antwort geschlossen; sein Protokoll nennt den Grund.",
                                 en: "The Lotse daemon on \(socketPath) closed the connection before it answered; its log says why.")
        case .timedOut:
            return ClientFailure(exitCode: .temporaryFailure,
                                 de: "Der Lotse-Dienst auf \(socketPath) antwortet nicht in der Zeit; versuchen Sie es gleich noch einmal.",
                                 en: "The Lotse daemon on \(socketPath) did not answer in time; try again in a moment.")
        default:
            return ClientFailure(exitCode: .unavailable,
                                 de: "Die Verbindung zum Lotse-Dienst auf \(socketPath) brach ab (\(error)).",
                                 en: "The connection to the Lotse daemon on \(socketPath) failed (\(error)).")
        }
    }

    /// The daemon refused the connection because the account has no role at all: said as
    /// such (not "your role does not allow …"), so the person knows whom to ask.
    public static let noRole = ClientFailure(
        exitCode: .permissionDenied,
        de: "Keine Berechtigung: Ihr Konto hat in Lotse keine Rolle (Integrationsmanager:in, Koordination, Fachkraft, Administration). Die Administration kann Sie einer Rollengruppe hinzufügen.",
        en: "Permission denied: your account has no role in Lotse (caseworker, coordinator, specialist, admin). An administrator can add you to a role group.")
}
