import LotseCore
import LotseStore

/// Reads and checks the caseworker's referral fields from a call, each with a sentence
/// in both languages that names the field, before the model sees them.
enum ReferralInput {
    /// `text` as `read` takes it, or a refusal of `field` saying what `text` is not
    /// (`en`, `de`: "a referral kind (…)", "keine Art der Anmeldung (…)").
    static func code<T>(_ text: String, field: String, _ read: (String) -> T?, isNot en: String, _ de: String) throws(CaseworkFailure) -> T {
        guard let value = read(text) else { throw .invalid(field, en: "\"\(text)\" is not \(en)", de: "„\(text)“ ist \(de)") }
        return value
    }

    static func kind(_ text: String) throws(CaseworkFailure) -> ReferralKind {
        try code(text, field: "kind", ReferralKind.init(rawValue:), isNot: "a referral kind (assessment, follow-up, consultation)",
                 "keine Art der Anmeldung (assessment, follow-up, consultation)")
    }

    static func language(_ text: String) throws(CaseworkFailure) -> LanguageCode {
        try code(text, field: "language", { LanguageCode($0) }, isNot: "a known ISO 639 language code (for example ar, uk, fa, prs, ti)",
                 "kein bekannter ISO-639-Sprachcode (zum Beispiel ar, uk, fa, prs, ti)")
    }

    static func urgency(_ text: String) throws(CaseworkFailure) -> Urgency {
        try code(text, field: "urgency", Urgency.init(rawValue:), isNot: "an urgency (routine, elevated, high)",
                 "keine Dringlichkeit (routine, elevated, high)")
    }

    static func note(_ text: String) throws(CaseworkFailure) -> String {
        try bounded(text, field: "note", max: ReferralDetails.maxNoteLength, allowEmpty: true)
    }

    /// A free text within `max` characters, without control characters or direction marks;
    /// `oneLine` for the fields shown in one table cell or header line (reasons, titles).
    static func bounded(_ text: String, field: String, max: Int, allowEmpty: Bool = false, oneLine: Bool = false) throws(CaseworkFailure) -> String {
        switch TextRule.check(text, field: field, max: max, allowEmpty: allowEmpty, oneLine: oneLine) {
        case .success(let checked): return checked
        case .failure(let error): throw .model(error)
        }
    }

    static func unavailableDates(_ texts: [String], call: CaseworkCall) throws(CaseworkFailure) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for text in texts { dates.append(try call.futureDate(text, field: "unavailable dates")) }
        return dates
    }

    /// Consent scopes by their names, or the failure naming the first unknown one.
    static func consentScopes(_ texts: [String]) throws(CaseworkFailure) -> Set<ConsentScope> {
        var scopes: Set<ConsentScope> = []
        for text in texts {
            guard let scope = ConsentScope(rawValue: text) else {
                throw .invalid("scope", en: "\"\(text)\" is not a consent scope (screening, referral, exchange-with-specialist)",
                               de: "„\(text)“ ist kein Umfang einer Einwilligung (screening, anmeldung, austausch-mit-fachkraft)")
            }
            scopes.insert(scope)
        }
        return scopes
    }

    /// Specialist ids that must all exist.
    static func specialists(_ ids: [Int64], field: String, db: Connection) throws(CaseworkFailure) -> [SpecialistID] {
        var found: [SpecialistID] = []
        for id in ids { found.append(try specialist(id, field: field, db: db)) }
        // Excluding every specialist there is leaves the referral nobody it could ever be
        // planned with: refused, rather than waiting for good with the reason "excluded".
        if !found.isEmpty {
            let total: Int
            do { total = try db.fetchValue(Int.self, "SELECT count(*) FROM specialists") ?? 0 } catch { throw CaseworkFailure(storeError: error) }
            if Set(found).count >= total {
                throw .invalid(field, en: "that excludes every specialist; the referral could never get an appointment",
                               de: "das schließt alle Fachkräfte aus; die Anmeldung könnte nie einen Termin bekommen")
            }
        }
        return found
    }

    /// The reason given for an urgency, checked, or nil when none is given.
    static func urgencyReason(_ text: String?) throws(CaseworkFailure) -> String? {
        guard let text else { return nil }
        return try bounded(text, field: "urgency reason", max: Triage.maxReasonLength, oneLine: true)
    }

    /// A specialist id that must exist.
    static func specialist(_ id: Int64, field: String, db: Connection) throws(CaseworkFailure) -> SpecialistID {
        let count: Int
        do { count = try db.fetchValue(Int.self, "SELECT count(*) FROM specialists WHERE id = ?", [id]) ?? 0 } catch {
            throw CaseworkFailure(storeError: error)
        }
        guard count == 1 else {
            throw .invalid(field, en: "there is no specialist \(id) (lotse specialist list shows them)",
                           de: "es gibt keine Fachkraft \(id) (lotse specialist list zeigt sie)")
        }
        return SpecialistID(id)
    }
}

import Foundation
