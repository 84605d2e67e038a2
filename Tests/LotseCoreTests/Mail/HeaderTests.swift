import Foundation
import LotseCore
import Testing

@Suite struct HeaderTests {
    @Test func plainASCIISubjectIsWrittenAsItIs() {
        #expect(HeaderField(name: "Subject", value: "Roster for March").rendered(lineEnding: "\n") == "Subject: Roster for March")
    }

    @Test func nonASCIISubjectBecomesEncodedWordsOfAtMost75CharactersAndLinesOf78() {
        let value = String(repeating: "Überprüfung der Maßnahme ", count: 8)
        let rendered = HeaderField(name: "Subject", value: value).rendered(lineEnding: "\n")
        for line in rendered.split(separator: "\n") { #expect(line.count <= 78) }
        for word in EncodedWord.encode(value) {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?Q?") && word.hasSuffix("?="))
        }
        #expect(rendered.unicodeScalars.allSatisfy { $0.value < 127 })
    }

    @Test func longASCIISubjectIsFoldedAtSpaces() {
        let value = String(repeating: "word ", count: 40).trimmingCharacters(in: .whitespaces)
        let rendered = HeaderField(name: "Subject", value: value).rendered(lineEnding: "\n")
        let lines = rendered.split(separator: "\n")
        #expect(lines.count > 1)
        for line in lines { #expect(line.count <= 78) }
        #expect(lines.joined() == "Subject: " + value)
    }

    @Test func asciiTextThatLooksLikeAnEncodedWordIsEncoded() {
        #expect(!HeaderText.isPlainASCII("=?UTF-8?Q?x?="))
    }

    @Test func crLfAndNulAreStrippedFromEveryInsertedValue() throws {
        #expect(HeaderText.stripped("a\r\nBcc: evil@example.org\u{0}b") == "aBcc: evil@example.orgb")
        let message = MailMessage(
            fromName: "Lotse\r\nBcc: evil@example.org",
            from: try EmailAddress(validating: "lotse@example.org"),
            to: try EmailAddress(validating: "im@example.org"),
            subject: "Hallo\r\nBcc: evil@example.org",
            body: "Text\u{0}\r\nmehr",
            messageID: try MessageID(reminderKey: "1", domain: "example.org"),
            date: Date(timeIntervalSince1970: 0))
        let raw = message.rendered(timeZone: MailTestSupport.berlin)
        let headerLines = raw.components(separatedBy: "\n\n")[0].split(separator: "\n")
        #expect(!headerLines.contains { $0.hasPrefix("Bcc") })
        #expect(!raw.contains("\r") && !raw.contains("\u{0}"))
    }

    @Test func placeholderValuesAreStrippedToo() throws {
        let template = try MailTemplate(parsing: "Subject: Termin {{pseudonym}}\n\nOrt: {{place}}\n", file: "t.txt", kind: .appointmentPublished, language: .de)
        var facts = MailTestSupport.sampleFacts()
        facts.pseudonym = "K-1\r\nBcc: evil@example.org"
        facts.place = "Saal\n.\nQUIT"
        let text = try template.render(facts, timeZone: MailTestSupport.berlin)
        #expect(text.subject == "Termin K-1Bcc: evil@example.org")
        #expect(text.body == "Ort: Saal.QUIT\n")
    }

    @Test func crlfMessagesUseCrlfThroughout() throws {
        let message = MailMessage(
            fromName: "", from: try EmailAddress(validating: "lotse@example.org"), to: try EmailAddress(validating: "im@example.org"),
            subject: "Größe", body: "a\nb\n", messageID: try MessageID(reminderKey: "1", domain: "example.org"), date: Date(timeIntervalSince1970: 0))
        let raw = message.rendered(timeZone: MailTestSupport.berlin, lineEnding: "\r\n")
        #expect(!raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(raw.hasSuffix("a\r\nb\r\n"))
    }
}

@Suite struct MailDateTests {
    @Test func dateHeaderUsesBerlinOffsetInWinterAndSummer() {
        #expect(MailDate.header(MailTestSupport.berlinTime(2026, 1, 5, 8, 0), in: MailTestSupport.berlin) == "Mon, 5 Jan 2026 08:00:00 +0100")
        #expect(MailDate.header(MailTestSupport.berlinTime(2026, 7, 1, 9, 5), in: MailTestSupport.berlin) == "Wed, 1 Jul 2026 09:05:00 +0200")
    }

    @Test func dateHeaderAgreesWithDateFormatterInEnUSPOSIX() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = MailTestSupport.berlin
        formatter.dateFormat = "EEE, d MMM yyyy HH:mm:ss Z"
        var instant = Date(timeIntervalSince1970: 1_767_225_600)
        for _ in 0..<400 {
            #expect(MailDate.header(instant, in: MailTestSupport.berlin) == formatter.string(from: instant))
            instant.addTimeInterval(86_400 + 3_671)
        }
    }

    @Test func bodyDatesAreWrittenOutInTheRecipientsLanguage() {
        let instant = MailTestSupport.berlinTime(2026, 3, 3, 14, 30)
        #expect(MailDate.longDay(instant, in: MailTestSupport.berlin, language: .de) == "Dienstag, 3. März 2026")
        #expect(MailDate.longDay(instant, in: MailTestSupport.berlin, language: .en) == "Tuesday, 3 March 2026")
        #expect(MailDate.time(instant, in: MailTestSupport.berlin) == "14:30")
        #expect(MailDate.month(year: 2026, month: 12, language: .de) == "Dezember 2026")
    }
}

@Suite struct MessageIDTests {
    @Test func theSameReminderAlwaysGetsTheSameMessageID() throws {
        let first = try MessageID(reminderKey: "42", domain: "landkreis.example")
        #expect(first.value == "<lotse.reminder.42@landkreis.example>")
        #expect(first == (try MessageID(reminderKey: "42", domain: "landkreis.example")))
        #expect(first != (try MessageID(reminderKey: "43", domain: "landkreis.example")))
    }

    @Test func keysWithOtherCharactersAreEscapedIntoAValidID() throws {
        let id = try MessageID(reminderKey: "appointment-reminder/A 1>\r\n", domain: "example.org")
        #expect(id.value == "<lotse.reminder.appointment-reminder_2FA_201_3E_0D_0A@example.org>")
    }

    @Test func aBadDomainOrEmptyKeyIsRefused() {
        #expect(throws: MailError.self) { try MessageID(reminderKey: "1", domain: "exa mple>") }
        #expect(throws: MailError.self) { try MessageID(reminderKey: "", domain: "example.org") }
    }
}
