import LotseCore
import Testing

/// The one rule for free text: trimmed, bounded, no control characters, and no line
/// break or tab in a field shown on one line.
@Suite struct TextRuleTests {
    @Test func aOneLineFieldRefusesALineBreakOrTabWhileANoteKeepsIt() {
        for text in ["zieht\nweg", "zieht\r\nweg", "zieht\tweg"] {
            guard case .failure(let error) = TextRule.check(text, field: "reason", max: 500, oneLine: true) else {
                Issue.record("\(text.debugDescription) was taken"); continue
            }
            #expect(error.messageDe == "enthält einen Zeilenumbruch oder Tabulator; bitte in einer Zeile schreiben")
            #expect(error.field == "reason")
        }
        #expect(TextRule.check("erste Zeile\nzweite Zeile", field: "note", max: 500) == .success("erste Zeile\nzweite Zeile"))
    }

    @Test func surroundingWhitespaceAndLineBreaksAreTrimmedBeforeTheChecks() {
        #expect(TextRule.check("  Praktikum\n", field: "title", max: 9, oneLine: true) == .success("Praktikum"))
        #expect(TextRule.check(" \n\t ", field: "title", max: 9, allowEmpty: true) == .success(""))
        guard case .failure(let empty) = TextRule.check(" \n ", field: "title", max: 9) else { Issue.record("blank taken"); return }
        #expect(empty.messageDe.hasPrefix("ist leer"))
    }

    @Test func lengthIsCountedInCharactersAndDirectionMarksAreRefused() {
        #expect(TextRule.check(String(repeating: "ä", count: 10), field: "t", max: 10) == .success(String(repeating: "ä", count: 10)))
        guard case .failure(let long) = TextRule.check(String(repeating: "ä", count: 11), field: "t", max: 10) else { Issue.record("long taken"); return }
        #expect(long.messageDe == "hat 11 Zeichen; höchstens 10 sind erlaubt")
        guard case .failure = TextRule.check("kein \u{202E}Risiko", field: "t", max: 50) else { Issue.record("U+202E taken"); return }
    }
}
