/// A set of pseudonyms in a compact, exact text form: the pseudonyms a read disclosed, as
/// one audit entry keeps them.
///
/// Why a form of its own: a coordinator's list of 10 000 referrals names up to 10 000
/// clients, and one audit entry per call must name every one of them. Written one by one
/// that is ~120 KB per call; pseudonyms are issued in order, so a district's list is
/// mostly runs of consecutive numbers, and a run is written as its first pseudonym and
/// its last number (`K-2026-0001..0420`). The text is sorted, has no duplicates and
/// decodes to exactly the set that was encoded — nothing is summarised away.
///
/// Form: tokens separated by one space, each `K-YYYY-NNNN` or `K-YYYY-NNNN..MMMM` (a run
/// of at least two within one year; `MMMM` padded to four digits like a pseudonym).
public struct PseudonymList: Sendable, Hashable, CustomStringConvertible {
    /// The pseudonyms, sorted, without duplicates.
    public let members: [ClientID]

    /// The set of `pseudonyms` (order and repeats do not matter).
    public init<S: Sequence>(_ pseudonyms: S) where S.Element == ClientID {
        members = Array(Set(pseudonyms)).sorted()
    }

    /// Parses the text form; nil when any token is not a pseudonym or a run of them (or a
    /// run is empty or backwards), so a damaged entry is never read as a shorter list.
    public init?(text: String) {
        var found: [ClientID] = []
        for token in text.split(separator: " ", omittingEmptySubsequences: true) {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 1 {
                guard let id = ClientID(String(token)) else { return nil }
                found.append(id)
                continue
            }
            guard parts.count == 3, parts[1].isEmpty, let first = ClientID(String(parts[0])),
                  let last = ClientID("K-\(first.year)-\(parts[2])"), last.number > first.number else { return nil }
            for number in first.number...last.number {
                guard let id = ClientID(year: first.year, number: number) else { return nil }
                found.append(id)
            }
        }
        self.init(found)
    }

    /// How many pseudonyms the list holds.
    public var count: Int { members.count }

    /// Whether it names none.
    public var isEmpty: Bool { members.isEmpty }

    /// The compact text form (empty for an empty list).
    public var description: String {
        var tokens: [String] = []
        var index = members.startIndex
        while index < members.endIndex {
            let first = members[index]
            var end = index
            while end + 1 < members.endIndex, members[end + 1].year == first.year, members[end + 1].number == members[end].number + 1 {
                end += 1
            }
            if end == index {
                tokens.append(first.description)
            } else {
                let last = members[end].description
                tokens.append(first.description + ".." + String(last[last.index(after: last.lastIndex(of: "-") ?? last.startIndex)...]))
            }
            index = end + 1
        }
        return tokens.joined(separator: " ")
    }
}
