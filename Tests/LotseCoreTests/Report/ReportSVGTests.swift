import Testing
@testable import LotseCore

@Suite struct ReportSVGTests {
    /// Issue 18's outside check found "Fallberatung für Integrationsma…" beside a bar: a
    /// long label is now broken between words onto two lines, whole.
    @Test func aLongBarLabelIsBrokenBetweenWordsNotCut() {
        let label = "Fallberatung für Integrationsmanager:innen"
        #expect(ReportSVG.wrapped(label) == ["Fallberatung für", "Integrationsmanager:innen"])
        #expect(ReportSVG.wrapped("Ersteinschätzung") == ["Ersteinschätzung"])
        let svg = ReportSVG.bars(labels: [label], current: [.shown(7)], previous: nil, minCell: 5, title: "Anmeldungen",
                                 legend: .init(current: "2027", previous: nil, hidden: "ausgeblendet"))
        #expect(svg.contains(">Integrationsmanager:innen</tspan>"))
        #expect(!svg.contains("…"))
        // Only a label longer than two lines is cut.
        let long = Array(repeating: "Wort", count: 20).joined(separator: " ")
        let lines = ReportSVG.wrapped(long)
        #expect(lines.count == 2 && lines.allSatisfy { $0.count <= 32 } && lines[1].hasSuffix("…"))
    }
}
