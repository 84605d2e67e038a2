import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Reports`: the report for the district's social committee and the funders —
/// aggregate figures only, every small count hidden before it leaves the daemon, no
/// pseudonym anywhere. Coordinators and admins may make it; each report is one audit
/// entry (who, which period, which format), with no client in it.
public struct ReportsInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = ReportsProtocol.name

    /// The IDL (`ReportsProtocol`).
    public let idl = ReportsProtocol.idl

    /// Coordinators and admins.
    public var methods: [String: MethodEntry] {
        ["Build": .single(roles: [.coordinator, .admin], Self.build)]
    }

    /// The period a request names, or why it names none: a year, a quarter, or whole
    /// quarters from `from` (a quarter's first day) to `to` (a quarter's last day).
    static func period(_ p: [String: JSONValue]) throws(CoordinationError) -> ReportPeriod {
        let year = p["year"]?.integerValue
        let quarter = p["quarter"]?.integerValue
        let from = p["from"]?.stringValue, to = p["to"]?.stringValue
        if from != nil || to != nil {
            guard year == nil, quarter == nil else {
                throw CoordinationError.invalid("from", en: "Give either a year (and quarter) or from and to, not both.",
                                                 de: "Geben Sie entweder ein Jahr (und Quartal) oder Anfang und Ende an, nicht beides.")
            }
            guard let fromText = from, let start = CalendarDate(iso: fromText) else {
                throw CoordinationError.invalid("from", en: "\"\(from ?? "")\" is not a day; write YYYY-MM-DD.",
                                                 de: "„\(from ?? "")“ ist kein Tag; schreiben Sie JJJJ-MM-TT.")
            }
            guard let toText = to, let end = CalendarDate(iso: toText) else {
                throw CoordinationError.invalid("to", en: "\"\(to ?? "")\" is not a day; write YYYY-MM-DD.",
                                                 de: "„\(to ?? "")“ ist kein Tag; schreiben Sie JJJJ-MM-TT.")
            }
            if let problem = ReportPeriod.quarterBoundsProblem(from: start, to: end) {
                throw CoordinationError.invalid(problem.field, en: problem.en, de: problem.de)
            }
            guard let period = ReportPeriod.quarters(from: start, to: end), start.days(until: end) <= 3660 else {
                throw CoordinationError.invalid("to", en: "The period must end on or after its first day and span at most ten years.",
                                                 de: "Der Zeitraum muss frühestens an seinem ersten Tag enden und darf höchstens zehn Jahre umfassen.")
            }
            return period
        }
        guard let year, (2000...2200).contains(year) else {
            throw CoordinationError.invalid("year", en: "A year between 2000 and 2200 is needed (or from and to).",
                                             de: "Nötig ist ein Jahr zwischen 2000 und 2200 (oder Anfang und Ende).")
        }
        if let quarter {
            guard (1...4).contains(quarter), let period = ReportPeriod.quarter(Int(quarter), of: Int(year)) else {
                throw CoordinationError.invalid("quarter", en: "The quarter must be 1, 2, 3 or 4, not \(quarter).",
                                                 de: "Das Quartal muss 1, 2, 3 oder 4 sein, nicht \(quarter).")
            }
            return period
        }
        guard let period = ReportPeriod.year(Int(year)) else { throw CoordinationError.invalid("year", en: "\(year) is not a year.", de: "\(year) ist kein Jahr.") }
        return period
    }

    /// Refuses a period that has not ended: the figures of a running quarter change from day
    /// to day, and two reports of it, made before and after one new referral, would show
    /// that person's kind, municipality, language and urgency by their difference, however
    /// well each report hides its small counts. Only ended quarters are reported.
    static func ended(_ period: ReportPeriod, _ p: [String: JSONValue], today: CalendarDate) throws(CoordinationError) {
        guard period.to >= today else { return }
        let running = ReportPeriod.quarterStart(containing: today)
        let lastEnded = running.adding(days: -1)
        let field = p["to"] != nil ? "to" : p["quarter"] != nil ? "quarter" : "year"
        throw CoordinationError.invalid(field,
            en: "Only quarters that have ended are reported; the latest ended on \(lastEnded.displayText) (the figures of a running quarter change daily, and two reports of it would show single clients by their difference).",
            de: "Berichtet werden nur abgeschlossene Quartale; das letzte endete am \(lastEnded.displayText) (die Zahlen eines laufenden Quartals ändern sich täglich, und zwei Berichte darüber ließen einzelne Klient:innen an ihrem Unterschied erkennen).")
    }

    @Sendable static func build(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let p = request.parameters
        do throws(CoordinationError) {
            let period = try period(p)
            let today = CaseworkClock.day(CaseworkClock.now(request.services))
            try ended(period, p, today: today)
            let language: MessageLanguage
            switch p["language"]?.stringValue ?? "de" {
            case "de": language = .de
            case "en": language = .en
            default: throw CoordinationError.invalid("language", en: "The language must be de or en.", de: "Die Sprache muss de oder en sein.")
            }
            let format = p["format"]?.stringValue ?? ""
            guard ["html", "csv", "json"].contains(format) else {
                throw CoordinationError.invalid("format", en: "The format must be html, csv or json, not \"\(format)\".",
                                                 de: "Das Format muss html, csv oder json sein, nicht „\(format)“.")
            }
            guard let form = CSVForm(rawValue: p["csvForm"]?.stringValue ?? CSVForm.spreadsheet.rawValue) else {
                throw CoordinationError.invalid("csvForm", en: "The CSV form must be spreadsheet or machine.",
                                                 de: "Die CSV-Form muss spreadsheet oder machine sein.")
            }
            // The report's quarters and those of its previous period, all ended, are
            // frozen now if they are not yet: this report and every later one show the
            // same figures for them.
            let (records, frozen) = try request.services.database.writing { (db: Connection) throws -> (ReportRecords, [CalendarDate: FrozenQuarter]) in
                let records = try ReportQueries(db).records(timeZone: CaseworkClock.berlin)
                let quarters = (period.quarters ?? []) + (period.previous?.quarters ?? [])
                return (records, try FrozenQuarters(db).freeze(quarters, records: records, today: today))
            }
            let configuration = request.services.configuration.configuration
            let now = request.services.now()
            let document = ReportBuilder(records: records, today: today, minCell: configuration.report.minCell,
                                         waitingLimitWeeks: configuration.planning.waitingLimitWeeks, frozen: frozen)
                .build(period, district: configuration.district.name)
            let base = "report-\(period.from.description)-\(period.to.description)"
            let caller = request.caller
            request.services.audit(AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "report.build", recordKind: "report",
                                              detail: "\(period.from)–\(period.to) as \(format) (\(language.rawValue))"))
            switch format {
            case "csv":
                let labels = ReportLabels(language, recommendations: configuration.recommendations)
                let content = form == .machine ? ReportCSV.render(document, labels: labels) : ReportCSV.spreadsheet(document, labels: labels)
                return ["content": .string(content), "fileName": .string(base + ".csv")]
            case "json": return ["content": .string(ReportJSON.render(document)), "fileName": .string(base + ".json")]
            default:
                let page = ReportHTML.render(document, language: language, recommendations: configuration.recommendations)
                return ["content": .string(page), "fileName": .string(base + ".html")]
            }
        } catch {
            throw error.varlink(name)
        }
    }
}
