import Foundation
import LotseCore
import Testing

/// One message of every kind in both languages, built from the shipped templates, read
/// back by Python's `email` parser and compared with stored golden files.
@Suite struct GoldenMessageTests {
    struct Built {
        var kind: ReminderKind
        var language: MessageLanguage
        var subject: String
        var body: String
        var raw: String
    }

    static func buildAll() throws -> [Built] {
        let composer = MailComposer(
            catalog: try MailTestSupport.shippedCatalog(),
            from: try MailTestSupport.address("lotse@landkreis.example"),
            fromName: "Lotse – Landkreis Göppingen",
            timeZone: MailTestSupport.berlin)
        let facts = MailTestSupport.sampleFacts()
        let sentAt = MailTestSupport.berlinTime(2026, 7, 1, 9, 5)
        var built: [Built] = []
        for language in MessageLanguage.allCases {
            for (index, kind) in ReminderKind.allCases.enumerated() {
                let text = try composer.text(kind: kind, language: language, facts: facts)
                let message = composer.message(
                    to: try MailTestSupport.address("im-nord@landkreis.example"),
                    subject: text.subject, body: text.body,
                    messageID: try MessageID(reminderKey: "\(index + 1)", domain: composer.messageIDDomain), date: sentAt)
                built.append(Built(kind: kind, language: language, subject: text.subject, body: text.body,
                                   raw: message.rendered(timeZone: MailTestSupport.berlin)))
            }
        }
        return built
    }

    @Test func pythonReadsBackEverySubjectAndBodyUnchanged() throws {
        let built = try Self.buildAll()
        #expect(built.count == ReminderKind.allCases.count * 2)
        let views = try MailTestSupport.readWithPython(built.map(\.raw))
        for (message, view) in zip(built, views) {
            let label = "\(message.language.rawValue)/\(message.kind.rawValue)"
            #expect(view.subject == message.subject, "\(label)")
            #expect(view.body == message.body, "\(label)")
            #expect(view.defects.isEmpty, "\(label): \(view.defects)")
            #expect(view.longest_line <= 78, "\(label)")
            #expect(view.to == ["im-nord@landkreis.example"], "\(label)")
            #expect(view.from_address == "lotse@landkreis.example", "\(label)")
            #expect(view.from_name == "Lotse – Landkreis Göppingen", "\(label)")
            #expect(view.content_type == "text/plain" && view.charset?.lowercased() == "utf-8", "\(label)")
            #expect(view.transfer_encoding == "quoted-printable", "\(label)")
            #expect(view.auto_submitted == "auto-generated", "\(label)")
            #expect(view.mime_version == "1.0", "\(label)")
            #expect(view.date == "2026-07-01T09:05:00+02:00", "\(label)")
            #expect(view.header_count == 9, "\(label)")
        }
    }

    @Test func everyMessageIsSevenBitWhileItsGermanWordsKeepUmlautsAndSharpS() throws {
        for message in try Self.buildAll() {
            let label = "\(message.language.rawValue)/\(message.kind.rawValue)"
            // English subjects carry no German words (no district name either, as the German
            // ones carry none); the encoded-word subject is proven by the German ones.
            if message.language == .de {
                #expect(message.subject.contains { "äöüÄÖÜß".contains($0) }, "\(label) subject: \(message.subject)")
            }
            #expect(message.body.contains("ß") && message.body.contains { "äöüÄÖÜ".contains($0) }, "\(label)")
            #expect(!message.raw.unicodeScalars.contains { $0.value > 127 }, "\(label): raw message must be 7-bit")
        }
    }

    @Test func messagesMatchTheGoldenFiles() throws {
        let directory = MailTestSupport.packageRoot.appendingPathComponent("Tests/Support/mail-golden")
        let regenerate = ProcessInfo.processInfo.environment["LOTSE_REGENERATE_GOLDEN"] == "1"
        for message in try Self.buildAll() {
            let file = directory.appendingPathComponent("\(message.language.rawValue)/\(message.kind.rawValue).eml")
            if regenerate {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try message.raw.write(to: file, atomically: true, encoding: .utf8)
            }
            let golden = try String(contentsOf: file, encoding: .utf8)
            #expect(golden == message.raw, "\(file.path) differs; set LOTSE_REGENERATE_GOLDEN=1 to rewrite after checking the change")
        }
    }
}
