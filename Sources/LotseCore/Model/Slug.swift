/// What a kind of `Slug` is called in error messages (`municipality id`).
public protocol SlugKind {
    /// The noun for the value, e.g. `recommendation code`.
    static var slugNoun: String { get }
}

/// A stable text id (`kornwestheim`, `outpatient-psychotherapy`): lower-case ASCII letters,
/// digits and `-`, starting with a letter, at most 64 characters — safe in file names,
/// configuration keys and URLs. The phantom `Kind` keeps a municipality's id from being
/// passed where a recommendation code is meant, as `Identifier` does for row ids.
public struct Slug<Kind: SlugKind>: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// The text.
    public let value: String

    /// Returns nil for text that is not a valid slug.
    public init?(_ text: String) {
        guard let first = text.first, ("a"..."z").contains(first), text.count <= 64,
              text.allSatisfy({ ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "-" }) else { return nil }
        value = text
    }

    /// The text itself.
    public var description: String { value }

    /// Alphabetical, for stable listings.
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }

    /// Decoding re-validates the text.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let slug = Slug(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a \(Kind.slugNoun)"))
        }
        self = slug
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// The stable id of a municipality (`kornwestheim`). Quotas, rosters and the plan format
/// refer to municipalities by it.
public typealias MunicipalityID = Slug<Municipality>

/// The code of a recommendation in the configured catalogue (`outpatient-psychotherapy`).
/// Coordinators see codes only, never assessment notes, so the code is what travels.
public typealias RecommendationCode = Slug<Recommendation>

extension Municipality: SlugKind {
    /// `municipality id`.
    public static let slugNoun = "municipality id"
}

extension Recommendation: SlugKind {
    /// `recommendation code`.
    public static let slugNoun = "recommendation code"
}

extension Slug where Kind == Municipality {
    /// The municipality as people write it (`kornwestheim` → `Kornwestheim`,
    /// `bietigheim-bissingen` → `Bietigheim-Bissingen`): each part capitalised. Sentences
    /// for people (waiting reasons, the roster's shares) name a municipality so; its id
    /// stays in JSON, CSV in machine form and the configuration.
    public var name: String { Self.name(of: value) }

    /// `name` for text that may or may not be a municipality id (a plan file's municipality).
    public static func name(of text: String) -> String {
        text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
