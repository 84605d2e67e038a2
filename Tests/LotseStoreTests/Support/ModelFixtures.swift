import Foundation
import LotseCore
@testable import LotseStore

/// A fixture value that the model refused: the test data itself is wrong.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

/// Builders for domain values used across the repository tests.
enum Model {
    static func required<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw FixtureError(description: "invalid fixture: \(what)") }
        return value
    }

    static func date(_ text: String) throws -> CalendarDate { try required(CalendarDate(iso: text), text) }
    static func client(_ text: String) throws -> ClientID { try required(ClientID(text), text) }
    static func user(_ text: String) throws -> UserName { try required(UserName(text), text) }
    static func language(_ text: String) throws -> LanguageCode { try required(LanguageCode(text), text) }
    static func municipality(_ text: String) throws -> MunicipalityID { try required(MunicipalityID(text), text) }
    static func time(_ text: String) throws -> TimeOfDay { try required(TimeOfDay(parsing: text), text) }
    static func email(_ text: String) throws -> EmailAddress { try EmailAddress.validate(text).get() }

    /// A whole-second instant (the store keeps instants to the second).
    static func instant(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(1_767_225_600 + seconds)) }

    /// An active client of `caseworker` with one consent to screening and referral.
    static func clientWithConsent(_ pseudonym: String, caseworker: String = "anna") throws -> Client {
        var client = Client(id: try client(pseudonym), caseworker: try user(caseworker), municipality: try municipality("ludwigsburg"),
                            openedOn: try date("2026-01-05"))
        let consent = try Consent.make(givenOn: try date("2026-01-06"), scope: [.screening, .referral]).get()
        try client.record(consent).get()
        return client
    }

    static let result = ScreeningResult(instrument: "rhs-15", score: 17, band: "positive", positive: true,
                                        positiveByItemRule: false, urgency: .elevated)

    /// A 15-item instrument: items 1–14 (0–4) summed, positive from 12, or item 15 (0–10) at 5 or more.
    static let instrument = ScreeningInstrument(
        name: "rhs-15", title: "Refugee Health Screener 15", titleDe: "Refugee Health Screener 15", answerRanges: Array(repeating: 0...4, count: 14) + [0...10],
        scoring: .sum, scoredItems: Array(1...14),
        bands: [.init(name: "negative", scores: 0...11, urgency: .routine, positive: false),
                .init(name: "positive", scores: 12...56, urgency: .elevated, positive: true)],
        positiveIf: .init(item: 15, atLeast: 5))

    /// Answers that score 17: positive, elevated (`result`).
    static let answers = [3, 2, 4, 1, 0, 2, 2, 1, 0, 0, 1, 1, 0, 0, 6]

    /// A scored screening of `client` by anna.
    static func screening(_ id: ScreeningID, client: ClientID, on day: String = "2026-02-01",
                          acuteRisk: AcuteRiskAnswers = AcuteRiskAnswers(suicidality: false, dangerToOthers: false)) throws -> Screening {
        try Screening.perform(id: id, client: client, caseworker: try user("anna"), on: try date(day), acuteRisk: acuteRisk,
                              instrument: instrument, answers: answers).get()
    }

    static func details(kind: ReferralKind = .assessment, urgency: Urgency = .elevated, excluded: [SpecialistID] = [],
                        preferred: SpecialistID? = nil, note: String = "Schlafstörungen, Rückzug",
                        reason: String? = "Rückmeldung der Sprachkursleitung") throws -> ReferralDetails {
        try ReferralDetails.make(kind: kind, urgency: urgency, urgencyReason: reason, language: try language("ar"), interpreterNeeded: true,
                                 unavailableDates: [try date("2026-03-03"), try date("2026-02-24")],
                                 preferredSpecialist: preferred, excludedSpecialists: excluded, note: note,
                                 today: try date("2026-02-01")).get()
    }

    static func specialist(_ id: SpecialistID, user name: String = "dr-weber") throws -> Specialist {
        try Specialist.make(id: id, name: "Dr. Weber", qualification: "Fachärztin für Psychiatrie", languages: [try language("de"), try language("ar")],
                            email: try email("weber@example.org"), user: try user(name)).get()
    }
}
