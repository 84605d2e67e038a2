import Foundation
import LotseCore
import Testing

/// The specialist's tables for people, in German and English, compared with expected
/// files in `Tests/Support/specialist-expected/`. Dates and pseudonyms depend on the day
/// the test runs, so they are replaced by placeholders of the same width first.
@Suite(.serialized) struct SpecialistOutputTests {
    static func expected(_ name: String) throws -> String {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Support/specialist-expected/" + name).path
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theSpecialistsDayAssessmentAndStepsReadAsExpectedInGermanAndEnglish() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let clients = try world.refer(2)
        try world.publish()
        try world.moveClock(to: world.sessionDay)
        let appointments = try world.appointments()
        let first = try #require(appointments[clients[0].client])
        let due = world.sessionDay.adding(days: 14)
        let recorded = try world.json(["assessment", "record", String(first), "--note", "Schlafstörungen, Albträume; stabil im Gespräch.",
                                       "--recommend", "outpatient-psychotherapy", "--recommend", "present-again:6",
                                       "--step", "\(due.displayText);caseworker;Antrag auf Psychotherapie stellen",
                                       "--step", "\(due.displayText);specialist;Kurzbefund senden"], as: world.specialist)
        let assessment = String(try #require(recorded["assessment"]?["id"]?.integerValue))
        func normalised(_ text: String) -> String {
            var result = text
            for (index, client) in clients.enumerated() { result = result.replacingOccurrences(of: client.client, with: "K-JJJJ-000\(index + 1)") }
            result = result.replacingOccurrences(of: world.sessionDay.displayText, with: "TT.MM.JJJJ")
            result = result.replacingOccurrences(of: due.displayText, with: "FF.FF.FFFF")
            return result
        }
        for (language, suffix) in [("de_DE.UTF-8", "de"), ("C", "en")] {
            var text = ""
            for arguments in [["session", "today"], ["assessment", "show", assessment], ["followup", "list", "--client", clients[0].client]] {
                let output = try world.daemon.runLotse(arguments, as: world.specialist, environment: ["LANG": language])
                #expect(output.status == 0, "\(arguments): \(output.stderr)")
                text += "$ lotse \(arguments.joined(separator: " "))\n" + output.stdout
            }
            let shown = normalised(text)
            let wanted = try Self.expected("specialist-day.\(suffix).txt")
            #expect(shown == wanted, "\(suffix):\n\(shown)")
        }
    }
}
