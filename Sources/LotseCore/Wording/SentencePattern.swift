import Foundation

/// A fixed sentence with `{name}` holes, matched against text the program itself wrote
/// earlier. Stored waiting reasons were written as English sentences (the `lotse-plan/1`
/// format carries them, and older roster versions keep them in the database); matching
/// them back into their parts lets every view word them in the reader's language without
/// changing what was stored.
struct SentencePattern: Sendable {
    private enum Piece: Sendable { case text(String), hole(String) }
    private let pieces: [Piece]

    /// `"no slot this month offers {language}"`.
    init(_ template: String) {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[rest.startIndex..<open]))) }
            pieces.append(.hole(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The holes' values when `sentence` is exactly this pattern (each hole non-empty and
    /// as short as the following text allows); nil otherwise.
    func match(_ sentence: String) -> [String: String]? {
        var values: [String: String] = [:]
        var rest = Substring(sentence)
        var index = 0
        while index < pieces.count {
            switch pieces[index] {
            case .text(let text):
                guard rest.hasPrefix(text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .hole(let name):
                if index + 1 == pieces.count {
                    guard !rest.isEmpty else { return nil }
                    values[name] = String(rest)
                    rest = rest.suffix(0)
                } else if case .text(let next) = pieces[index + 1],
                          let found = rest.dropFirst().range(of: next) {
                    values[name] = String(rest[rest.startIndex..<found.lowerBound])
                    rest = rest[found.lowerBound...]
                } else {
                    return nil
                }
            }
            index += 1
        }
        return rest.isEmpty ? values : nil
    }
}
