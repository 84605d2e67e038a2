import LotseVarlink

/// How help plans read for people: the current goals as a table under a heading with
/// version, author, time and the next review; the history as one block per version.
public enum HelpPlanText {
    static func heading(_ version: JSONValue, client: String, _ l: OutputLanguage) -> String {
        let number = version["number"]?.integerValue ?? 0
        let when = DateText.instant(version["authoredAt"]?.stringValue)
        let author = version["author"]?.stringValue ?? "?"
        return l.pick(de: "Integrationsplan \(client), Version \(number) vom \(when) (\(author))\n",
                      en: "Help plan \(client), version \(number) of \(when) (\(author))\n")
    }

    static func goals(_ goals: [JSONValue], _ l: OutputLanguage) -> String {
        guard !goals.isEmpty else { return l.pick(de: "Noch keine Ziele.\n", en: "No goals yet.\n") }
        var table = TextTable(header: l == .german ? ["Nr.", "Bereich", "Ziel", "Status", "Zieldatum", "Notizen"]
                                                   : ["No.", "Domain", "Goal", "Status", "Target", "Notes"])
        for goal in goals {
            table.add([
                String(goal["id"]?.integerValue ?? 0),
                CaseworkLabels.domain(goal["domain"]?.stringValue, l),
                goal["title"]?.stringValue ?? "",
                CaseworkLabels.goalStatus(goal["status"]?.stringValue, l),
                DateText.show(goal["targetDate"]?.stringValue),
                (goal["notes"]?.stringValue ?? "").replacingNewlines(),
            ])
        }
        return table.rendered
    }

    /// `lotse helpplan show`.
    public static func show(_ plan: JSONValue?, client: String, language l: OutputLanguage) -> String {
        guard let plan, !plan.isNull, let version = plan["version"] else {
            return l.pick(de: "\(client) hat noch keinen Integrationsplan; „lotse helpplan goal add“ legt das erste Ziel an.\n",
                          en: "\(client) has no help plan yet; 'lotse helpplan goal add' adds the first goal.\n")
        }
        var text = heading(version, client: client, l)
        let review = DateText.show(version["reviewOn"]?.stringValue)
        text += plan["reviewDue"]?.boolValue == true
            ? l.pick(de: "Überprüfung fällig seit \(review)\n", en: "Review due since \(review)\n")
            : l.pick(de: "Nächste Überprüfung: \(review)\n", en: "Next review: \(review)\n")
        text += "\n" + goals(version["goals"]?.arrayValue ?? [], l)
        return text
    }

    /// `lotse helpplan history`, newest version first.
    public static func history(_ versions: [JSONValue], client: String, language l: OutputLanguage) -> String {
        guard !versions.isEmpty else {
            return l.pick(de: "\(client) hat noch keinen Integrationsplan.\n", en: "\(client) has no help plan yet.\n")
        }
        var table = TextTable(header: l == .german ? ["Version", "Zeit", "Von", "Rolle", "Änderung", "Ziele"]
                                                   : ["Version", "Time", "By", "Role", "Change", "Goals"])
        for version in versions.reversed() {
            table.add([
                String(version["number"]?.integerValue ?? 0),
                DateText.instant(version["authoredAt"]?.stringValue),
                version["author"]?.stringValue ?? "",
                CaseworkLabels.role(version["authorRole"]?.stringValue, l),
                CaseworkLabels.change(version["change"]?.stringValue, l),
                String(version["goals"]?.arrayValue?.count ?? 0),
            ])
        }
        return l.pick(de: "Integrationsplan \(client): \(versions.count) Versionen\n", en: "Help plan \(client): \(versions.count) versions\n") + table.rendered
    }
}

extension String {
    /// Line breaks as ` / `, so a note keeps to its table row.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " / ")
    }
}
