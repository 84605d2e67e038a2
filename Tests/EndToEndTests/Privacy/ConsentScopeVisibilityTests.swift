import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 1, the reading side: for a client whose consent covers
/// `screening` and `referral` but not `exchange-with-specialist`, the specialist sees the
/// pseudonym, kind, language, interpreter and urgency of the appointment, but neither
/// the caseworker's referral note nor the screening; the caseworker sees the
/// recommendation codes and steps of the assessment, but not the specialist's note.
/// Recording the exchange scope opens both; withdrawing the consent closes them again
/// from that moment, and with `referral` gone the planning fields too.
@Suite(.serialized) struct ConsentScopeVisibilityTests {
    static let note = "Anamnese: Albträume, Schreckhaftigkeit."

    @Test func withoutTheExchangeScopeNeitherSideSeesTheOthersNotesAndWithdrawalClosesWhatWasOpen() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 1)
        let (referral, client) = try world.refer(1, scope: ["screening", "referral"], screening: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0])[0]
        let cw = world.caseworker
        // The caseworker sees the screening result on their own referral.
        #expect(try world.json(["referral", "show", String(referral)], as: cw)["referral"]?["screening"]?["instrument"] == "yesno10")
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let day = world.sessionDay.description

        func agendaRow() throws -> JSONValue? {
            let replies = try ForeignClient.call([VarlinkCall(method: "org.lotse.Assessments.Today", parameters: ["date": .string(day)])],
                                                 socket: world.daemon.socketPath, as: world.specialist)
            return replies.first?.parameters["appointments"]?.arrayValue?.first { $0["client"]?.stringValue == client }
        }
        let row = try #require(try agendaRow())
        #expect(row["kind"] == "assessment")
        #expect(row["language"] == "de")
        #expect(row["interpreter"] == false)
        #expect(row["urgency"]?.stringValue != nil)
        #expect(row["referralNote"] == .null)
        #expect(row["screening"] == .null)
        let text = try world.lotse(["session", "today", "--date", day], as: world.specialist)
        #expect(!text.stdout.contains("Schlafstörungen"), "\(text.stdout)")
        let history = try world.lotse(["screen", "history", client], as: world.specialist)
        #expect(history.status == 65, "\(history.stderr)")

        let appointment = try #require(row["id"]?.integerValue)
        let due = world.sessionDay.adding(days: 14).displayText
        let recorded = try world.json(["assessment", "record", String(appointment), "--note", Self.note,
                                       "--recommend", "outpatient-psychotherapy", "--step", "\(due);caseworker;Therapieplatz anfragen"],
                                      as: world.specialist)
        let assessment = String(try #require(recorded["assessment"]?["id"]?.integerValue))
        #expect(recorded["assessment"]?["note"]?.stringValue == Self.note)

        // The caseworker: codes and steps, no note.
        let seen = try #require(try world.json(["assessment", "show", assessment], as: cw)["assessment"])
        #expect(seen["note"] == .null)
        #expect(seen["noteVisible"] == false)
        #expect(seen["recommendations"]?.arrayValue?.first?["code"] == "outpatient-psychotherapy")
        #expect(seen["steps"]?.arrayValue?.first?["description"] == "Therapieplatz anfragen")
        let listed = try world.json(["assessment", "list", client], as: cw)["assessments"]?.arrayValue ?? []
        #expect(listed.count == 1 && listed.first?["note"] == .null)
        let shownText = try world.lotse(["assessment", "show", assessment], as: cw)
        #expect(!shownText.stdout.contains("Albträume"), "\(shownText.stdout)")
        // The author still reads the note.
        #expect(try world.json(["assessment", "show", assessment], as: world.specialist)["assessment"]?["note"]?.stringValue == Self.note)

        // The client agrees to the exchange: both sides see it now.
        #expect(try world.lotse(["client", "consent", client, "--date", world.sessionDay.displayText, "--scope", "exchange-with-specialist"], as: cw).status == 0)
        #expect(try world.json(["assessment", "show", assessment], as: cw)["assessment"]?["note"]?.stringValue == Self.note)
        let opened = try #require(try agendaRow())
        #expect(opened["referralNote"] == "Schlafstörungen seit der Flucht, Rückzug")
        #expect(opened["screening"]?["instrument"] == "yesno10")
        #expect(try world.lotse(["screen", "history", client], as: world.specialist).status == 0)

        // Withdrawn today: closed again from this moment, planning fields included.
        #expect(try world.lotse(["client", "consent", client, "--withdraw"], as: cw).status == 0)
        #expect(try world.json(["assessment", "show", assessment], as: cw)["assessment"]?["note"] == .null)
        let closed = try #require(try agendaRow())
        #expect(closed["referralNote"] == .null)
        #expect(closed["screening"] == .null)
        #expect(closed["kind"] == .null)
        #expect(closed["language"] == .null)
        #expect(try world.lotse(["screen", "history", client], as: world.specialist).status == 65)
        #expect(try world.lotse(["screen", "history", client], as: cw).status == 65)
        let ownReferral = try #require(try world.json(["referral", "show", String(referral)], as: cw)["referral"])
        #expect(ownReferral["note"] == .null)
        #expect(ownReferral["screening"] == .null)
        #expect(ownReferral["status"] == "closed")
    }
}
