import Foundation
import LotseTestSupport
import Testing
@testable import LotseCore

/// Every shipped mail, rendered with facts for every placeholder, speaks only its
/// recipient's language (#16 "German first"): no English function word in a German mail,
/// no German one in an English mail — the fixed text of the templates and every value put
/// into it (dates, months, the digest's lines, whose client an alert is about).
@Suite struct MailLanguageTests {
    @Test func everyTemplateRendersInOneLanguageWhateverTheFacts() throws {
        let catalog = try MailTestSupport.shippedCatalog()
        #expect(Set(catalog.all.map(\.kind)).count == ReminderKind.allCases.count)
        var found: [String] = []
        for template in catalog.all {
            for ownClient in [false, true] {
                var facts = MailTestSupport.sampleFacts()
                facts.ownClient = ownClient
                let text = try template.render(facts, timeZone: MailTestSupport.berlin)
                let whole = text.subject + "\n" + text.body
                let foreign = template.language == .de ? ForeignWords.englishIn(german: whole) : ForeignWords.germanIn(english: whole)
                found += foreign.map { "\(template.file): \($0)" }
            }
        }
        #expect(found.isEmpty, "foreign words in mails:\n\(found.joined(separator: "\n"))")
    }
}
