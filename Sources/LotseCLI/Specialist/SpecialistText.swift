import LotseCore
import LotseProtocol

/// How the specialist-side replies read for people: the day's appointments, unresolved
/// ones, an assessment, follow-up steps — in German or English, dates as `21.11.2026`.
public enum SpecialistText {
    /// An attendance outcome in words; `—` when none is recorded.
    public static func attendance(_ raw: String?, _ l: OutputLanguage) -> String {
        guard let raw else { return "—" }
        return Attendance(rawValue: raw)?.name(in: CaseworkLabels.message(l)) ?? raw
    }

    /// A step owner's role in words (the roles' one wording, `CaseworkLabels.role`).
    public static func role(_ raw: String?, _ l: OutputLanguage) -> String {
        CaseworkLabels.role(raw, l)
    }

    /// Appointments as a table: time, appointment id, pseudonym, kind, language and
    /// interpreter, screening, outcome; then every acute-risk report (the row's screening
    /// marked `AKUT!`), then each referral note on its own line.
    public static func appointments(_ rows: [AssessmentsProtocol.Appointment], _ l: OutputLanguage, withDate: Bool = false) -> String {
        guard !rows.isEmpty else { return l.pick(de: "Keine Termine.\n", en: "No appointments.\n") }
        var table = TextTable(header: (withDate ? [l.pick(de: "Datum", en: "Date")] : []) + [
            l.pick(de: "Zeit", en: "Time"), l.pick(de: "Termin", en: "Appt."), l.pick(de: "Klient:in", en: "Client"),
            l.pick(de: "Art", en: "Kind"), l.pick(de: "Sprache", en: "Language"), l.pick(de: "Screening", en: "Screening"),
            l.pick(de: "Ergebnis", en: "Outcome"), l.pick(de: "Einschätzung", en: "Assessment"),
        ])
        var notes: [String] = []
        var escalations: [String] = []
        for row in rows {
            let interpreter = row.interpreter == true ? l.pick(de: " + Dolmetschung", en: " + interpreter") : ""
            var screening = ScreeningText.short(row.screening, l)
            let appointment = row.id
            if let escalation = row.escalation {
                // Acute risk reported: never left for the scored result to speak alone.
                screening = l.pick(de: "AKUT! ", en: "ACUTE! ") + screening
                escalations.append("  \(appointment): " + l.pick(de: "am ", en: "on ") + DateText.show(escalation.screenedOn)
                                   + " " + ScreeningText.escalation(escalation.acuteRisk, route: escalation.escalationRoute, l))
            }
            var outcome = attendance(row.attendance, l)
            if row.unresolved { outcome = l.pick(de: "offen!", en: "unresolved!") }
            table.add((withDate ? [DateText.show(row.date)] : []) + [
                row.time, String(appointment), CaseworkLabels.client(row.client, l),
                CaseworkLabels.kind(row.kind, l),
                (row.language ?? "") + interpreter, screening, outcome,
                row.assessment.map(String.init) ?? "—",
            ])
            if let note = row.referralNote, !note.isEmpty {
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
    public static func assessment(_ a: AssessmentsProtocol.Assessment, _ l: OutputLanguage) -> String {
        var text = l.pick(de: "Einschätzung \(a.id)", en: "Assessment \(a.id)")
        text += " · " + (CaseworkLabels.client(a.client, l)) + " · " + DateText.show(a.appointmentDate)
        text += " · " + a.specialistName + "\n"
        text += l.pick(de: "Empfehlungen:\n", en: "Recommendations:\n")
        // The label people read (the codes are for scripts, in --json).
        for r in a.recommendations { text += "  " + l.pick(de: r.labelDe, en: r.labelEn) + "\n" }
        // The steps are always shown (they become the help plan); only the note is the
        // specialist's and, with consent to the exchange, the caseworker's.
        if a.noteVisible {
            text += l.pick(de: "Notiz:\n", en: "Note:\n") + "  " + (a.note ?? "").replacingOccurrences(of: "\n", with: "\n  ") + "\n"
        } else {
            text += l.pick(de: "(Die Notiz sehen nur die Fachkraft, die sie schrieb, und mit Einwilligung in den Austausch die Integrationsmanager:in.)\n",
                           en: "(The note is visible only to the specialist who wrote it and, with consent to the exchange, to the caseworker.)\n")
        }
        if !a.steps.isEmpty { text += l.pick(de: "Schritte:\n", en: "Steps:\n") + Self.steps(a.steps, l) }
        return text
    }

    /// Every version of an assessment, oldest first: who wrote it when, why it was
    /// amended, its recommendations and note.
    public static func versions(_ versions: [AssessmentsProtocol.Version], _ l: OutputLanguage) -> String {
        guard !versions.isEmpty else { return l.pick(de: "Keine Versionen.\n", en: "No versions.\n") }
        return versions.map { v in
            var text = l.pick(de: "Version \(v.number)", en: "Version \(v.number)") + " · " + v.writtenBy
                + " · " + DateText.instant(v.writtenAt) + "\n"
            if let reason = v.reason {
                text += l.pick(de: "Grund der Korrektur: ", en: "Reason for the correction: ") + reason + "\n"
            }
            let codes = v.recommendations.map { l.pick(de: $0.labelDe, en: $0.labelEn) }
            text += l.pick(de: "Empfehlungen: ", en: "Recommendations: ") + codes.joined(separator: "; ") + "\n"
            text += l.pick(de: "Notiz:\n", en: "Note:\n") + "  " + (v.note ?? "").replacingOccurrences(of: "\n", with: "\n  ") + "\n"
            return text
        }.joined(separator: "\n")
    }

    /// Follow-up steps as a table; overdue ones flagged.
    public static func steps(_ rows: [LotseWire.Step], _ l: OutputLanguage) -> String {
        guard !rows.isEmpty else { return l.pick(de: "Keine Schritte.\n", en: "No steps.\n") }
        var table = TextTable(header: [
            l.pick(de: "Nr.", en: "No."), l.pick(de: "Klient:in", en: "Client"), l.pick(de: "Fällig", en: "Due"),
            l.pick(de: "Status", en: "Status"), l.pick(de: "Zuständig", en: "Owner"), l.pick(de: "Schritt", en: "Step"),
        ])
        for row in rows {
            var status = CaseworkLabels.worded(row.status.rawValue, as: FollowUpStepStatus.self, l)
            if row.overdue { status += l.pick(de: " (überfällig!)", en: " (overdue!)") }
            table.add([
                String(row.id), CaseworkLabels.client(row.client, l), DateText.show(row.dueOn),
                status, "\(row.ownerUser) (\(role(row.ownerRole.rawValue, l)))",
                row.description.replacingOccurrences(of: "\n", with: " "),
            ])
        }
        return table.rendered
    }
}
