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
