/// The outcome of scoring one screening: what is stored with it and what sets the
/// referral's urgency. It carries numbers and band names only, never item wording.
public struct ScreeningResult: Sendable, Equatable, Codable {
    /// The instrument's configured name.
    public let instrument: String
    /// The score from the scored items.
    public let score: Int
    /// The name of the band the score falls into.
    public let band: String
    /// Whether the screening counts as positive (by band or by the extra item rule).
    public let positive: Bool
    /// True when only the extra item rule (e.g. distress thermometer ≥ 5) made it positive.
    public let positiveByItemRule: Bool
    /// Urgency for the referral: the band's, raised to the lowest positive band's when
    /// the item rule fired.
    public let urgency: Urgency

    /// Creates a result; normally made by `ScreeningInstrument.score(_:)`.
    public init(instrument: String, score: Int, band: String, positive: Bool, positiveByItemRule: Bool, urgency: Urgency) {
        self.instrument = instrument
        self.score = score
        self.band = band
        self.positive = positive
        self.positiveByItemRule = positiveByItemRule
        self.urgency = urgency
    }
}

extension ScreeningInstrument {
    /// Checks answers against the instrument: one per item (index 0 is item 1), each in
    /// its item's range. The first bad item is reported.
    public func validate(_ answers: [Int]) -> Result<Void, ScreeningAnswerError> {
        guard answers.count == itemCount else {
            return .failure(.wrongCount(instrument: name, expected: itemCount, given: answers.count))
        }
        return validateGivenSoFar(answers)
    }

    /// Checks the answers of a screening that acute risk cut short: items 1…n answered in
    /// order, at most one per item, each in its item's range. An escalation keeps these
    /// answers; what does not fit is refused whole, never stored in part.
    public func validateGivenSoFar(_ answers: [Int]) -> Result<Void, ScreeningAnswerError> {
        guard answers.count <= itemCount else {
            return .failure(.wrongCount(instrument: name, expected: itemCount, given: answers.count))
        }
        for (index, answer) in answers.enumerated() where !answerRanges[index].contains(answer) {
            return .failure(.outOfRange(instrument: name, item: index + 1, answer: answer, allowed: answerRanges[index]))
        }
        return .success(())
    }

    /// Scores validated answers: the sum or yes-count of the scored items, its band, and
    /// the extra item rule. Invalid answers give an error and no result.
    public func score(_ answers: [Int]) -> Result<ScreeningResult, ScreeningAnswerError> {
        if case .failure(let error) = validate(answers) { return .failure(error) }
        let values = scoredItems.map { answers[$0 - 1] }
        let score = switch scoring {
        case .sum: values.reduce(0, +)
        case .countYes: values.filter { $0 == 1 }.count
        }
        // Bands cover scoreRange exactly (checked at load), so a valid answer set always
        // finds its band; the fallback keeps an unchecked instrument from trapping.
        let band = band(for: score) ?? Band(name: "unbanded", scores: score...score, urgency: .routine, positive: false)
        var urgency = band.urgency
        var byRule = false
        if let rule = positiveIf, answers[rule.item - 1] >= rule.atLeast, !band.positive {
            byRule = true
            if let lowestPositive = bands.first(where: \.positive) {
                urgency = max(urgency, lowestPositive.urgency)
            }
        }
        return .success(ScreeningResult(instrument: name, score: score, band: band.name,
                                        positive: band.positive || byRule, positiveByItemRule: byRule, urgency: urgency))
    }
}
