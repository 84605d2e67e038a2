import Foundation
import LotseCLI
import LotseTestSupport
import Testing

/// Fixed words are taken in German as people type them (`sprache` for the help-plan
/// domain `language`, `Anmeldung` for the consent scope `referral`, `erhöht` for the
/// urgency `elevated`), in any case, while the English codes keep working; German help
/// lists the German words, and consent scopes and domains read in German in the output.
@Suite struct GermanKeywordTests {
    func value(_ arguments: [String], _ option: String) throws -> String? {
        guard case .run(let parsed) = try CommandLineParser.parse(arguments, commands: CommandTable.specs).get() else { return nil }
        return parsed.options.value(option)
    }

    @Test func germanWordsStandForTheirCodesWhateverTheirCase() throws {
        let goal = ["helpplan", "goal", "add", "K-2026-0001", "--title", "Kurs", "--domain"]
        #expect(try value(goal + ["sprache"], "domain") == "language")
        #expect(try value(goal + ["Sprache"], "domain") == "language")
        #expect(try value(goal + ["Schule und Bildung"], "domain") == "school-and-education")
        #expect(try value(goal + ["Gesundheit"], "domain") == "health-and-psychosocial-support")
        #expect(try value(goal + ["language"], "domain") == "language")
        #expect(try value(goal + ["Housing"], "domain") == "housing")
        let consent = ["client", "consent", "K-2026-0001", "--date", "01.12.2026", "--scope"]
        #expect(try value(consent + ["Anmeldung,screening,Austausch"], "scope") == "referral,screening,exchange-with-specialist")
        #expect(try value(consent + ["referral,exchange-with-specialist"], "scope") == "referral,exchange-with-specialist")
        let submit = ["referral", "submit", "--client", "K-2026-0001", "--language", "ar", "--kind"]
        #expect(try value(submit + ["Erstvorstellung", "--urgency", "erhöht"], "kind") == "assessment")
        #expect(try value(submit + ["Erstvorstellung", "--urgency", "Erhöht"], "urgency") == "elevated")
        #expect(try value(submit + ["assessment", "--urgency", "regulär"], "urgency") == "routine")
        // A word that is neither is refused by the parser, naming it.
        #expect(throws: ClientFailure.self) { try CommandLineParser.parse(goal + ["Freizeit"], commands: CommandTable.specs).get() }
    }

    @Test func germanHelpListsTheGermanWordsAndEnglishHelpTheCodes() {
        func help(_ lang: String) -> String {
            let terminal = CapturingTerminal()
            let arguments = ["helpplan", "goal", "add", "--help"]
            let context = CommandContext(arguments: arguments, environment: ["LANG": lang], terminal: terminal)
            _ = LotseCommandLine.run(arguments: arguments, context: context)
            return terminal.stdout
        }
        #expect(help("de_DE.UTF-8").contains("--domain sprache|arbeit|anerkennung|wohnen|schule-und-bildung|gesundheit"), "\(help("de_DE.UTF-8"))")
        #expect(help("C.UTF-8").contains("--domain language|work|recognition-of-qualifications|housing"), "\(help("C.UTF-8"))")
    }

    @Test func scopesAndDomainsTypedInGermanAreStoredAsCodesAndShownInTheReadersLanguage() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let consent = try f.lotse(["client", "consent", client, "--date", "21.11.2026", "--scope", "Anmeldung,Austausch"], as: f.anna, german: true)
        #expect(consent.status == 0, "\(consent.stderr)")
        #expect(consent.stdout.contains("(Anmeldung, Austausch mit der Fachkraft)"), "\(consent.stdout)")
        let goal = try f.lotse(["helpplan", "goal", "add", client, "--domain", "Sprache", "--title", "B1-Kurs"], as: f.anna, german: true)
        #expect(goal.status == 0, "\(goal.stderr)")
        let stored = try f.json(["client", "show", client], as: f.anna)
        let scopes = (stored["client"]?["consents"]?.arrayValue ?? []).flatMap { ($0["scope"]?.arrayValue ?? []).compactMap(\.stringValue) }
        #expect(scopes.contains("exchange-with-specialist"), "\(stored)")
        let german = try f.lotse(["client", "show", client], as: f.anna, german: true).stdout
        let english = try f.lotse(["client", "show", client], as: f.anna, german: false).stdout
        #expect(german.contains("Austausch mit der Fachkraft") && !german.contains("exchange-with-specialist"), "\(german)")
        #expect(english.contains("exchange with the specialist"), "\(english)")
        let plan = try f.lotse(["helpplan", "show", client], as: f.anna, german: true).stdout
        #expect(plan.contains("Sprache"), "\(plan)")
        let wrong = try f.lotse(["helpplan", "goal", "add", client, "--domain", "Freizeit", "--title", "Sport"], as: f.anna, german: true)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--domain: „Freizeit“ ist keiner der Werte sprache, arbeit"), "\(wrong.stderr)")
        #expect(ForeignWords.englishIn(german: german + plan + wrong.stderr).isEmpty)
        #expect(ForeignWords.germanIn(english: english).isEmpty)
    }
}
