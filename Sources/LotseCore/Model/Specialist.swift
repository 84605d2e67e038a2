/// A specialist (physician or psychotherapist) who holds consultation sessions. Unlike
/// clients, staff are named: rosters and mail address them.
public struct Specialist: Sendable, Equatable, Codable {
    /// Database id.
    public let id: SpecialistID
    /// Name as shown on rosters (`Dr. M. Yilmaz`).
    public let name: String
    /// Qualification (`Fachärztin für Psychiatrie und Psychotherapie`).
    public let qualification: String
    /// Languages the specialist consults in without an interpreter.
    public let languages: [LanguageCode]
    /// Where their session lists go.
    public let email: EmailAddress
    /// The Unix user they log in as; scopes what they see.
    public let user: UserName

    /// Validates name and qualification (1…200 characters) and needs at least one language.
    public static func make(id: SpecialistID, name: String, qualification: String, languages: [LanguageCode],
                            email: EmailAddress, user: UserName) -> Result<Specialist, ModelError> {
        let checkedName: String
        switch TextRule.check(name, field: "name", max: 200, oneLine: true) {
        case .success(let n): checkedName = n
        case .failure(let e): return .failure(e)
        }
        let checkedQualification: String
        switch TextRule.check(qualification, field: "qualification", max: 200, oneLine: true) {
        case .success(let q): checkedQualification = q
        case .failure(let e): return .failure(e)
        }
        guard !languages.isEmpty else { return .failure(ModelError(field: "languages", en: "a specialist needs at least one language",
            de: "eine Fachkraft braucht mindestens eine Sprache")) }
        return .success(Specialist(id: id, name: checkedName, qualification: checkedQualification,
                                   languages: Array(Set(languages)).sorted(), email: email, user: user))
    }

    private init(id: SpecialistID, name: String, qualification: String, languages: [LanguageCode], email: EmailAddress, user: UserName) {
        self.id = id
        self.name = name
        self.qualification = qualification
        self.languages = languages
        self.email = email
        self.user = user
    }
}
