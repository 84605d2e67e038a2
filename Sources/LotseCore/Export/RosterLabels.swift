/// The words and number and date formats of the printed roster, in German or English.
/// German follows what people in German offices write: `Di., 01.12.2026, 14:00`, decimal
/// comma, `78 %` with a space.
public struct RosterLabels: Sendable {
    /// The language.
    public let language: MessageLanguage

    /// Labels for a language.
    public init(_ language: MessageLanguage) { self.language = language }

    private func pick(_ de: String, _ en: String) -> String { language.pick(de: de, en: en) }

    /// The name of the service, heading every page.
    public var service: String { pick("Traumasprechstunde", "Trauma consultation") }
    /// "Roster".
    public var roster: String { pick("Terminplan", "Roster") }
    /// "Version".
    public var version: String { "Version" }
    /// The column heading for a slot's time.
    public var time: String { pick("Zeit", "Time") }
    /// The column heading for the pseudonym.
    public var pseudonym: String { pick("Pseudonym", "Pseudonym") }
    /// The column heading for the caseworker.
    public var caseworker: String { pick("Integrationsmanager:in", "Caseworker") }
    /// The column heading for language and interpreter.
    public var languageAndInterpreter: String { pick("Sprache / Dolmetschung", "Language / interpreter") }
    /// The column heading for the kind of appointment.
    public var kind: String { pick("Art", "Kind") }
    /// The label before a session's place.
    public var place: String { pick("Ort", "Place") }
    /// The label before the specialist's name.
    public var specialist: String { pick("Fachkraft", "Specialist") }
    /// The label before the booked interpreter languages.
    public var interpreters: String { pick("Dolmetscher:innen", "Interpreters") }
    /// Shown after a language when an interpreter is needed.
    public var withInterpreter: String { pick("Dolmetschung", "interpreter") }
    /// Shown in a free slot.
    public var free: String { pick("frei", "free") }
    /// Shown when the month has no sessions.
    public var noSessions: String { pick("In diesem Monat sind keine Sprechstunden geplant.", "No sessions are planned this month.") }
    /// The waiting list's heading.
    public var waitingList: String { pick("Warteliste", "Waiting list") }
    /// Shown when nobody waits.
    public var nobodyWaiting: String { pick("Niemand wartet.", "Nobody is waiting.") }
    /// The column heading for urgency.
    public var urgency: String { pick("Dringlichkeit", "Urgency") }
    /// The column heading for waiting time.
    public var waiting: String { pick("Wartezeit", "Waiting") }
    /// The column heading for the reason.
    public var reason: String { pick("Grund", "Reason") }
    /// The statistics heading.
    public var statistics: String { pick("Statistik", "Statistics") }
    /// The label for used slots.
    public var slotsUsed: String { pick("Plätze vergeben", "Slots used") }
    /// The label for the waiting-time median.
    public var waitingMedian: String { pick("Wartezeit (Median)", "Waiting time (median)") }
    /// The label for the waiting-time maximum.
    public var waitingMaximum: String { pick("Wartezeit (Maximum)", "Waiting time (maximum)") }
    /// The column heading for municipalities.
    public var municipality: String { pick("Gemeinde", "Municipality") }
    /// The column heading for appointments per municipality.
    public var appointments: String { pick("Termine", "Appointments") }
    /// The column heading for a municipality's share.
    public var share: String { pick("Anteil", "Share") }
    /// The column heading for a municipality's quota.
    public var quota: String { pick("Kontingent", "Quota") }
    /// The print footer's privacy note, saying truthfully what the page holds: being on
    /// the roster of a trauma consultation is itself health data (GDPR Art. 9), and the
    /// waiting list's urgency comes from the screening (or a caseworker's health-based
    /// reason). `withUrgency` is false when the page shows no waiting entry.
    public func confidential(withUrgency: Bool) -> String {
        let urgency = withUrgency
            ? pick(" und in der Warteliste die Dringlichkeit, die aus dem Screening stammt",
                   " and, in the waiting list, the urgency, which comes from the screening")
            : ""
        return pick("Nur für den Dienstgebrauch. Enthält Gesundheitsdaten (Art. 9 DSGVO): Pseudonyme mit ihren Terminen der Traumasprechstunde\(urgency). Keine Namen, Diagnosen, Screening-Antworten oder Notizen.",
                    "For internal use only. Contains health data (GDPR Art. 9): pseudonyms with their trauma-consultation appointments\(urgency). No names, diagnoses, screening answers or notes.")
    }
    /// "none" for an absent value.
    public var none: String { "—" }
    /// In place of a pseudonym for a case consultation the caseworker holds without a
    /// client: said, so that it does not read like a lost record.
    public var withoutClient: String { pick("(Fallberatung)", "(consultation)") }
    /// In place of a referral's language, kind or urgency whose client's consent to
    /// `referral` is not in force (any more) on the day the roster is printed.
    public var withheld: String { pick("keine Einwilligung", "no consent") }

    /// The review state in words.
    public func state(_ state: RosterStatus) -> String {
        switch state {
        case .draft: pick("Entwurf", "Draft")
        case .approved: pick("Freigegeben", "Approved")
        case .published: pick("Veröffentlicht", "Published")
        case .superseded: pick("Ersetzt", "Superseded")
        }
    }

    /// Where a booking stands now, in words (`abgesagt (Klient:in)`), as the printed
    /// roster marks a booking of a frozen version that no longer holds.
    public func bookingState(_ state: BookingState) -> String {
        switch state {
        case .planned: pick("geplant", "planned")
        case .booked: pick("gebucht", "booked")
        case .attended: pick("wahrgenommen", "attended")
        case .noShow: pick("nicht erschienen", "no-show")
        case .cancelledByClient: pick("abgesagt (Klient:in)", "cancelled by the client")
        case .cancelledByService: pick("abgesagt (Dienst)", "cancelled by the service")
        case .sessionCancelled: pick("Sprechstunde abgesagt", "session cancelled")
        }
    }

    /// The appointment kind in words.
    public func kind(_ kind: ReferralKind) -> String {
        switch kind {
        case .assessment: pick("Erstvorstellung", "Assessment")
        case .followUp: pick("Wiedervorstellung", "Follow-up")
        case .consultation: pick("Fallberatung", "Consultation")
        }
    }

    /// The urgency in words.
    public func urgency(_ urgency: Urgency) -> String {
        switch urgency {
        case .routine: pick("regulär", "routine")
        case .elevated: pick("erhöht", "elevated")
        case .high: pick("hoch", "high")
        }
    }

    /// "over the 8-week limit", for flagged waiting entries.
    public func overLimit(_ weeks: Int) -> String {
        pick("über \(weeks) Wochen", "over \(weeks) weeks")
    }

    /// `"14 von 18 (78 %)"`.
    public func usedOfTotal(_ used: Int, _ total: Int) -> String {
        let ratio = total > 0 ? " (\(percent(Double(used) / Double(total))))" : ""
        return pick("\(used) von \(total)", "\(used) of \(total)") + ratio
    }

    /// `"3 Wochen"`, `"1 week"`.
    public func weeks(_ count: Int) -> String {
        count == 1 ? pick("1 Woche", "1 week") : pick("\(count) Wochen", "\(count) weeks")
    }

    /// `"3,5 Wochen"`: weeks with at most one decimal; `—` for a value that is not a number.
    public func weeks(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return none }
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return weeks(tenths / 10) }
        let text = "\(tenths / 10)\(pick(",", "."))\(abs(tenths % 10))"
        return pick("\(text) Wochen", "\(text) weeks")
    }

    /// `"78 %"` (German, with a no-break space) or `"78%"` (English), rounded to whole percent; `—` for a value that is not a number.
    public func percent(_ fraction: Double) -> String {
        guard fraction.isFinite, abs(fraction) < 1e9 else { return none }
        let value = Int((fraction * 100).rounded())
        return pick("\(value)\u{00A0}%", "\(value)%")
    }

    /// The month's name and year: `Dezember 2026`.
    public func month(_ month: CalendarMonth) -> String {
        "\(CalendarWords.month(month.month, language) ?? String(month.month)) \(month.year)"
    }

    /// A day with its weekday: `Di., 01.12.2026` or `Tue, 01.12.2026` — the date written
    /// as everywhere else in Lotse's output, in both languages, so a printed roster and the
    /// waiting reasons on the same page never show one day in two forms.
    public func day(_ date: CalendarDate) -> String {
        "\(CalendarWords.weekday(iso: date.weekday.rawValue, language, short: true) ?? ""), \(date.displayText)"
    }

    /// A day and time: `Di., 01.12.2026, 14:00` or `Tue, 01.12.2026, 14:00`.
    public func dayAndTime(_ time: LocalDateTime) -> String {
        "\(day(time.date)), \(time.timeText)"
    }

    /// A span of time on one day: `14:00–14:45`.
    public func span(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        "\(start.timeText)–\(end.timeText)"
    }
}
