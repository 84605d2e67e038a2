import Foundation
import Testing
@testable import LotseCore

/// A booking or waiting entry whose client's consent to `referral` is not in force has no
/// language, interpreter, kind or urgency in the document; every printed form says they
/// are withheld instead of showing an empty or default value, and the footer no longer
/// claims the waiting list holds urgencies when none is shown.
@Suite struct RosterWithheldNeedsTests {
    static var withheld: RosterDocument {
        var document = RosterFixtures.tiny
        document.sessions[0].slots[0].booking = RosterDocument.Booking(
            referralID: "R-42", pseudonym: "K-2026-0042", caseworker: "M. Schäfer", language: nil, interpreter: nil, kind: nil)
        document.waitingList[0].urgency = nil
        return document
    }

    @Test func theCSVWritesWithheldInTheNeedsColumns() {
        let rows = RosterCSV.rows(Self.withheld)
        let needs = ["language", "interpreter", "kind"].compactMap { RosterCSV.header.firstIndex(of: $0) }
        #expect(needs.map { rows[0][$0] } == ["withheld", "withheld", "withheld"])
        #expect(needs.map { rows[1][$0] } == ["", "", ""])
    }

    @Test func theHTMLSaysNoConsentAndTheFooterClaimsNoUrgency() {
        let german = RosterHTML.render(Self.withheld, language: .de)
        let booked = german.split(separator: "\n").first { $0.contains("K-2026-0042") } ?? ""
        #expect(booked.contains("<td>keine Einwilligung</td><td>keine Einwilligung</td>"), "\(booked)")
        #expect(!booked.contains("Arabisch") && !booked.contains("Dolmetschung"))
        let waiting = german.split(separator: "\n").first { $0.contains("K-2026-0031") } ?? ""
        #expect(waiting.contains("urgency-withheld\">keine Einwilligung<"), "\(waiting)")
        #expect(!german.contains("die Dringlichkeit, die aus dem Screening stammt"))
        #expect(RosterHTML.render(RosterFixtures.tiny, language: .de).contains("die Dringlichkeit, die aus dem Screening stammt"))
        #expect(RosterHTML.render(Self.withheld, language: .en).contains("<td>no consent</td><td>no consent</td>"))
    }
}
