import LotseCore
import Testing

@Suite struct QuotedPrintableTests {
    static let samples = [
        "",
        "plain ascii",
        "Grüße aus Großbottwar – Überlingen, Schloßstraße",
        String(repeating: "ä", count: 200),
        String(repeating: "abc ", count: 60),
        String(repeating: "x", count: 300),
        "trailing space ",
        "trailing tab\t",
        "a = b == c",
        "From here on",
        ".\n.. dots\n",
        "line one\nline two  \n\nlast",
        String(repeating: "=", count: 100),
        "emoji 👩🏽‍⚕️ and CJK 漢字 " + String(repeating: "ß", count: 40),
    ]

    @Test(arguments: samples)
    func encodingDecodesBackToTheSameText(text: String) {
        #expect(QuotedPrintable.decode(QuotedPrintable.encode(text)) == text)
    }

    @Test(arguments: samples)
    func noEncodedLineIsLongerThan76(text: String) {
        for line in QuotedPrintable.encode(text).split(separator: "\n") {
            #expect(line.utf8.count <= 76, "\(line)")
        }
    }

    @Test(arguments: samples)
    func noLineEndsInWhiteSpaceAndOnlyPrintableASCIIIsWritten(text: String) {
        let encoded = QuotedPrintable.encode(text)
        #expect(encoded.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 32 && $0.value < 127) })
        for line in encoded.split(separator: "\n") {
            #expect(line.last != " " && line.last != "\t")
        }
    }

    @Test func escapeSequencesAreNeverSplitBySoftBreaks() {
        let encoded = QuotedPrintable.encode(String(repeating: "ä", count: 200))
        for line in encoded.split(separator: "\n") {
            let body = line.hasSuffix("=") ? line.dropLast() : line[...]
            #expect(body.count % 3 == 0, "a soft break split an escape: \(line)")
        }
    }

    @Test func equalsSignTrailingWhiteSpaceAndFromAreEscaped() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("end ") == "end=20")
        #expect(QuotedPrintable.encode("tab\t") == "tab=09")
        #expect(QuotedPrintable.encode("From me") == "=46rom me")
        #expect(QuotedPrintable.encode("ß") == "=C3=9F")
    }

    @Test func crlfLineEndingIsUsedWhenAskedFor() {
        #expect(QuotedPrintable.encode("a\nb", lineEnding: "\r\n") == "a\r\nb")
    }
}
