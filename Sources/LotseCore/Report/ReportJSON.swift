import LotseJSON

/// The report as JSON (`lotse-report/1`): the document's every table with each cell's
/// value (null when hidden), `suppressed` and the reason, so scripts can tell a hidden
/// count from a zero and never see a hidden one.
public enum ReportJSON {
    /// In the style of every other JSON Lotse prints (`--json`, replies): compact, keys
    /// sorted (stable from run to run), ending in a newline, written by Lotse's one
    /// serialiser from the value built here.
    public static func render(_ document: ReportDocument) -> String {
        value(document).serialized + "\n"
    }

    /// The document as a JSON value. A previous period (and a table's previous column)
    /// that does not exist is left out rather than null, as scripts of the first format
    /// expect.
    static func value(_ d: ReportDocument) -> JSONValue {
        var object: [String: JSONValue] = [
            "format": .string(d.format), "district": .string(d.district), "period": period(d.period),
            "generatedOn": .string(d.generatedOn.description), "minCell": .integer(Int64(d.minCell)),
            "waitingLimitWeeks": .integer(Int64(d.waitingLimitWeeks)),
            "tables": .array(d.tables.map(table)),
            "frozen": .array(d.frozen.map { ["from": .string($0.from.description), "to": .string($0.to.description),
                                               "since": .string($0.since.description)] }),
        ]
        if let previous = d.previousPeriod { object["previousPeriod"] = period(previous) }
        return .object(object)
    }

    static func period(_ p: ReportPeriod) -> JSONValue {
        ["from": .string(p.from.description), "to": .string(p.to.description), "kind": .string(p.kind)]
    }

    static func table(_ t: ReportTable) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(t.id), "rows": .array(t.rows.map { .string($0) }), "columns": .array(t.columns.map { .string($0) }),
            "current": grid(t.current), "chart": .string(t.chart),
        ]
        if let previous = t.previous { object["previous"] = grid(previous) }
        return .object(object)
    }

    static func grid(_ cells: [[ReportCell]]) -> JSONValue {
        .array(cells.map { row in .array(row.map(cell)) })
    }

    /// A cell: `value` (a whole number as an integer), `suppressed`, `reason` (null when shown).
    static func cell(_ c: ReportCell) -> JSONValue {
        let value: JSONValue = c.value.map { v in
            v == v.rounded() && abs(v) < 9e15 ? .integer(Int64(v)) : .double(v)
        } ?? .null
        return ["value": value, "suppressed": .bool(c.suppressed), "reason": c.reason.map { .string($0) } ?? .null]
    }
}
