/// A screening instrument as the configuration describes it (`[instrument.NAME]`): how
/// many items, which answers each item takes, how answers become a score, and which
/// score bands mean which urgency. Wording is never part of it — instruments may be
/// licensed, and Lotse stores item scores and results only. Codable, so the daemon can
/// hand the definition to the CLI, which then asks for the right number of answers.
public struct ScreeningInstrument: Sendable, Equatable, Codable {
    /// How the scored items' answers become one score.
    public enum Scoring: String, Sendable, Codable, CaseIterable {
        /// Add up the answers (e.g. items 1–14 scored 0–4 each).
        case sum
        /// Count the yes answers (answers are 0 = no, 1 = yes).
        case countYes = "count-yes"
    }

    /// A score band: the scores it covers and what they mean. Bands cover every possible
    /// score exactly once; the configuration parser refuses gaps and overlaps.
    public struct Band: Sendable, Equatable, Codable {
        /// Name from the key (`band.NAME`), shown with the result (`medium`).
        public let name: String
        /// Inclusive scores in this band.
        public let scores: ClosedRange<Int>
        /// Urgency of a referral screened into this band.
        public let urgency: Urgency
        /// Whether this band counts as a positive screening (needs a consultation).
        public let positive: Bool

        /// Creates a band; validity against the instrument is checked by the parser.
        public init(name: String, scores: ClosedRange<Int>, urgency: Urgency, positive: Bool) {
            self.name = name
            self.scores = scores
            self.urgency = urgency
            self.positive = positive
        }
    }

    /// An extra rule that makes a screening positive whatever the score, like
    /// "item 15 (a distress thermometer) ≥ 5".
    public struct ItemRule: Sendable, Equatable, Codable, CustomStringConvertible {
        /// 1-based item number.
        public let item: Int
        /// The answer from which the rule fires.
        public let atLeast: Int

        /// Creates a rule; the parser checks the item and threshold against the instrument.
        public init(item: Int, atLeast: Int) {
            self.item = item
            self.atLeast = atLeast
        }

        /// `item 15 >= 5`, as in the configuration.
        public var description: String { "item \(item) >= \(atLeast)" }
    }

    /// The name from the section header (`instrument.screen15` → `screen15`).
    public let name: String
    /// A short title for people, in English (`title.en`, else `title`); no item wording.
    public let title: String
    /// The same in German (`title.de`, else `title`).
    public let titleDe: String
    /// Answer range per item; index 0 is item 1.
    public let answerRanges: [ClosedRange<Int>]
    /// How the score is computed.
    public let scoring: Scoring
    /// The 1-based items that make up the score, ascending.
    public let scoredItems: [Int]
    /// Bands in ascending score order, covering `scoreRange` without gap or overlap.
    public let bands: [Band]
    /// Optional rule that makes the result positive regardless of the score.
    public let positiveIf: ItemRule?

    /// Creates an instrument. Use the configuration parser for anything from input: it
    /// checks what this initialiser takes on trust.
    public init(name: String, title: String, titleDe: String, answerRanges: [ClosedRange<Int>], scoring: Scoring,
                scoredItems: [Int], bands: [Band], positiveIf: ItemRule?) {
        self.name = name
        self.title = title
        self.titleDe = titleDe
        self.answerRanges = answerRanges
        self.scoring = scoring
        self.scoredItems = scoredItems
        self.bands = bands
        self.positiveIf = positiveIf
    }

    /// Number of items a screening must answer.
    public var itemCount: Int { answerRanges.count }

    /// The lowest and highest score the scored items can produce.
    public var scoreRange: ClosedRange<Int> {
        ScreeningInstrument.scoreRange(scoring: scoring, scoredItems: scoredItems, answerRanges: answerRanges)
    }

    static func scoreRange(scoring: Scoring, scoredItems: [Int], answerRanges: [ClosedRange<Int>]) -> ClosedRange<Int> {
        switch scoring {
        case .countYes:
            return 0...scoredItems.count
        case .sum:
            var low = 0
            var high = 0
            for item in scoredItems where item >= 1 && item <= answerRanges.count {
                low += answerRanges[item - 1].lowerBound
                high += answerRanges[item - 1].upperBound
            }
            return low...high
        }
    }

    /// The band a score falls into; nil only for a score outside `scoreRange`.
    public func band(for score: Int) -> Band? {
        bands.first { $0.scores.contains(score) }
    }
}
