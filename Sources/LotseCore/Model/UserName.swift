/// A Unix user name (`anna`): how Lotse knows caseworkers, coordinators and specialists,
/// since every caller is identified by `SO_PEERCRED`. Same rules as `useradd`'s default:
/// lower-case letter or `_` first, then letters, digits, `_`, `-`, `.`; at most 32.
public struct UserName: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The name.
    public let value: String

    /// Returns nil for text that is not a valid user name.
    public init?(_ text: String) {
        guard UnixName.isValid(text) else { return nil }
        value = text
    }

    /// The name itself.
    public var description: String { value }

    /// Alphabetical.
    public static func < (lhs: UserName, rhs: UserName) -> Bool { lhs.value < rhs.value }

    /// Decoding re-validates.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let name = UserName(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a Unix user name"))
        }
        self = name
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
