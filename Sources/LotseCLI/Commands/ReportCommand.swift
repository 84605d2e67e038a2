import Foundation
import LotseCore
import LotseVarlink

/// `lotse report`: the report for the social committee and the funders over
/// `org.lotse.Reports` (coordinators and admins). The daemon counts and hides small
/// numbers; this command only picks the period and writes the file.
public enum ReportCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "report"
    /// For `lotse help`.
    public static let summary = "report for the social committee and funders / Bericht für Ausschuss und Fördergeber"
    /// Full help.
    public static let help = """
    lotse report --year YYYY [--quarter N | --from YYYY-MM-DD --to YYYY-MM-DD] [--format html|csv|json] [-o FILE]

    Aggregate figures of a year, a quarter of it, or any span of days, with the previous
    period beside them: referrals by kind, municipality, language and urgency; waiting
    time (median, 90th percentile, share within the waiting limit); slots offered, booked,
    held, no-shows, cancellations, utilisation; interpreter use; recommendations;
    follow-up steps; help plans updated; acute-risk escalations (count only); the waiting
    list at the period's end; a month-by-month trend. Counts below [report] min_cell
    (default 5) are shown as "< 5"; further figures are withheld ("×") until no hidden
    count can be worked out from totals, margins or figures shared between tables.
    No pseudonyms. html (default) is printable on A4 with charts; csv is one file with a
    table column; json holds every figure and its suppression flag.

    Options:
      --year YYYY          the year (with --quarter: a quarter of it)
      --quarter N          1, 2, 3 or 4
      --from/--to DAY      any span instead of a year (both days included)
      --format F           html (default), csv or json
      -o FILE              write to FILE instead of standard output
      --lang de|en         language of the HTML (default: from LANG)
      --socket PATH        the daemon's socket (default: $LOTSE_SOCKET, else the configuration's [daemon] socket)
      --config PATH        configuration to read the socket path from (default /etc/lotse/lotse.conf)

    Exit status: 0 ok, 64 usage, 65 bad period, 69 daemon not running, 73 cannot write FILE,
    77 permission denied (coordinators and admins only).
    """

    /// `--help` after the options is answered too.
    public static var answersHelpAfterVerb: Bool { true }

    /// Runs the command; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        var operands = rest
        var values: [String: String] = [:]
        for name in ["--year", "--quarter", "--from", "--to", "--format", "-o", "--lang"] {
            switch CoordinatorCall.option(name, in: &operands) {
            case .failure(let failure): return failure.report(context)
            case .success(let value): if let value { values[name] = value }
            }
        }
        guard operands.isEmpty, values["--year"] != nil || (values["--from"] != nil && values["--to"] != nil) else {
            return usage(context)
        }
        var parameters: [String: JSONValue] = [:]
        for (option, key) in [("--year", "year"), ("--quarter", "quarter")] {
            guard let text = values[option] else { continue }
            guard let number = Int64(text) else {
                return ClientFailure(exitCode: .usage, de: "\(option) braucht eine Zahl, nicht „\(text)“.",
                                     en: "\(option) needs a number, not \"\(text)\".").report(context)
            }
            parameters[key] = .integer(number)
        }
        if let from = values["--from"] { parameters["from"] = .string(from) }
        if let to = values["--to"] { parameters["to"] = .string(to) }
        let format = values["--format"] ?? (options.json ? "json" : "html")
        guard ["html", "csv", "json"].contains(format) else {
            return ClientFailure(exitCode: .usage, de: "--format kennt html, csv und json.",
                                 en: "--format knows html, csv and json.").report(context)
        }
        parameters["format"] = .string(format)
        parameters["language"] = .string(values["--lang"] ?? context.language.rawValue)
        switch CoordinatorCall.once(context, options, "org.lotse.Reports.Build", parameters) {
        case .failure(let failure): return failure.report(context)
        case .success(let reply):
            return CoordinatorCall.writeExport(reply["content"]?.stringValue ?? "", to: values["-o"], context)
        }
    }
}
