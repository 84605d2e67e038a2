import Foundation
import LotseVarlink

/// What `specialist`, `session`, `roster` and `demo` share: one call to the daemon with
/// the coordinator interfaces' errors worded for people, and small table helpers.
public enum CoordinatorCall {
    /// Calls `method` on `connection` and words any failure.
    public static func call(_ connection: DaemonConnection, _ method: String,
                            _ parameters: [String: JSONValue] = [:]) -> Result<[String: JSONValue], ClientFailure> {
        switch connection.call(method, parameters) {
        case .success(let reply): return .success(reply)
        case .failure(.client(let failure)): return .failure(failure)
        case .failure(.remote(let error)): return .failure(failure(error))
        }
    }

    /// Connects (with the usual `--socket`/`--config` rules), calls once, closes.
    public static func once(_ context: CommandContext, _ options: ClientOptions, _ method: String,
                            _ parameters: [String: JSONValue]) -> Result<[String: JSONValue], ClientFailure> {
        DaemonCall.once(context, options, method, parameters, wording: failure)
    }

    /// The interface's own errors as sentences with their exit status.
    public static func failure(_ error: VarlinkError) -> ClientFailure {
        let message = error.parameters["message"]?.stringValue ?? error.description
        // Errors that carry their German wording (`messageDe`) show it to German users.
        let messageDe = error.parameters["messageDe"]?.stringValue ?? message
        let short = error.name.split(separator: ".").last.map(String.init) ?? error.name
        switch short {
        case "PlacementRefused":
            let constraint = error.parameters["constraint"]?.stringValue ?? "?"
            return ClientFailure(exitCode: .dataError, de: "Platzierung abgelehnt (\(constraint)): \(message)",
                                 en: "Placement refused (\(constraint)): \(message)")
        case "NotFound":
            return ClientFailure(exitCode: .noSuchRecord, de: "Nicht gefunden: \(message)", en: "Not found: \(message)")
        case "InvalidInput":
            let field = error.parameters["field"]?.stringValue ?? "?"
            return ClientFailure(exitCode: .dataError, de: "Ungültige Angabe für „\(field)“: \(messageDe)",
                                 en: "Invalid value for '\(field)': \(message)")
        case "InvalidState":
            return ClientFailure(exitCode: .dataError, de: "Nicht möglich: \(messageDe)", en: "Not possible: \(message)")
        default:
            return ClientFailure(exitCode: .software, de: "Der Dienst meldet einen Fehler: \(message)",
                                 en: "The daemon reported an error: \(message)")
        }
    }

    /// Prints the reply as JSON (for `--json`).
    public static func printJSON(_ reply: [String: JSONValue], _ context: CommandContext) {
        context.terminal.out(JSONValue.object(reply).serialized + "\n")
    }

    /// A plain-text table: a header row and rows, columns padded to the widest cell.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ") + "\n"
        }
        return line(header) + rows.map(line).joined()
    }

    /// A JSON value as table text (`—` for null or missing).
    public static func text(_ value: JSONValue?) -> String {
        guard let value else { return "—" }
        switch value {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .bool(let b): return b ? "yes" : "no"
        case .double(let d): return String(d)
        case .null: return "—"
        case .array(let items): return items.map { text($0) }.joined(separator: ",")
        case .object: return value.serialized
        }
    }

    /// `2026-12-01` → `01.12.2026` (German) or unchanged (English).
    public static func day(_ iso: String, _ context: CommandContext) -> String {
        let parts = iso.split(separator: "-")
        guard context.language == .german, parts.count == 3 else { return iso }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// Writes an export (roster, report) to `output`, or to standard output when there is
    /// none; a file that cannot be written is exit 73 naming it.
    public static func writeExport(_ content: String, to output: String?, _ context: CommandContext) -> ExitCode {
        guard let output else {
            context.terminal.out(content)
            return .ok
        }
        do {
            try Data(content.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            return ClientFailure(exitCode: .cannotCreate, de: "\(output) kann nicht geschrieben werden.",
                                 en: "Cannot write \(output).").report(context)
        }
        context.terminal.out(context.language.pick(de: "Geschrieben: \(output)\n", en: "Written: \(output)\n"))
        return .ok
    }
}
