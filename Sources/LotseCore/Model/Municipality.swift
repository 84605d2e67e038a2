/// The stable id of a municipality (`kornwestheim`): lower-case ASCII letters, digits and
/// `-`, starting with a letter, at most 64 characters. Quotas, rosters and the plan
/// format refer to municipalities by it.
public struct MunicipalityID: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// The id text.
    public let value: String

    /// Returns nil for text that is not a valid id.
    public init?(_ text: String) {
        guard let first = text.first, ("a"..."z").contains(first), text.count <= 64,
              text.allSatisfy({ ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "-" }) else { return nil }
        value = text
    }

    /// The id itself.
    public var description: String { value }

    /// Alphabetical, for stable listings.
    public static func < (lhs: MunicipalityID, rhs: MunicipalityID) -> Bool { lhs.value < rhs.value }

    /// Decoding re-validates the id.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = MunicipalityID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a municipality id"))
        }
        self = id
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A municipality of the district: the unit of quotas and of a client's belonging.
public struct Municipality: Sendable, Codable, Hashable {
    /// Stable id used everywhere else.
    public let id: MunicipalityID
    /// Name as people write it (`Kornwestheim`); defaults to the id with a capital.
    public let name: String

    /// Creates a municipality; an empty name falls back to the capitalised id.
    public init(id: MunicipalityID, name: String? = nil) {
        self.id = id
        let given = name ?? ""
        self.name = given.isEmpty ? id.value.prefix(1).uppercased() + id.value.dropFirst() : given
    }
}
