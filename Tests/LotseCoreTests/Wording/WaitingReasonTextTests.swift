import Testing
@testable import LotseCore
import LotseTestSupport

/// Waiting reasons and the plan's proof in the reader's language (#16 "German first").
@Suite struct WaitingReasonTextTests {
    /// Every sentence the planner (`PlanReasons`, `PlannerBridge`), the roster service and
    /// the appointment cancellation write, as they write them.
    static let stored: [(code: String, detail: String)] = [
        ("no-language-match", "no slot this month offers Tigrinya"),
        ("no-language-match", "no slot this month offers Ukrainian (no specialist or interpreter)"),
        ("no-kind-match", "no slot this month offering Arabic takes a consultation"),
        ("no-kind-match", "no slot in Dari accepts follow-up referrals this month"),
        ("unavailable", "the one Arabic slot for an assessment falls on dates the client is unavailable or before the referral on 2026-11-06"),
        ("unavailable", "all 4 Russian slots for a follow-up fall on dates the client is unavailable or before the referral on 2026-11-06"),
        ("unavailable", "the client cannot come on any day with a fitting slot this month"),
        ("excluded", "every slot that fits is with an excluded specialist (2, 3)"),
        ("excluded", "every fitting slot is with a specialist excluded for this referral"),
        ("client-busy", "client K-2026-0004 already has a slot this month (12 on 2027-01-05 at 14:00 with 1)"),
        ("quota-exhausted", "the quota of kornwestheim (1 slot this month) is used up"),
        ("quota-exhausted", "the quota of kornwestheim (3 slots this month) is used up"),
        ("quota-exhausted", "Kornwestheim's share this month is 3 of 15 slots: 1 base + 2 by population"),
        ("quota-exhausted", "Kornwestheim's share this month is 2 of 15 slots: fixed (quota.kornwestheim)"),
        ("caseworker-busy", "caseworker im-becker is already booked with another referral at the time of the one free slot that fits (2027-01-05 at 14:00 with 1)"),
        ("caseworker-busy", "caseworker im-becker is already booked with another referral at the time of all 3 free slots that fit"),
        ("caseworker-busy", "the caseworker im-becker already accompanies another client at that time"),
        ("outranked", "the one slot that fits (2027-01-05 at 14:00 with 1) went to an urgent referral; the plan as a whole weighs more that way"),
        ("outranked", "the one slot that fits (2027-01-05 at 14:00 with 1) went to another referral; the plan as a whole weighs more that way"),
        ("outranked", "all 4 slots that fit went to other referrals; the plan as a whole weighs more that way"),
        ("outranked", "all 4 slots that fit went to other referrals, all to urgent referrals; the plan as a whole weighs more that way"),
        ("outranked", "all 4 slots that fit went to other referrals, 2 of them to urgent referrals; the plan as a whole weighs more that way"),
        ("dropped", "removed from this roster by a coordinator"),
        ("session-cancelled", "the session of slot 7-2 was cancelled"),
        ("appointment-cancelled", "the appointment on 05.01.2027 14:00 was cancelled by the client; slot 1-1 is free"),
        ("appointment-cancelled", "the appointment on 05.01.2027 14:00 was cancelled by the service; slot 1-1 is free"),
        ("session-cancelled", "the session of its appointment on 05.01.2027 14:00 was cancelled"),
        ("no-show", "the client did not come to the appointment on 05.01.2027 14:00"),
        ("appointment-cancelled", "the appointment on 05.01.2027 14:00 was cancelled for the client"),
        ("appointment-cancelled", "the appointment on 05.01.2027 14:00 was cancelled by the service"),
        ("no-language-match", "no slot this month offers Persian (Farsi)"),
    ]

    @Test func everyStoredReasonReadsAsGermanWithItsParticularsAndNoEnglishWord() {
        for (code, detail) in Self.stored {
            let german = WaitingReasonText.words(code: code, detail: detail, language: .de)
            // "dropped" has no particulars: its sentence is the code's own.
            #expect(code == "dropped" || german != WaitingReasonText.generic(code, .de), "no German pattern for: \(detail)")
            #expect(ForeignWords.englishIn(german: german).isEmpty, "\(german)")
        }
        #expect(WaitingReasonText.words(code: "no-language-match", detail: "no slot this month offers Tigrinya", language: .de)
                == "kein Platz in diesem Monat bietet Tigrinya")
        #expect(WaitingReasonText.words(code: "unavailable", detail: Self.stored[4].detail, language: .de)
                .hasSuffix("vor der Anmeldung am 06.11.2026"))
        #expect(WaitingReasonText.words(code: "no-show", detail: "the client did not come to the appointment on 05.01.2027 14:00", language: .de)
                == "die Klient:in ist zum Termin am 05.01.2027 14:00 nicht erschienen")
        // A language named by an older version's shorter name, and by today's.
        for name in ["Persian", "Persian (Farsi)"] {
            #expect(WaitingReasonText.words(code: "no-language-match", detail: "no slot this month offers \(name)", language: .de)
                    == "kein Platz in diesem Monat bietet Persisch (Farsi)")
        }
        #expect(WaitingReasonText.words(code: "quota-exhausted", detail: Self.stored[12].detail, language: .de)
                == "der Anteil der Gemeinde Kornwestheim beträgt in diesem Monat 3 von 15 Terminen: 1 Sockel + 2 nach Einwohnerzahl")
    }

    @Test func englishKeepsTheStoredSentenceAndAnUnknownSentenceFallsBackToTheCodeNeverToEnglishInGerman() {
        #expect(WaitingReasonText.words(code: "outranked", detail: Self.stored[19].detail, language: .en) == Self.stored[19].detail)
        // The planner's ISO dates read as every other date of Lotse.
        #expect(WaitingReasonText.words(code: "outranked", detail: Self.stored[17].detail, language: .en)
                == "the one slot that fits (05.01.2027 at 14:00 with 1) went to an urgent referral; the plan as a whole weighs more that way")
        let unknown = WaitingReasonText.words(code: "outranked", detail: "a sentence from a future version", language: .de)
        #expect(unknown == WaitingReasonText.generic("outranked", .de))
        for code in Set(Self.stored.map(\.code)) + ["not-a-code"] {
            #expect(ForeignWords.englishIn(german: WaitingReasonText.generic(code, .de)).isEmpty, "\(code)")
            #expect(ForeignWords.germanIn(english: WaitingReasonText.generic(code, .en)).isEmpty, "\(code)")
            #expect(ForeignWords.germanIn(english: WaitingReasonText.words(code: code, detail: "", language: .en)).isEmpty)
        }
    }

    /// The outside check of issue 16: "bei Fachkraft 1", English "all 2 slots".
    @Test func aSlotNamesItsSpecialistByNameAndTwoSlotsAreBoth() {
        let named = "the one slot that fits (2027-01-05 at 14:00 with Dr. Haddad) went to another referral; the plan as a whole weighs more that way"
        #expect(WaitingReasonText.words(code: "outranked", detail: named, language: .de)
                == "der einzige passende Platz (05.01.2027 um 14:00 bei Dr. Haddad) ging an eine andere Anmeldung; so ist der Plan insgesamt besser")
        // A sentence stored by an older version, with the number.
        let numbered = "the one slot that fits (2027-01-05 at 14:00 with 1) went to another referral; the plan as a whole weighs more that way"
        #expect(WaitingReasonText.words(code: "outranked", detail: numbered, language: .de).contains("bei Fachkraft 1)"))
        let two = "all 2 slots that fit went to other referrals; the plan as a whole weighs more that way"
        #expect(WaitingReasonText.words(code: "outranked", detail: two, language: .en)
                == "both slots that fit went to other referrals; the plan as a whole weighs more that way")
        #expect(WaitingReasonText.words(code: "outranked", detail: two, language: .de).hasPrefix("beide passenden Plätze"))
    }

    @Test func aQuotaReasonNamesTheMunicipalityByItsNameInBothLanguages() {
        // Stored by an older version with the id, and as the planner writes it now.
        for stored in ["the quota of bietigheim-bissingen (3 slots this month) is used up",
                       "the quota of Bietigheim-Bissingen (3 slots this month) is used up"] {
            #expect(WaitingReasonText.words(code: "quota-exhausted", detail: stored, language: .de)
                    == "das Kontingent der Gemeinde Bietigheim-Bissingen (3 Plätze in diesem Monat) ist ausgeschöpft")
            #expect(WaitingReasonText.words(code: "quota-exhausted", detail: stored, language: .en)
                    == "the quota of Bietigheim-Bissingen (3 slots this month) is used up")
        }
        #expect(WaitingReasonText.words(code: "quota-exhausted", detail: Self.stored[10].detail, language: .en)
                == "the quota of Kornwestheim (1 slot this month) is used up")
        #expect(MunicipalityID("vaihingen-enz")?.name == "Vaihingen-Enz")
    }

    @Test func everyStoredReasonReadsAsEnglishWithNoGermanWord() {
        for (code, detail) in Self.stored {
            let english = WaitingReasonText.words(code: code, detail: detail, language: .en)
            #expect(ForeignWords.germanIn(english: english).isEmpty, "\(english)")
        }
    }

    @Test func theProofIsPlainWordsWithTheRightNumber() {
        #expect(PlanProofText.words(objective: 172, bound: 172, language: .de) == "optimal — kein besserer Plan möglich")
        #expect(PlanProofText.words(objective: 172, bound: 172, language: .en) == "optimal — no better plan possible")
        #expect(PlanProofText.words(objective: 171, bound: 172, language: .de) == "höchstens 1 Punkt besser möglich")
        #expect(PlanProofText.words(objective: 160, bound: 172, language: .de) == "höchstens 12 Punkte besser möglich")
        #expect(PlanProofText.words(objective: 171, bound: 172, language: .en) == "at most 1 point better possible")
        #expect(PlanProofText.words(objective: nil, bound: 3, language: .de) == nil)
    }
}
