import LotseCore
import LotseVarlink

/// The two calls that bring a new client onto the waiting list, as a caseworker's
/// `lotse` sends them: the consent (screening and referral, given today) and the referral
/// with both acute-risk answers no. Tests that fill a month send many of them in one go.
enum ReferralCalls {
    static func consentAndSubmit(_ pseudonym: String, today: CalendarDate, kind: String, language: String, urgency: String,
                                 unavailable: [String], excludedSpecialists: [Int64] = []) -> [VarlinkCall] {
        var submit: [String: JSONValue] = [
            "client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
            "kind": .string(kind), "language": .string(language), "interpreter": false,
            "urgency": .string(urgency), "urgencyReason": "Einschätzung im Erstgespräch",
            "unavailableDates": .array(unavailable.map { .string($0) }),
        ]
        if !excludedSpecialists.isEmpty { submit["excludedSpecialists"] = .array(excludedSpecialists.map { .integer($0) }) }
        return [VarlinkCall(method: "org.lotse.Referrals.RecordConsent",
                            parameters: ["client": .string(pseudonym), "givenOn": .string(today.description), "scope": ["screening", "referral"]]),
                VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: submit)]
    }
}
