import Foundation

/// JSON arrays of plain values in TEXT columns (languages, dates, kinds).
enum JSONColumn {
    /// `["de","en"]` from any list of values, by their stored text.
    static func encode(_ values: [any CustomStringConvertible]) -> String {
        let strings = values.map(\.description)
        guard let data = try? JSONEncoder().encode(strings), let text = String(data: data, encoding: .utf8) else { return "[]" }
        return text
    }

    /// `[1,2,3]` from integers.
    static func encode(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// The strings of a stored JSON array.
    static func strings(_ row: Row, _ column: String) throws(StoreError) -> [String] {
        try decode([String].self, row, column)
    }

    /// The integers of a stored JSON array.
    static func integers(_ row: Row, _ column: String) throws(StoreError) -> [Int64] {
        try decode([Int64].self, row, column)
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

    private static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws(StoreError) -> T {
        let text = try row.decode(String.self, column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError(kind: .decoding(column: column, expected: "\(T.self)"),
                             message: "Column \"\(column)\" holds \(text), not a JSON list of the expected values.")
        }
    }
}
