import Foundation
import LotseCore
import Testing

/// The consent table shows recommendation codes and follow-up steps to the caseworker and
/// the coordinator always; only the specialist's note needs the exchange scope. The text
/// of `assessment show` hid the steps with the note ("The note and steps are visible to
/// the specialist and the caseworker only."), though the JSON carried them.
@Suite struct AssessmentStepsVisibleTests {
    @Test func withoutTheExchangeScopeTheTextShowsTheStepsAndHidesOnlyTheNote() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let client = try world.refer(1, scope: ["screening", "referral"])[0].client
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointment = try #require(try world.appointments()[client])
        let due = world.sessionDay.adding(days: 14).displayText
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", "Notiz nur für die Fachkraft",
                                       "--recommend", "psychosocial-centre", "--step", "\(due);caseworker;Termin im PSZ vereinbaren"],
                                      as: world.specialist)
        let id = String(try #require(recorded["assessment"]?["id"]?.integerValue))
        for user in [world.caseworker, world.coordinator] {
            let english = try world.lotse(["assessment", "show", id], as: user)
            #expect(english.status == 0, "\(english.stderr)")
            #expect(english.stdout.contains("Steps:\n") && english.stdout.contains("Termin im PSZ vereinbaren"), "\(english.stdout)")
            #expect(english.stdout.contains("(The note is visible only to the specialist who wrote it and, with consent to the exchange, to the caseworker.)"))
            #expect(!english.stdout.contains("Notiz nur für die Fachkraft"))
            let german = try world.daemon.runLotse(["assessment", "show", id], as: user, environment: ["LANG": "de_DE.UTF-8"])
            #expect(german.stdout.contains("Schritte:\n") && german.stdout.contains("Termin im PSZ vereinbaren"), "\(german.stdout)")
            #expect(german.stdout.contains("(Die Notiz sehen nur die Fachkraft, die sie schrieb, und mit Einwilligung in den Austausch die Integrationsmanager:in.)"))
        }
    }
}
