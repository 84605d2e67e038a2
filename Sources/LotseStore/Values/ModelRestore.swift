import Foundation

/// Rebuilds domain values from stored rows.
///
/// The model's values keep their invariants by having private initialisers (a referral
/// can only be *submitted*, a help-plan version only *appended*), so the one public way to
/// bring back a stored value in any state is its `Decodable` conformance — the same path
/// the wire protocol uses. Repositories assemble the value's coding keys from columns as a
/// `JSONTree` and decode it; the schema's CHECK constraints and the model's own decoders
/// (dates, pseudonyms, language codes) validate every field on the way.
indirect enum JSONTree: Encodable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONTree])
    case object([(String, JSONTree)])

    /// An instant as `JSONDecoder`'s default `Date` strategy reads it (seconds since the
    /// 2001 reference date).
    static func date(_ value: Date) -> JSONTree { .double(value.timeIntervalSinceReferenceDate) }

    /// A string, or null for nil.
    static func string(_ value: String?) -> JSONTree { value.map { .string($0) } ?? .null }

    /// The stored text of any value (`description` of dates, pseudonyms, codes), or null.
    static func text(_ value: (any CustomStringConvertible)?) -> JSONTree { value.map { .string($0.description) } ?? .null }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            // Members whose value is null are left out, as synthesized Codable does for nil.
            for (key, value) in members {
                if case .null = value { continue }
                try container.encode(value, forKey: Key(key))
            }
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes the tree as `T`; a mismatch becomes a `decoding` error naming the record.
    func decode<T: Decodable>(_ type: T.Type, record: String) throws(StoreError) -> T {
        do {
            let data = try JSONEncoder().encode(self)
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw StoreError(kind: .decoding(column: record, expected: "\(T.self)"),
                             message: "The stored \(record) cannot be read back as a \(T.self): \(error).")
        }
    }
}

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
