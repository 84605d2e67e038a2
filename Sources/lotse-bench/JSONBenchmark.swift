import Foundation
import LotseCore
import LotseVarlink

/// `lotse-bench json`: the cost of JSON itself, without sockets or a database, for its
/// two users. The wire parses and serialises every varlink message (a small call, and
/// replies up to long lists); the planner reads whole problem files (`lotse solve`),
/// 50 000 referrals at the largest benchmark size. Each figure is the best of several
/// rounds, so that a busy machine disturbs it less.
enum JSONBenchmark: BenchMode {
    static let name = "json"
    static let summary = "JSON parse and serialise: wire messages (µs per message, MB/s) and a 50 000×10 000 problem file [--rounds 5]"

    static func run(_ arguments: [String]) -> Int32 {
        let rounds = max(1, BenchFormat.option("--rounds", in: arguments, default: 5))
        let call = callMessage()
        let reply = listReply(items: 200)
        var lines = ["| what | bytes | parse | serialise | parse MB/s |", "|---|---|---|---|---|"]
        for (label, value, repeats) in [("wire call (Referrals.Submit)", call, 20_000), ("wire reply (200 referrals)", reply, 200)] {
            let text = value.serializedBytes
            let parse = best(rounds) {
                for _ in 0..<repeats { _ = try? JSONParser().parse(text) }
            } / Double(repeats)
            let serialise = best(rounds) {
                for _ in 0..<repeats { _ = value.serializedBytes }
            } / Double(repeats)
            lines.append("| \(label) | \(text.count) | \(micro(parse)) | \(micro(serialise)) | \(String(format: "%.0f", Double(text.count) / parse / 1e6)) |")
        }
        var generator = PlanProblemGenerator(seed: 1 &+ 50_000 &* 31 &+ 10_000)
        let problem = generator.problem(referrals: 50_000, slots: 10_000)
        let file = Array(PlanProblemJSON.text(problem).utf8)
        var checked = 0
        let parseOnly = best(rounds) { _ = try? JSONParser().parse(file) }
        let validated = best(rounds) {
            if let parsed = try? PlanProblemParser.parse(file) { checked = parsed.referrals.count }
        }
        lines.append("| problem 50 000×10 000, JSON only | \(file.count) | \(String(format: "%.3f s", parseOnly)) | | \(String(format: "%.0f", Double(file.count) / parseOnly / 1e6)) |")
        lines.append("| problem 50 000×10 000, read and checked (\(checked) referrals) | \(file.count) | \(String(format: "%.3f s", validated)) | | |")
        print(lines.joined(separator: "\n"))
        return checked == 50_000 ? 0 : 1
    }

    /// The fastest of `rounds` runs of `body`, in seconds.
    static func best(_ rounds: Int, _ body: () -> Void) -> Double {
        var fastest = Double.infinity
        for _ in 0..<rounds {
            let start = BenchMeasure.now()
            body()
            fastest = min(fastest, BenchMeasure.now() - start)
        }
        return fastest
    }

    static func micro(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }

    /// A call as the CLI sends it: a method, a dozen parameters, a German note with
    /// umlauts and a line break, which the serialiser must escape.
    static func callMessage() -> JSONValue {
        [
            "method": "org.lotse.Referrals.Submit",
            "parameters": [
                "client": ["pseudonym": "K-0042", "birthYear": 1987, "municipality": "kornwestheim", "language": "uk"],
                "kind": "assessment", "urgency": "elevated", "caseworker": 17,
                "preferredSpecialist": nil, "unavailableDates": ["2026-12-09", "2026-12-16"],
                "note": "Frau K. berichtet über Schlafstörungen seit der Flucht;\nDolmetscherin für Ukrainisch nötig. \"Dringend\" laut Hausärztin.",
                "screening": ["instrument": "RHS-15", "score": 27.5, "items": [2, 3, 1, 4, 2, 3, 2, 1, 3, 2, 4, 1, 0, 2, 1]],
            ],
        ]
    }

    /// A reply listing `items` referrals, like `Roster.Show` or `Referrals.List`.
    static func listReply(items: Int) -> JSONValue {
        let referrals: [JSONValue] = (0..<items).map { index in
            [
                "id": .integer(Int64(index + 1000)), "client": .string("K-\(index)"), "municipality": "ludwigsburg",
                "kind": "follow-up", "urgency": "routine", "language": "ar", "referredOn": "2026-10-01",
                "status": "waiting", "reason": "no-language-match", "detail": "Diesen Monat bietet kein Termin Arabisch an.",
                "slot": ["session": .integer(Int64(index % 40)), "start": "2026-12-02T14:00", "minutes": 60, "specialist": "sp-2"],
            ]
        }
        return ["parameters": ["referrals": .array(referrals), "month": "2026-12", "version": 3]]
    }
}
