import Foundation
import LotseCore
import Testing

/// A mail names only what its reader can do: the specialist's session list points to the
/// specialist's own view (a specialist may not run `lotse roster show`), and the
/// caseworker's appointment mail speaks of the client who may not come, not of the
/// caseworker.
@Suite struct MailAudienceTests {
    static func template(_ language: String, _ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Config/mail/\(language)/\(name).txt"), encoding: .utf8)
    }

    @Test(arguments: ["de", "en"]) func theSpecialistsSessionListNamesTheSpecialistsOwnCommand(language: String) throws {
        let text = try Self.template(language, "session-list")
        #expect(text.contains("lotse session today"))
        #expect(!text.contains("lotse roster"), "a specialist may not run roster commands")
    }

    @Test func thePublishedAppointmentAsksAboutTheClientNotTheCaseworker() throws {
        #expect(!(try Self.template("de", "appointment-published")).contains("Können Sie den Termin nicht wahrnehmen"))
        #expect(try Self.template("de", "appointment-published").contains("Kann {{pseudonym}} den Termin nicht wahrnehmen"))
        #expect(try Self.template("en", "appointment-published").contains("If {{pseudonym}} cannot keep the appointment"))
    }

    @Test func aCaseConsultationIsRemindedAsTheCaseworkersOwnAppointmentWithoutTheClient() throws {
        for name in ["consultation-reminder", "consultation-published"] {
            let de = try Self.template("de", name), en = try Self.template("en", name)
            #expect(!de.contains("begleiten") && !en.contains("accompany"), "\(name): the client does not come")
            #expect(de.contains("Können Sie den Termin nicht wahrnehmen"), "\(name): the caseworker attends")
            #expect(en.contains("If you cannot keep the appointment"), "\(name)")
            #expect(de.contains("lotse appointment cancel {{appointment}}") && en.contains("lotse appointment cancel {{appointment}}"))
        }
        for name in ["appointment-reminder", "appointment-published"] {
            #expect(try Self.template("de", name).contains("lotse appointment cancel {{appointment}}"))
            #expect(!(try Self.template("de", name)).contains("lotse referral show"), "\(name): referral show cannot cancel")
        }
        let start = MailTestSupport.berlinTime(2026, 3, 3, 14, 30)
        let caseworker = MailRecipient(address: try MailTestSupport.address("im-nord@landkreis.example"), language: .de)
        let planner = ReminderPlanner(district: "D")
        let at = start.addingTimeInterval(-ReminderPlanner.day)
        let consultation = AppointmentSubject(id: "7", start: start, place: "P", pseudonym: "K-2026-0042", caseworker: caseworker, consultation: true)
        let assessment = AppointmentSubject(id: "8", start: start, place: "P", pseudonym: "K-2026-0043", caseworker: caseworker)
        #expect(planner.appointmentReminders(for: [consultation, assessment], at: at).map(\.kind) == [.consultationReminder, .appointmentReminder])
    }
}
