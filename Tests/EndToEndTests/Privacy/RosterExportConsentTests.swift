import Foundation
import LotseVarlink
import Testing

/// The consent policy is asked when a roster is read, not when it was planned: a version
/// published while the client agreed to `referral` no longer shows that client's
/// language, interpreter, kind or urgency once the consent is withdrawn — in `roster
/// show` (JSON and table) and in every export (csv, ics, html) of that older version —
/// while a client whose consent stands keeps them.
@Suite(.serialized) struct RosterExportConsentTests {
    @Test func anOlderVersionShowsAndExportsNoPlanningDataOfAClientWhoWithdrewReferralConsent() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let referred = try world.refer(2)
        let (withdrawn, kept) = (referred[0].client, referred[1].client)
        try world.publish()
        let month = world.month.description
        let version = String(try #require(try world.json(["roster", "show", month])["roster"]?["version"]?.integerValue))
        // Before: both rows carry the needs.
        let before = try world.lotse(["roster", "show", month, "--version", version, "--format", "csv", "--csv-form", "machine"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(Self.row(withdrawn, in: before.stdout)?.contains(",de,no,assessment,") == true, "\(before.stdout)")

        let withdrawal = try world.lotse(["client", "consent", withdrawn, "--withdraw", "--scope", "referral"], as: world.caseworker)
        #expect(withdrawal.status == 0, "\(withdrawal.stderr)")

        // The version planned before the withdrawal, read afterwards.
        let csv = try world.lotse(["roster", "show", month, "--version", version, "--format", "csv", "--csv-form", "machine"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(Self.row(withdrawn, in: csv.stdout)?.contains(",withheld,withheld,withheld,") == true, "\(csv.stdout)")
        #expect(Self.row(kept, in: csv.stdout)?.contains(",de,no,assessment,") == true, "\(csv.stdout)")

        let html = try world.lotse(["roster", "show", month, "--version", version, "--format", "html", "--lang", "de"])
        #expect(html.status == 0, "\(html.stderr)")
        let withdrawnRow = try #require(Self.row(withdrawn, in: html.stdout), "\(html.stdout)")
        #expect(withdrawnRow.contains("keine Einwilligung") && !withdrawnRow.contains("Deutsch") && !withdrawnRow.contains("Erstvorstellung"),
                "\(withdrawnRow)")
        let keptRow = try #require(Self.row(kept, in: html.stdout))
        #expect(keptRow.contains("Deutsch") && !keptRow.contains("keine Einwilligung"), "\(keptRow)")

        // The calendar never carried the needs; it still names both appointments.
        let ics = try world.lotse(["roster", "show", month, "--version", version, "--format", "ics"])
        #expect(ics.status == 0 && ics.stdout.contains(withdrawn) && ics.stdout.contains(kept), "\(ics.stderr)")

        let shown = try world.json(["roster", "show", month, "--version", version])
        let entries = shown["entries"]?.arrayValue ?? []
        let gone = try #require(entries.first { $0["client"]?.stringValue == withdrawn })
        for key in ["kind", "language", "interpreter", "urgency"] {
            #expect(gone[key] == .null, "\(key): \(gone)")
        }
        #expect(entries.first { $0["client"]?.stringValue == kept }?["language"] == "de")
        let table = try world.lotse(["roster", "show", month, "--version", version])
        let line = try #require(Self.row(withdrawn, in: table.stdout), "\(table.stdout)")
        #expect(!line.contains("assessment") && !line.contains("high"), "\(line)")
        #expect(Self.row(kept, in: table.stdout)?.contains("assessment") == true, "\(table.stdout)")
    }

    /// The first line of `text` naming `pseudonym`, without its line end (CSV ends in CRLF).
    static func row(_ pseudonym: String, in text: String) -> String? {
        text.split(whereSeparator: \.isNewline).first { $0.contains(pseudonym) }.map(String.init)
    }
}
