import LotseJSON

/// JSON arrays of plain values in TEXT columns (languages, dates, kinds), written and read
/// by Lotse's one JSON (the same rules as the wire), so that a column holds nothing the
/// rest of the program could not read.
enum JSONColumn {
    /// `["de","en"]` from any list of values, by their stored text.
    static func encode(_ values: [any CustomStringConvertible]) -> String {
        JSONValue.array(values.map { .string($0.description) }).serialized
    }

    /// `[1,2,3]` from integers.
    static func encode(_ values: [Int64]) -> String {
        JSONValue.array(values.map { .integer($0) }).serialized
    }

    /// The strings of a stored JSON array.
    static func strings(_ row: Row, _ column: String) throws(StoreError) -> [String] {
        try elements(row, column, expected: "[String]") { $0.stringValue }
    }

    /// The integers of a stored JSON array.
    static func integers(_ row: Row, _ column: String) throws(StoreError) -> [Int64] {
        try elements(row, column, expected: "[Int64]") { value in
            if case .integer(let number) = value { return number }
            return nil
        }
    }

    /// Each stored string converted by `make`; a value `make` refuses is a decoding error.
    static func values<T>(_ row: Row, _ column: String, _ make: (String) -> T?) throws(StoreError) -> [T] {
        var result: [T] = []
        for text in try strings(row, column) {
            guard let value = make(text) else {
                throw StoreError(kind: .decoding(column: column, expected: "\(T.self)"),
                                 message: "Column \"\(column)\" holds \"\(text)\", which is not a \(T.self).")
            }
            result.append(value)
        }
        return result
    }

    private static func elements<T>(_ row: Row, _ column: String, expected: String,
                                    _ element: (JSONValue) -> T?) throws(StoreError) -> [T] {
        let text = try row.decode(String.self, column)
        let refused = StoreError(kind: .decoding(column: column, expected: expected),
                                 message: "Column \"\(column)\" holds \(text), not a JSON list of the expected values.")
        guard let items = (try? JSONParser().parse(text))?.arrayValue else { throw refused }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let value = element(item) else { throw refused }
            result.append(value)
        }
        return result
    }
}
