import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse report`: the report for the social committee and the funders over
/// `org.lotse.Reports` (coordinators and admins). The daemon counts and hides small
/// numbers; this command only picks the period and writes the file.
public enum ReportCommand: CommandGroup {
    /// The command's one action.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["": build] }

    /// The period options checked before the daemon is asked, so that every mistake is
    /// told in the user's language with the option named (the daemon checks again, for
    /// other clients). A missing or contradictory option is a usage error (64); a value
    /// that is not a year, quarter or day, or a `--from`/`--to` that is not a quarter's
    /// first or last day (reports cover whole quarters, so that no two reports can be
    /// subtracted to isolate a few days), is bad data (65), as the daemon would say.
    static func periodFailure(_ values: [String: String]) -> ClientFailure? {
        let year = values["--year"], quarter = values["--quarter"], from = values["--from"], to = values["--to"]
        if year != nil, from != nil || to != nil {
            return ClientFailure(exitCode: .usage, de: "Entweder --year (mit --quarter) oder --from und --to, nicht beides.",
                                 en: "Give either --year (with --quarter) or --from and --to, not both.")
        }
        if quarter != nil, year == nil {
            return ClientFailure(exitCode: .usage, de: "--quarter braucht --year, zum Beispiel --year 2027 --quarter 2.",
                                 en: "--quarter needs --year, for example --year 2027 --quarter 2.")
        }
        if year == nil, let given = from == nil ? (to != nil ? "--to" : nil) : (to == nil ? "--from" : nil) {
            // One end of the period without the other: name the one that is missing.
            let missing = given == "--from" ? "--to" : "--from"
            return ClientFailure(exitCode: .usage, de: "\(given) braucht \(missing), zum Beispiel --from 01.01.2027 --to 30.06.2027.",
                                 en: "\(given) needs \(missing), for example --from 01.01.2027 --to 30.06.2027.")
        }
        if year == nil, from == nil || to == nil {
            return ClientFailure(exitCode: .usage,
                                 de: "Der Zeitraum fehlt: --year JJJJ [--quarter N] oder --from TT.MM.JJJJ --to TT.MM.JJJJ.",
                                 en: "The period is missing: --year YYYY [--quarter N] or --from DD.MM.YYYY --to DD.MM.YYYY.")
        }
        func invalid(_ field: String, de: String, en: String) -> ClientFailure {
            // Worded like every other refusal of a value: the option, then the reason.
            ClientFailure(exitCode: .dataError, de: "\(field): \(de)", en: "\(field): \(en)")
        }
        if let year {
            guard let number = Int(year), (2000...2200).contains(number) else {
                return invalid("--year", de: "„\(year)“ ist kein Jahr zwischen 2000 und 2200.", en: "\"\(year)\" is not a year between 2000 and 2200.")
            }
        }
        if let quarter {
            guard let number = Int(quarter), (1...4).contains(number) else {
                return invalid("--quarter", de: "Das Quartal ist 1, 2, 3 oder 4, nicht „\(quarter)“.",
                               en: "The quarter must be 1, 2, 3 or 4, not \"\(quarter)\".")
            }
        }
        if let from, let to {
            guard let start = CalendarDate(iso: from) else {
                return invalid("--from", de: "„\(from)“ ist kein Tag; bitte JJJJ-MM-TT.", en: "\"\(from)\" is not a day; write YYYY-MM-DD.")
            }
            guard let end = CalendarDate(iso: to) else {
                return invalid("--to", de: "„\(to)“ ist kein Tag; bitte JJJJ-MM-TT.", en: "\"\(to)\" is not a day; write YYYY-MM-DD.")
            }
            if let problem = ReportPeriod.quarterBoundsProblem(from: start, to: end) {
                return invalid("--" + problem.field, de: problem.de, en: problem.en)
            }
            guard start <= end else {
                return invalid("--to", de: "Der Zeitraum endet am \(end.displayText), vor seinem ersten Tag (\(start.displayText)).",
                               en: "The period ends on \(end.displayText), before its first day (\(start.displayText)).")
            }
            guard start.days(until: end) <= 3660 else {
                return invalid("--to", de: "Ein Bericht umfasst höchstens zehn Jahre.", en: "A report spans at most ten years.")
            }
        }
        return nil
    }

    /// Builds the report; --format, --lang and --csv-form are declared words, which the
    /// parser has checked.
    static func build(_ context: CommandContext) -> ExitCode {
        let options = context.connection
        var values: [String: String] = [:]
        for name in ["year", "quarter", "from", "to", "format", "lang"] { values["--" + name] = context.parsed.value(name) }
        values["-o"] = context.parsed.value("output")
        if let failure = periodFailure(values) { return failure.report(context) }
        // The report is for a German committee: German unless --lang or a locale says
        // otherwise (with no locale at all, e.g. from cron, it stays German).
        let localeSet = ["LC_ALL", "LC_MESSAGES", "LANG"].contains { !(context.environment[$0] ?? "").isEmpty }
        let lang = values["--lang"] ?? (localeSet ? context.language.rawValue : "de")
        let language = ReportsProtocol.BuildRequest.Language(rawValue: lang) ?? .de
        let format = ReportsProtocol.BuildRequest.Format(rawValue: values["--format"] ?? (options.json ? "json" : "html")) ?? .html
        let form = ReportsProtocol.BuildRequest.CsvForm(rawValue: context.parsed.value("csv-form") ?? "spreadsheet") ?? .spreadsheet
        let request = ReportsProtocol.BuildRequest(year: values["--year"].flatMap { Int64($0) }, quarter: values["--quarter"].flatMap { Int64($0) },
                                                   from: values["--from"], to: values["--to"], format: format, language: language,
                                                   csvForm: form)
        // The file is made ready first: a report that cannot be written is never built,
        // so the audit log never records one as given out that nobody received.
        var pending: PrivateOutputFile.Pending?
        if let output = values["-o"] {
            switch PrivateOutputFile.prepare(output) {
            case .failure(let error): return PrivateOutputFile.failure(output, error).report(context)
            case .success(let file): pending = file
            }
        }
        switch DaemonCall.once(context, options, request) {
        case .failure(let failure):
            if let pending { PrivateOutputFile.abandon(pending) }
            return failure.report(context)
        case .success(let answer):
            guard let pending else { return CoordinatorCall.writeExport(answer.reply.content, to: nil, context) }
            if case .failure(let error) = PrivateOutputFile.finish(pending, with: answer.reply.content) {
                return PrivateOutputFile.failure(pending.path, error).report(context)
            }
            context.terminal.out(context.language.pick(de: "Geschrieben: \(pending.path)\n", en: "Written: \(pending.path)\n"))
            return .ok
        }
    }
}
