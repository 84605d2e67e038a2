import LotseCLI
import LotseTestSupport
import Testing

/// Every help text is in the reader's language: `lotse help`, `lotse --help` and the
/// `--help` of every command and verb (taken from the declarations, so a new verb is
/// covered at once) hold no English sentence with `LANG=de_DE.UTF-8` and no German one
/// with `LANG=C.UTF-8`, judged by the word lists of `ForeignWords`. Examples are command
/// lines and are left out (`lotse …` lines: their values are the user's own words).
@Suite struct HelpLanguageTests {
    func help(_ arguments: [String], _ lang: String) -> String { InProcessLotse.stdout(arguments, lang: lang) }

    /// Every help request: the overview, each command's and each verb's.
    var requests: [[String]] {
        var all: [[String]] = [["help"], ["--help"]]
        for command in CommandTable.specs {
            all.append([command.name, "--help"])
            for verb in command.verbs where !verb.words.isEmpty { all.append([command.name] + verb.words + ["--help"]) }
        }
        return all
    }

    static func isExample(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix("lotse ")
    }

    /// The lines of every help in `lang` that hold a word of the other language.
    func foreign(_ lang: String, _ find: (String) -> [String]) -> [String] {
        requests.flatMap { request -> [String] in
            let text = help(request, lang)
            #expect(!text.isEmpty, "\(request)")
            return find(text).map { "\(request): \($0)" }
        }
    }

    @Test func everyGermanHelpHoldsNoEnglishSentence() {
        let found = foreign("de_DE.UTF-8") { ForeignWords.englishIn(german: $0, skipping: Self.isExample) }
        #expect(found.isEmpty, "English in German help:\n\(found.joined(separator: "\n"))")
    }

    @Test func everyEnglishHelpHoldsNoGermanSentence() {
        let found = foreign("C.UTF-8") { ForeignWords.germanIn(english: $0, skipping: Self.isExample) }
        #expect(found.isEmpty, "German in English help:\n\(found.joined(separator: "\n"))")
    }
}
