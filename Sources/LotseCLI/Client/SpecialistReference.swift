import LotseProtocol

/// A specialist as people name them on the command line: the number `lotse specialist
/// list` shows, their login (`brandt`) or their name as a slug (`dr-brandt`, `Brandt`),
/// whatever the case. Numbers are taken as they are; any other word costs one
/// `Specialists.List` call (every role may make it), so the daemon keeps working with
/// numbers only.
enum SpecialistReference {
    /// The numbers of `words` given for `option` (`--prefer`), or a data error naming the
    /// word that fits no specialist or several.
    static func resolve(_ words: [String], option: String, _ context: CommandContext,
                        _ options: ClientOptions) -> Result<[Int64], ClientFailure> {
        if let numbers = numbers(words) { return .success(numbers) }
        let specialists: [SpecialistsProtocol.Specialist]
        switch DaemonCall.once(context, options, SpecialistsProtocol.ListRequest()) {
        case .failure(let failure): return .failure(failure)
        case .success(let answer): specialists = answer.reply.specialists
        }
        var resolved: [Int64] = []
        for word in words {
            if let number = Int64(word), number >= 0 {
                resolved.append(number)
                continue
            }
            let wanted = ValueKind.slug(word)
            let matches = specialists.filter { specialist in
                let name = ValueKind.slug(specialist.name)
                return specialist.user.lowercased() == word.lowercased() || name == wanted || name.hasSuffix("-" + wanted)
            }.map(\.id)
            guard matches.count == 1, let id = matches.first else {
                return .failure(matches.isEmpty
                    ? ClientFailure(exitCode: .dataError, de: "--\(option): keine Fachkraft „\(word)“; „lotse specialist list“ zeigt Nummern und Benutzernamen.",
                                    en: "--\(option): no specialist \"\(word)\"; \"lotse specialist list\" shows numbers and user names.")
                    : ClientFailure(exitCode: .dataError, de: "--\(option): „\(word)“ passt auf mehrere Fachkräfte; bitte Nummer oder Benutzernamen angeben.",
                                    en: "--\(option): \"\(word)\" fits several specialists; give the number or the user name."))
            }
            resolved.append(id)
        }
        return .success(resolved)
    }

    /// The words as numbers when every one is a number.
    static func numbers(_ words: [String]) -> [Int64]? {
        var numbers: [Int64] = []
        for word in words {
            guard let number = Int64(word), number >= 0 else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}
