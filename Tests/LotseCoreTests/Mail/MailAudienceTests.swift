import Foundation
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
}
