/// `[district]`: the district whose consultation service this daemon runs.
public struct DistrictSettings: Sendable, Equatable {
    /// Shown in rosters and mail (`name`); default `Landkreis`.
    public var name: String
    /// The municipalities whose referrals are accepted (`municipalities`); empty means
    /// any well-formed id is accepted.
    public var municipalities: [MunicipalityID]
    /// Inhabitants per municipality (`population.ID = N`), the weight of quotas by formula
    /// with `[planning] quota_weight = population`.
    public var population: [MunicipalityID: Int]

    /// Defaults for a configuration without `[district]`.
    public init(name: String = "Landkreis", municipalities: [MunicipalityID] = [], population: [MunicipalityID: Int] = [:]) {
        self.name = name
        self.municipalities = municipalities
        self.population = population
    }

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> DistrictSettings {
        var s = DistrictSettings()
        if let e = reader.entry("name") {
            guard !e.value.isEmpty else { throw reader.error(e, de: "hat keinen Wert", en: "has no value") }
            guard e.value.count <= 200 else { throw reader.error(e, de: "ist länger als 200 Zeichen", en: "is longer than 200 characters") }
            s.name = e.value
        }
        if let (items, e) = try reader.wordList("municipalities") {
            var ids: [MunicipalityID] = []
            for item in items {
                guard let id = MunicipalityID(item) else {
                    throw reader.error(e, de: "„\(item)“ ist keine Gemeinde-Kennung (Kleinbuchstaben, Ziffern und -)",
                                       en: "\"\(item)\" is not a municipality id (lower-case letters, digits and -)")
                }
                guard !ids.contains(id) else {
                    throw reader.error(e, de: "„\(item)“ steht zweimal in der Liste", en: "\"\(item)\" is listed twice")
                }
                ids.append(id)
            }
            s.municipalities = ids
        }
        s.population = try reader.municipalityNumbers(prefix: "population.", listed: s.municipalities, listedIn: (de: "", en: ""),
                                                      in: 0...100_000_000)
        return s
    }
}
