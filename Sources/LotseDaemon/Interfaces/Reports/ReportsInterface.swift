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

    /// The period a request names, or why it names none.
    static func period(_ p: [String: JSONValue]) throws(CoordinationError) -> ReportPeriod {
        let year = p["year"]?.integerValue
        let quarter = p["quarter"]?.integerValue
        let from = p["from"]?.stringValue, to = p["to"]?.stringValue
        if from != nil || to != nil {
            guard year == nil, quarter == nil else {
                throw CoordinationError.invalid("from", "Give either a year (and quarter) or from and to, not both.")
            }
            guard let fromText = from, let start = CalendarDate(iso: fromText) else {
                throw CoordinationError.invalid("from", "\"\(from ?? "")\" is not a day; write YYYY-MM-DD.")
            }
            guard let toText = to, let end = CalendarDate(iso: toText) else {
                throw CoordinationError.invalid("to", "\"\(to ?? "")\" is not a day; write YYYY-MM-DD.")
            }
            guard let period = ReportPeriod(from: start, to: end), start.days(until: end) <= 3660 else {
                throw CoordinationError.invalid("to", "The period must end on or after its first day and span at most ten years.")
            }
            return period
        }
        guard let year, (2000...2200).contains(year) else {
            throw CoordinationError.invalid("year", "A year between 2000 and 2200 is needed (or from and to).")
        }
        if let quarter {
            guard (1...4).contains(quarter), let period = ReportPeriod.quarter(Int(quarter), of: Int(year)) else {
                throw CoordinationError.invalid("quarter", "The quarter must be 1, 2, 3 or 4, not \(quarter).")
            }
            return period
        }
        guard let period = ReportPeriod.year(Int(year)) else { throw CoordinationError.invalid("year", "\(year) is not a year.") }
        return period
    }

    @Sendable static func build(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let p = request.parameters
        do throws(CoordinationError) {
            let period = try period(p)
            let language: MessageLanguage
            switch p["language"]?.stringValue ?? "de" {
            case "de": language = .de
            case "en": language = .en
            default: throw CoordinationError.invalid("language", "The language must be de or en.")
            }
            let format = p["format"]?.stringValue ?? ""
            guard ["html", "csv", "json"].contains(format) else {
                throw CoordinationError.invalid("format", "The format must be html, csv or json, not \"\(format)\".")
            }
            let zone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
            let records = try request.services.database.reading { (db: Connection) throws -> ReportRecords in
                try ReportQueries(db).records(timeZone: zone)
            }
            let configuration = request.services.configuration.configuration
            let now = request.services.now()
            let document = ReportBuilder(records: records, today: CalendarDate(instant: now, in: zone),
                                         minCell: configuration.report.minCell,
                                         waitingLimitWeeks: configuration.planning.waitingLimitWeeks)
                .build(period, district: configuration.district.name)
            let base = "report-\(period.from.description)-\(period.to.description)"
            let caller = request.caller
            request.services.audit(AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                              action: "report.build", recordKind: "report",
                                              detail: "\(period.from)–\(period.to) as \(format) (\(language.rawValue))"))
            switch format {
            case "csv":
                let labels = ReportLabels(language, recommendations: configuration.recommendations)
                return ["content": .string(ReportCSV.render(document, labels: labels)), "fileName": .string(base + ".csv")]
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
