import LotseCore

extension DaemonServices {
    /// The account called `text`, if it exists and holds `role` under the `[roles]` in force.
    ///
    /// Every place that records a person by name — a client's caseworker, a handover, a
    /// follow-up step's owner, a caseworker's mail entry — checks through here, so that no
    /// record names someone who could never connect in that role, and the refusal says which
    /// of the three things is wrong (not a name, no such account, or not that role).
    func account(_ text: String, holding role: Role, field: String) -> Result<UserName, ModelError> {
        guard let user = UserName(text) else {
            return .failure(ModelError(field: field, en: "\"\(text)\" is not a valid account name.",
                                       de: "„\(text)“ ist kein gültiger Kontoname."))
        }
        guard let roles = roles(ofAccount: text) else {
            return .failure(ModelError(field: field,
                                       en: "There is no account \"\(text)\" on this system; create it (adduser) or check the spelling.",
                                       de: "Auf diesem System gibt es kein Konto „\(text)“; legen Sie es an (adduser) oder prüfen Sie die Schreibweise."))
        }
        guard roles.contains(role) else {
            let held = roles.isEmpty ? "none" : roles.sorted().map { SpecialistWording.role($0, .en) }.joined(separator: ", ")
            let heldDe = roles.isEmpty ? "keine" : roles.sorted().map { SpecialistWording.role($0, .de) }.joined(separator: ", ")
            let key = role.rawValue + "s"
            return .failure(ModelError(field: field,
                                       en: "\(text) does not hold the \(SpecialistWording.role(role, .en)) role (roles: \(held)); [roles] \(key) in lotse.conf gives it.",
                                       de: "\(text) hat nicht die Rolle \(SpecialistWording.role(role, .de)) (Rollen: \(heldDe)); sie wird in lotse.conf unter [roles] \(key) vergeben."))
        }
        return .success(user)
    }
}
