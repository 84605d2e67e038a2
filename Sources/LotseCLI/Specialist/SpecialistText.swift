import LotseCore
import LotseVarlink

/// How the specialist-side replies read for people: the day's appointments, unresolved
/// ones, an assessment, follow-up steps — in German or English, dates as `21.11.2026`.
public enum SpecialistText {
    /// An attendance outcome in words; `—` when none is recorded.
    public static func attendance(_ raw: String?, _ l: OutputLanguage) -> String {
        switch raw {
        case "attended": l.pick(de: "wahrgenommen", en: "attended")
        case "no-show": l.pick(de: "nicht erschienen", en: "no-show")
        case "cancelled-by-client": l.pick(de: "abgesagt (Klient:in)", en: "cancelled by client")
        case "cancelled-by-service": l.pick(de: "abgesagt (Dienst)", en: "cancelled by service")
        case nil: "—"
        case let other?: other
        }
    }

    /// A step owner's role in words.
    public static func role(_ raw: String?, _ l: OutputLanguage) -> String {
        switch raw {
        case "caseworker": l.pick(de: "Integrationsmanagement", en: "caseworker")
        case "specialist": l.pick(de: "Fachkraft", en: "specialist")
        case "coordinator": l.pick(de: "Koordination", en: "coordinator")
        default: raw ?? "—"
        }
    }

    /// Appointments as a table: time, appointment id, pseudonym, kind, language and
    /// interpreter, screening, outcome; then every acute-risk report (the row's screening
    /// marked `AKUT!`), then each referral note on its own line.
    public static func appointments(_ rows: [JSONValue], _ l: OutputLanguage, withDate: Bool = false) -> String {
        guard !rows.isEmpty else { return l.pick(de: "Keine Termine.\n", en: "No appointments.\n") }
        var table = TextTable(header: (withDate ? [l.pick(de: "Datum", en: "Date")] : []) + [
            l.pick(de: "Zeit", en: "Time"), l.pick(de: "Termin", en: "Appt."), l.pick(de: "Klient:in", en: "Client"),
            l.pick(de: "Art", en: "Kind"), l.pick(de: "Sprache", en: "Language"), l.pick(de: "Screening", en: "Screening"),
            l.pick(de: "Ergebnis", en: "Outcome"), l.pick(de: "Einschätzung", en: "Assessment"),
        ])
        var notes: [String] = []
        var escalations: [String] = []
        for row in rows {
            let interpreter = row["interpreter"]?.boolValue == true ? l.pick(de: " + Dolmetschung", en: " + interpreter") : ""
            var screening = ScreeningText.short(row["screening"], l)
            let appointmentID = row["id"]?.integerValue ?? 0
            if let escalation = row["escalation"], !escalation.isNull {
                // Acute risk reported: never left for the scored result to speak alone.
                screening = l.pick(de: "AKUT! ", en: "ACUTE! ") + screening
                escalations.append("  \(appointmentID): " + l.pick(de: "am ", en: "on ") + DateText.show(escalation["screenedOn"]?.stringValue)
                                   + " " + ScreeningText.escalation(escalation, l))
            }
            var outcome = attendance(row["attendance"]?.stringValue, l)
            if row["unresolved"]?.boolValue == true { outcome = l.pick(de: "offen!", en: "unresolved!") }
            let appointment = row["id"]?.integerValue ?? 0
            table.add((withDate ? [DateText.show(row["date"]?.stringValue)] : []) + [
                row["time"]?.stringValue ?? "", String(appointment), row["client"]?.stringValue ?? "—",
                CaseworkLabels.kind(row["kind"]?.stringValue, l),
                (row["language"]?.stringValue ?? "") + interpreter, screening, outcome,
                row["assessment"]?.integerValue.map(String.init) ?? "—",
            ])
            if let note = row["referralNote"]?.stringValue, !note.isEmpty {
                notes.append("  \(appointment): \(note.replacingOccurrences(of: "\n", with: " "))")
            }
        }
        var text = table.rendered
        if !escalations.isEmpty {
            text += l.pick(de: "Akute Gefährdung gemeldet:\n", en: "Acute risk reported:\n") + escalations.joined(separator: "\n") + "\n"
        }
        if !notes.isEmpty {
            text += l.pick(de: "Notizen der Integrationsmanager:innen:\n", en: "Caseworkers' notes:\n") + notes.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// An assessment: header, recommendations, the note when visible, the steps.
    public static func assessment(_ a: JSONValue?, _ l: OutputLanguage) -> String {
        guard let a else { return "" }
        let id = a["id"]?.integerValue ?? 0
        var text = l.pick(de: "Einschätzung \(id)", en: "Assessment \(id)")
        text += " · " + (a["client"]?.stringValue ?? "—") + " · " + DateText.show(a["appointmentDate"]?.stringValue)
        text += " · " + (a["specialistName"]?.stringValue ?? "") + "\n"
        text += l.pick(de: "Empfehlungen:\n", en: "Recommendations:\n")
        let recommendations = a["recommendations"]?.arrayValue ?? []
        let width = recommendations.map { ($0["code"]?.stringValue ?? "").count }.max() ?? 0
        for r in recommendations {
            let code = r["code"]?.stringValue ?? ""
            let label = l == .german ? r["labelDe"]?.stringValue : r["labelEn"]?.stringValue
            text += "  " + code + String(repeating: " ", count: width - code.count) + "  \(label ?? "")\n"
        }
        if a["noteVisible"]?.boolValue == true {
            text += l.pick(de: "Notiz:\n", en: "Note:\n") + "  " + (a["note"]?.stringValue ?? "").replacingOccurrences(of: "\n", with: "\n  ") + "\n"
            let steps = a["steps"]?.arrayValue ?? []
            if !steps.isEmpty { text += l.pick(de: "Schritte:\n", en: "Steps:\n") + Self.steps(steps, l) }
        } else {
            text += l.pick(de: "(Notiz und Schritte sind nur für die Fachkraft und das Integrationsmanagement sichtbar.)\n",
                           en: "(The note and steps are visible to the specialist and the caseworker only.)\n")
        }
        return text
    }

    /// Every version of an assessment, oldest first: who wrote it when, why it was
    /// amended, its recommendations and note.
    public static func versions(_ versions: [JSONValue], _ l: OutputLanguage) -> String {
        guard !versions.isEmpty else { return l.pick(de: "Keine Versionen.\n", en: "No versions.\n") }
        return versions.map { v in
            let number = v["number"]?.integerValue ?? 0
            var text = l.pick(de: "Version \(number)", en: "Version \(number)") + " · " + (v["writtenBy"]?.stringValue ?? "")
                + " · " + DateText.instant(v["writtenAt"]?.stringValue) + "\n"
            if let reason = v["reason"]?.stringValue {
                text += l.pick(de: "Grund der Korrektur: ", en: "Reason for the correction: ") + reason + "\n"
            }
            let codes = (v["recommendations"]?.arrayValue ?? []).map { r in
                (l == .german ? r["labelDe"]?.stringValue : r["labelEn"]?.stringValue) ?? r["code"]?.stringValue ?? ""
            }
            text += l.pick(de: "Empfehlungen: ", en: "Recommendations: ") + codes.joined(separator: "; ") + "\n"
            text += l.pick(de: "Notiz:\n", en: "Note:\n") + "  " + (v["note"]?.stringValue ?? "").replacingOccurrences(of: "\n", with: "\n  ") + "\n"
            return text
        }.joined(separator: "\n")
    }

    /// Follow-up steps as a table; overdue ones flagged.
    public static func steps(_ rows: [JSONValue], _ l: OutputLanguage) -> String {
        guard !rows.isEmpty else { return l.pick(de: "Keine Schritte.\n", en: "No steps.\n") }
        var table = TextTable(header: [
            l.pick(de: "Nr.", en: "No."), l.pick(de: "Klient:in", en: "Client"), l.pick(de: "Fällig", en: "Due"),
            l.pick(de: "Status", en: "Status"), l.pick(de: "Zuständig", en: "Owner"), l.pick(de: "Schritt", en: "Step"),
        ])
        for row in rows {
            var status = row["status"]?.stringValue ?? ""
            switch status {
            case "open": status = l.pick(de: "offen", en: "open")
            case "done": status = l.pick(de: "erledigt", en: "done")
            case "dropped": status = l.pick(de: "entfallen", en: "dropped")
            default: break
            }
            if row["overdue"]?.boolValue == true { status += l.pick(de: " (überfällig!)", en: " (overdue!)") }
            table.add([
                String(row["id"]?.integerValue ?? 0), row["client"]?.stringValue ?? "—", DateText.show(row["dueOn"]?.stringValue),
                status, "\(row["ownerUser"]?.stringValue ?? "") (\(role(row["ownerRole"]?.stringValue, l)))",
                (row["description"]?.stringValue ?? "").replacingOccurrences(of: "\n", with: " "),
            ])
        }
        return table.rendered
    }
}
