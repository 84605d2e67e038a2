/// Why a set of screening answers cannot be scored. Each case names the item, so the CLI
/// can say exactly which answer to correct.
public enum ScreeningAnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The number of answers differs from the instrument's item count.
    case wrongCount(instrument: String, expected: Int, given: Int)
    /// An answer lies outside its item's range (item is 1-based).
    case outOfRange(instrument: String, item: Int, answer: Int, allowed: ClosedRange<Int>)

    /// One sentence for people.
    public var description: String {
        switch self {
        case let .wrongCount(instrument, expected, given):
            "\(instrument) has \(expected) items, but \(given) answers were given"
        case let .outOfRange(instrument, item, answer, allowed):
            "\(instrument) item \(item): answer \(answer) is outside \(allowed.lowerBound)–\(allowed.upperBound)"
        }
    }
}
