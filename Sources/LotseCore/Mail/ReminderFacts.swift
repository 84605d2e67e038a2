import Foundation

/// The values a reminder is rendered from. Only privacy-safe kinds of value can be held
/// here (see `MailPlaceholder`); the fields a kind does not use stay `nil`.
public struct ReminderFacts: Sendable, Equatable, Codable {
    /// One line of a session list.
    public struct Appointment: Sendable, Equatable, Codable {
        /// Start of the slot.
        public var start: Date
        /// The client's pseudonym.
        public var pseudonym: String
        /// A list line.
        public init(start: Date, pseudonym: String) {
            self.start = start
            self.pseudonym = pseudonym
        }
    }

    /// One line of the coordinators' digest of referrals over the waiting limit.
    public struct Overdue: Sendable, Equatable, Codable {
        /// The client's pseudonym (`—` for a consultation without a client).
        public var pseudonym: String
        /// When it was referred.
        public var referredAt: Date
        /// Whole weeks waited.
        public var weeks: Int
        /// A digest line.
        public init(pseudonym: String, referredAt: Date, weeks: Int) {
            self.pseudonym = pseudonym
            self.referredAt = referredAt
            self.weeks = weeks
        }
    }

    /// The district's name.
    public var district: String
    /// The client's pseudonym.
    public var pseudonym: String?
    /// The instant of the event (appointment, session, due day, alert, failure).
    public var when: Date?
    /// The place of the session.
    public var place: String?
    /// Year and month of a roster.
    public var month: MonthOfYear?
    /// Whole weeks waited.
    public var weeks: Int?
    /// A session's appointments.
    public var appointments: [Appointment]?
    /// The undeliverable mail's recipient (delivery notices).
    public var address: String?
    /// The undeliverable mail's outbox reference (delivery notices).
    public var reference: String?
    /// The booked appointment's number (caseworker mail about an appointment).
    public var appointment: Int64?
    /// The referrals over the waiting limit (the coordinators' digest).
    public var overdue: [Overdue]?
    /// The Unix account that raised an acute-risk alert.
    public var account: String?
    /// Whether the alert's pseudonym is one of the raising account's clients.
    public var ownClient: Bool?

    /// Facts for one reminder; pass only what the kind uses.
    public init(district: String, pseudonym: String? = nil, when: Date? = nil, place: String? = nil,
                month: MonthOfYear? = nil, weeks: Int? = nil, appointments: [Appointment]? = nil,
                address: String? = nil, reference: String? = nil, account: String? = nil, ownClient: Bool? = nil,
                appointment: Int64? = nil, overdue: [Overdue]? = nil) {
        self.district = district
        self.pseudonym = pseudonym
        self.when = when
        self.place = place
        self.month = month
        self.weeks = weeks
        self.appointments = appointments
        self.address = address
        self.reference = reference
        self.appointment = appointment
        self.overdue = overdue
        self.account = account
        self.ownClient = ownClient
    }

    /// The pseudonym when the mail is about a client (a case consultation may name none).
    var namedClient: String? { pseudonym.flatMap { Self.isNamed($0) ? $0 : nil } }

    /// Whether `pseudonym` names a client (not empty, not the "—" of no client).
    static func isNamed(_ pseudonym: String) -> Bool { !pseudonym.isEmpty && pseudonym != "—" }

    /// The text for `placeholder`, stripped of CR, LF and NUL, or `nil` when the fact is
    /// missing. `appointments` is the one multi-line value: lines built here, each cleaned.
    public func text(for placeholder: MailPlaceholder, language: MessageLanguage, timeZone: TimeZone) -> String? {
        let raw: String?
        switch placeholder {
        case .pseudonym: raw = pseudonym
        case .about:
            raw = namedClient.map { language.pick(de: " zu \($0)", en: " on \($0)") } ?? ""
        case .forClient:
            raw = namedClient.map { language.pick(de: " für \($0)", en: " for \($0)") } ?? ""
        case .date: raw = when.map { MailDate.longDay($0, in: timeZone, language: language) }
        case .time: raw = when.map { MailDate.time($0, in: timeZone) }
        case .place: raw = place
        case .district: raw = district
        case .month: raw = month.map { MailDate.month(year: $0.year, month: $0.month, language: language) }
        case .weeks: raw = weeks.map(String.init)
        case .count: raw = (appointments?.count ?? overdue?.count).map(String.init)
        case .address: raw = address
        case .reference: raw = reference
        case .appointment: raw = appointment.map(String.init)
        case .account: raw = account
        case .standing:
            raw = ownClient.map { own in
                own ? language.pick(de: "gehört zu den Klient:innen dieses Kontos", en: "is one of this account's clients")
                    : language.pick(de: "gehört nicht zu den Klient:innen dieses Kontos (vertippt, unbekannt oder fremd) – bitte beim Konto nachfragen",
                                    en: "is not one of this account's clients (mistyped, unknown or another caseworker's) – please ask the account holder")
            }
        case .overdue:
            return overdue.map { list in
                list.sorted { ($0.referredAt, $0.pseudonym) < ($1.referredAt, $1.pseudonym) }
                    .map { line in
                        let since = MailDate.longDay(line.referredAt, in: timeZone, language: language)
                        return "  " + HeaderText.stripped(line.pseudonym) + "  "
                            + language.pick(de: "angemeldet \(since), wartet seit \(line.weeks) Wochen",
                                            en: "referred \(since), waiting for \(line.weeks) weeks")
                    }
                    .joined(separator: "\n")
            }
        case .appointments:
            return appointments.map { list in
                list.sorted { $0.start < $1.start }
                    .map { line in
                        // A case consultation without a client is named as such, not "—".
                        let who = Self.isNamed(line.pseudonym) ? HeaderText.stripped(line.pseudonym)
                            : language.pick(de: "Fallberatung", en: "case consultation")
                        return "  " + MailDate.time(line.start, in: timeZone) + "  " + who
                    }
                    .joined(separator: "\n")
            }
        }
        return raw.map(HeaderText.stripped)
    }
}

/// A calendar month, e.g. of a roster.
public struct MonthOfYear: Sendable, Hashable, Codable {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// A month.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }
}
