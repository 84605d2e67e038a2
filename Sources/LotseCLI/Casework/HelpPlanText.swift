import LotseProtocol

/// How help plans read for people: the current goals as a table under a heading with
/// version, author, time and the next review; the history as one block per version.
public enum HelpPlanText {
    static func heading(_ version: HelpPlansProtocol.Version, client: String, _ l: OutputLanguage) -> String {
        let number = version.number
        let when = DateText.instant(version.authoredAt)
        let author = version.author
        return l.pick(de: "Integrationsplan \(client), Version \(number) vom \(when) (\(author))\n",
                      en: "Help plan \(client), version \(number) of \(when) (\(author))\n")
    }

    static func goals(_ goals: [HelpPlansProtocol.Goal], _ l: OutputLanguage) -> String {
        guard !goals.isEmpty else { return l.pick(de: "Noch keine Ziele.\n", en: "No goals yet.\n") }
        var table = TextTable(header: l == .german ? ["Nr.", "Bereich", "Ziel", "Status", "Zieldatum", "Notizen"]
                                                   : ["No.", "Domain", "Goal", "Status", "Target", "Notes"])
        for goal in goals {
            table.add([
                String(goal.id),
                CaseworkLabels.domain(goal.domain, l),
                l.pick(de: goal.titleDe, en: goal.titleEn),
                CaseworkLabels.goalStatus(goal.status, l),
                DateText.show(goal.targetDate),
                l.pick(de: goal.notesDe, en: goal.notesEn).replacingNewlines(),
            ])
        }
        return table.rendered
    }

    /// `lotse helpplan show`.
    public static func show(_ plan: HelpPlansProtocol.Plan?, client: String, language l: OutputLanguage) -> String {
        guard let plan else {
            return l.pick(de: "\(client) hat noch keinen Integrationsplan; „lotse helpplan goal add“ legt das erste Ziel an.\n",
                          en: "\(client) has no help plan yet; \"lotse helpplan goal add\" adds the first goal.\n")
        }
        let version = plan.version
        var text = heading(version, client: client, l)
        let review = DateText.show(version.reviewOn)
        text += plan.reviewDue
            ? l.pick(de: "Überprüfung fällig seit \(review)\n", en: "Review due since \(review)\n")
            : l.pick(de: "Nächste Überprüfung: \(review)\n", en: "Next review: \(review)\n")
        text += "\n" + goals(version.goals, l)
        return text
    }

    /// `lotse helpplan history`, newest version first.
    public static func history(_ versions: [HelpPlansProtocol.Version], client: String, language l: OutputLanguage) -> String {
        guard !versions.isEmpty else {
            return l.pick(de: "\(client) hat noch keinen Integrationsplan.\n", en: "\(client) has no help plan yet.\n")
        }
        var table = TextTable(header: l == .german ? ["Version", "Zeit", "Von", "Rolle", "Änderung", "Ziele"]
                                                   : ["Version", "Time", "By", "Role", "Change", "Goals"])
        for version in versions.reversed() {
            table.add([
                String(version.number),
                DateText.instant(version.authoredAt),
                version.author,
                CaseworkLabels.role(version.authorRole, l),
                CaseworkLabels.change(version.change, l),
                String(version.goals.count),
            ])
        }
        return l.pick(de: "Integrationsplan \(client): \(CountText.count(Int64(versions.count), one: "Version", many: "Versionen"))\n",
                      en: "Help plan \(client): \(CountText.count(Int64(versions.count), one: "version", many: "versions"))\n") + table.rendered
    }
}

extension String {
    /// Line breaks as ` / `, so a note keeps to its table row.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " / ")
    }
}
