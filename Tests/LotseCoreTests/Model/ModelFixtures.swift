import Foundation
@testable import LotseCore

/// Small builders for model tests; inputs are literals known to be valid, so failures
/// here surface as test errors through `get()`, never as traps.
enum ModelFixtures {
    struct Invalid: Error { let what: String }

    static func date(_ text: String) throws -> CalendarDate {
        guard let d = CalendarDate(iso: text) else { throw Invalid(what: text) }
        return d
    }

    static func user(_ text: String) throws -> UserName {
        guard let u = UserName(text) else { throw Invalid(what: text) }
        return u
    }

    static func language(_ code: String) throws -> LanguageCode {
        guard let l = LanguageCode(code) else { throw Invalid(what: code) }
        return l
    }

    static func municipality(_ id: String = "kornwestheim") throws -> MunicipalityID {
        guard let m = MunicipalityID(id) else { throw Invalid(what: id) }
        return m
    }

    static func client(_ text: String = "K-2026-0042") throws -> ClientID {
        guard let c = ClientID(text) else { throw Invalid(what: text) }
        return c
    }

    static func details(kind: ReferralKind = .assessment, urgency: Urgency = .elevated, language: String = "uk",
                        excluded: [SpecialistID] = [], unavailable: [CalendarDate] = [], today: String = "2026-11-02") throws -> ReferralDetails {
        try ReferralDetails.make(kind: kind, urgency: urgency, urgencyReason: "stated by the caseworker",
                                 language: try self.language(language), interpreterNeeded: true,
                                 unavailableDates: unavailable, excludedSpecialists: excluded, note: "sleeps badly",
                                 today: try date(today)).get()
    }

    static func referral(id: Int64 = 1, details: ReferralDetails? = nil, referredOn: String = "2026-11-02",
                         notBefore: String? = nil) throws -> Referral {
        try Referral.submit(id: ReferralID(id), client: try client(), caseworker: try user("anna"), municipality: try municipality(),
                            details: try details ?? self.details(), screening: nil, consentBasis: .override(reason: "test"),
                            referredOn: try date(referredOn), notBefore: try notBefore.map(date)).get()
    }

    static func session(id: Int64 = 1, date: String = "2026-12-01", start: String = "14:00", slots: Int = 3,
                        kinds: Set<ReferralKind> = [.assessment, .followUp], interpreters: [String] = ["uk"]) throws -> Session {
        guard let t = TimeOfDay(parsing: start) else { throw Invalid(what: start) }
        return try Session.make(id: SessionID(id), specialist: SpecialistID(2), date: try self.date(date), start: t, slotCount: slots,
                                slotMinutes: 60, place: "Landratsamt, Raum 2.114", kinds: kinds,
                                interpreterLanguages: Set(try interpreters.map(language))).get()
    }

    static let instant = Date(timeIntervalSince1970: 1_795_000_000)
}
