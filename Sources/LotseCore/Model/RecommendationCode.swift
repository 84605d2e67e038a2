/// The code of a recommendation in the configured catalogue (`outpatient-psychotherapy`):
/// lower-case letters, digits and `-`, starting with a letter. Coordinators see codes
/// only, never assessment notes, so the code is what travels.
public struct RecommendationCode: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// The code text.
    public let value: String

    /// Returns nil for text that is not a valid code.
    public init?(_ text: String) {
        guard let first = text.first, ("a"..."z").contains(first), text.count <= 64,
              text.allSatisfy({ ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "-" }) else { return nil }
        value = text
    }

    /// The code itself.
    public var description: String { value }

    /// Alphabetical, for stable listings.
    public static func < (lhs: RecommendationCode, rhs: RecommendationCode) -> Bool { lhs.value < rhs.value }

    /// Decoding re-validates the code.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = RecommendationCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a recommendation code"))
        }
        self = code
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
