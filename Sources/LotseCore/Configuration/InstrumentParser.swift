/// Reads an `[instrument.NAME]` section into a `ScreeningInstrument`, checking everything
/// the scoring later relies on: answer ranges, scored items, the extra item rule, and
/// bands that cover every possible score exactly once (a gap or an overlap is an error at
/// the band's line).
enum InstrumentParser {
    static let sectionPrefix = "instrument."

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> ScreeningInstrument {
        let name = String(reader.section.name.dropFirst(sectionPrefix.count))
        guard RecommendationCode(name) != nil else {
            throw reader.sectionError(de: "„\(name)“ ist kein Name eines Instruments (Kleinbuchstaben, Ziffern und -, am Anfang ein Buchstabe)",
                                      en: "\"\(name)\" is not an instrument name (lower-case letters, digits and -, starting with a letter)")
        }
        // One title for both languages, or one per language (`title.de`, `title.en`).
        let title = try reader.text("title")
        let titleDe = try reader.text("title.de") ?? title ?? name
        let titleEn = try reader.text("title.en") ?? title ?? name
        guard let itemCount = try reader.integer("items", in: 1...200) else { throw reader.missing("items") }
        let scoring = try reader.choice("scoring", of: ScreeningInstrument.Scoring.self) ?? .sum

        // Answer ranges: a default for all items, overridden per item with answers.N.
        let defaultRange: ClosedRange<Int>
        if let e = reader.entry("answers") {
            guard let r = ValueSyntax.range(e.value) else {
                throw reader.error(e, de: "„\(e.value)“ ist kein Bereich von Antworten wie 0-4", en: "\"\(e.value)\" is not a range of answers like 0-4")
            }
            guard r.lowerBound < r.upperBound else {
                throw reader.error(e, de: "\(e.value) lässt nur eine Antwort zu", en: "\(e.value) allows only one answer")
            }
            if scoring == .countYes && r != 0...1 { throw reader.error(e, de: Self.countYesAnswers.de, en: Self.countYesAnswers.en) }
            defaultRange = r
        } else if scoring == .countYes {
            defaultRange = 0...1
        } else {
            throw reader.missing("answers")
        }
        var ranges = Array(repeating: defaultRange, count: itemCount)
        for e in reader.entries(withPrefix: "answers.") {
            let itemText = e.key.dropFirst("answers.".count)
            guard let item = ValueSyntax.wholeNumber(itemText), (1...itemCount).contains(item) else {
                throw reader.error(e, de: "„\(itemText)“ ist keine Nummer einer Frage von 1 bis \(itemCount)",
                                   en: "\"\(itemText)\" is not an item number between 1 and \(itemCount)")
            }
            guard let r = ValueSyntax.range(e.value), r.lowerBound < r.upperBound else {
                throw reader.error(e, de: "„\(e.value)“ ist kein Bereich von Antworten wie 0-10", en: "\"\(e.value)\" is not a range of answers like 0-10")
            }
            if scoring == .countYes && r != 0...1 { throw reader.error(e, de: Self.countYesAnswers.de, en: Self.countYesAnswers.en) }
            ranges[item - 1] = r
        }

        // Scored items.
        var scored = Array(1...itemCount)
        if let e = reader.entry("scored_items") {
            guard let items = itemList(e.value, count: itemCount) else {
                throw reader.error(e, de: "„\(e.value)“ ist keine Liste von Nummern der Fragen 1 bis \(itemCount) wie 1-14 oder 1,3,5-9",
                                   en: "\"\(e.value)\" is not a list of item numbers between 1 and \(itemCount) like 1-14 or 1,3,5-9")
            }
            guard Set(items).count == items.count else {
                throw reader.error(e, de: "nennt eine Frage zweimal", en: "names an item twice")
            }
            scored = items.sorted()
        }

        // Extra positive rule.
        var rule: ScreeningInstrument.ItemRule?
        var ruleEntry: IniEntry?
        if let e = reader.entry("positive_if") {
            let words = e.value.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 4, words[0] == "item", words[2] == ">=",
                  let item = ValueSyntax.wholeNumber(words[1]), let threshold = ValueSyntax.wholeNumber(words[3]) else {
                throw reader.error(e, de: "„\(e.value)“ ist keine Regel der Form: item 15 >= 5", en: "\"\(e.value)\" is not a rule like: item 15 >= 5")
            }
            guard (1...itemCount).contains(item) else {
                throw reader.error(e, de: "Frage \(item) gibt es nicht (das Instrument hat \(itemCount))",
                                   en: "item \(item) does not exist (the instrument has \(itemCount))")
            }
            guard ranges[item - 1].contains(threshold) else {
                let answers = "\(ranges[item - 1].lowerBound)-\(ranges[item - 1].upperBound)"
                throw reader.error(e, de: "\(threshold) liegt außerhalb der Antworten \(answers) von Frage \(item)",
                                   en: "\(threshold) is outside item \(item)'s answers \(answers)")
            }
            rule = .init(item: item, atLeast: threshold)
            ruleEntry = e
        }

        // Bands.
        var bands: [(band: ScreeningInstrument.Band, entry: IniEntry)] = []
        for e in reader.entries(withPrefix: "band.") {
            let bandName = String(e.key.dropFirst("band.".count))
            guard !bandName.isEmpty else { throw reader.error(e, de: "ein Band braucht einen Namen: band.NAME", en: "a band needs a name: band.NAME") }
            let parts = ValueSyntax.list(e.value)
            guard parts.count == 3, let scores = ValueSyntax.range(parts[0]), let urgency = Urgency(rawValue: parts[1]),
                  parts[2] == "positive" || parts[2] == "negative" else {
                throw reader.error(e, de: "„\(e.value)“ ist kein Band der Form: 12-56, elevated, positive (Dringlichkeit routine|elevated|high)",
                                   en: "\"\(e.value)\" is not a band like: 12-56, elevated, positive (urgency routine|elevated|high)")
            }
            bands.append((.init(name: bandName, scores: scores, urgency: urgency, positive: parts[2] == "positive"), e))
        }
        guard !bands.isEmpty else { throw reader.missing("band.NAME") }
        let possible = ScreeningInstrument.scoreRange(scoring: scoring, scoredItems: scored, answerRanges: ranges)
        bands.sort { ($0.band.scores.lowerBound, $0.entry.line) < ($1.band.scores.lowerBound, $1.entry.line) }
        var previous: (band: ScreeningInstrument.Band, entry: IniEntry)?
        for current in bands {
            let scores = current.band.scores
            if scores.upperBound > possible.upperBound {
                throw reader.error(current.entry, de: "Band \(scores.lowerBound)-\(scores.upperBound) endet über dem höchsten möglichen Wert \(possible.upperBound)",
                                   en: "band \(scores.lowerBound)-\(scores.upperBound) ends above the highest possible score \(possible.upperBound)")
            }
            if let previous {
                let p = previous.band.scores
                if scores.lowerBound <= p.upperBound {
                    let later = current.entry.line > previous.entry.line ? current.entry : previous.entry
                    let other = later.line == current.entry.line ? previous : current
                    let otherScores = "\(other.band.scores.lowerBound)-\(other.band.scores.upperBound)"
                    let shared = "\(scores.lowerBound)-\(min(p.upperBound, scores.upperBound))"
                    throw reader.error(later, de: "überschneidet sich mit band.\(other.band.name) (\(otherScores)): die Werte \(shared) liegen in beiden",
                                       en: "overlaps band.\(other.band.name) (\(otherScores)): scores \(shared) are in both")
                }
                if scores.lowerBound > p.upperBound + 1 {
                    let gap = "\(p.upperBound + 1)-\(scores.lowerBound - 1)"
                    throw reader.error(current.entry, de: "lässt eine Lücke nach band.\(previous.band.name): die Werte \(gap) liegen in keinem Band",
                                       en: "leaves a gap after band.\(previous.band.name): scores \(gap) fall into no band")
                }
            } else {
                if scores.lowerBound > possible.lowerBound {
                    let gap = "\(possible.lowerBound)-\(scores.lowerBound - 1)"
                    throw reader.error(current.entry, de: "lässt eine Lücke: die Werte \(gap) liegen in keinem Band",
                                       en: "leaves a gap: scores \(gap) fall into no band")
                }
                if scores.lowerBound < possible.lowerBound {
                    throw reader.error(current.entry, de: "Band \(scores.lowerBound)-\(scores.upperBound) beginnt unter dem niedrigsten möglichen Wert \(possible.lowerBound)",
                                       en: "band \(scores.lowerBound)-\(scores.upperBound) starts below the lowest possible score \(possible.lowerBound)")
                }
            }
            previous = current
        }
        if let last = previous, last.band.scores.upperBound < possible.upperBound {
            let gap = "\(last.band.scores.upperBound + 1)-\(possible.upperBound)"
            throw reader.error(last.entry, de: "lässt eine Lücke: die Werte \(gap) liegen in keinem Band", en: "leaves a gap: scores \(gap) fall into no band")
        }
        if let ruleEntry, !bands.contains(where: { $0.band.positive }) {
            throw reader.error(ruleEntry, de: "verlangt mindestens ein positives Band, dessen Dringlichkeit ein nach dieser Regel positives Ergebnis erhält",
                               en: "needs at least one positive band, whose urgency a positive result by this rule takes")
        }
        return ScreeningInstrument(name: name, title: titleEn, titleDe: titleDe, answerRanges: ranges, scoring: scoring,
                                   scoredItems: scored, bands: bands.map(\.band), positiveIf: rule)
    }

    /// The refusal of answers other than 0-1 for a count-yes instrument.
    static let countYesAnswers = (de: "ein Instrument mit count-yes nimmt die Antworten 0-1 (0 = nein, 1 = ja)",
                                  en: "a count-yes instrument takes answers 0-1 (0 = no, 1 = yes)")

    /// `1-14` or `1,3,5-9` → item numbers, or nil if malformed or out of 1…count.
    static func itemList(_ text: String, count: Int) -> [Int]? {
        var items: [Int] = []
        for part in ValueSyntax.list(text) {
            guard let r = ValueSyntax.range(part), r.lowerBound >= 1, r.upperBound <= count else { return nil }
            items.append(contentsOf: r)
        }
        return items.isEmpty ? nil : items
    }
}
