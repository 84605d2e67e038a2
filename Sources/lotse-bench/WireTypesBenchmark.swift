import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse-bench wiretypes`: the cost of the generated typed requests and replies (reading a
/// reply's parameters into typed values and writing them back), apart from JSON text, so
/// that a change to how the generated types read and write the wire shows in a figure.
enum WireTypesBenchmark: BenchMode {
    static let name = "wiretypes"
    static let summary = "typed wire values: read and write a 200-referral Referrals.List reply (µs per reply) [--rounds 5]"

    static func run(_ arguments: [String]) -> Int32 {
        let rounds = max(1, BenchFormat.option("--rounds", in: arguments, default: 5))
        let parameters = listReply(items: 200)
        guard let typed = try? ReferralsProtocol.ListReply(parameters: parameters) else {
            print("wiretypes: the sample reply does not read")
            return 1
        }
        let repeats = 200
        let read = JSONBenchmark.best(rounds) {
            for _ in 0..<repeats { _ = try? ReferralsProtocol.ListReply(parameters: parameters) }
        } / Double(repeats)
        let write = JSONBenchmark.best(rounds) {
            for _ in 0..<repeats { _ = typed.wire }
        } / Double(repeats)
        print("| what | read | write |\n|---|---|---|\n| Referrals.List reply, 200 referrals | \(JSONBenchmark.micro(read)) | \(JSONBenchmark.micro(write)) |")
        return typed.wire == .object(parameters) ? 0 : 1
    }

    /// A `Referrals.List` reply with `items` referrals, every field present (optional ones
    /// with values or null), one with a nested screening and placement.
    static func listReply(items: Int) -> [String: JSONValue] {
        let referrals: [JSONValue] = (0..<items).map { index in
            let urgency: JSONValue = index % 3 == 0 ? "high" : "routine"
            let referral: [String: JSONValue] = [
                "id": .integer(Int64(index + 1000)), "client": .string("K-2026-\(index)"), "caseworker": "cw-3",
                "municipality": "ludwigsburg", "kind": "follow-up", "urgency": urgency,
                "urgencyReason": nil, "screening": nil, "language": "ar", "interpreter": true,
                "unavailableDates": ["2026-12-09", "2026-12-16"], "preferredSpecialist": nil, "excludedSpecialists": [2, 5],
                "note": "Frau K. berichtet über Schlafstörungen.", "status": "waiting", "referredOn": "2026-10-01",
                "notBefore": nil, "consentGivenOn": "2026-09-30", "consentOverrideReason": nil, "withdrawalReason": nil,
                "waitingDays": .integer(Int64(index % 60)), "overWaitingLimit": false, "placement": nil,
            ]
            return .object(referral)
        }
        return ["referrals": .array(referrals), "today": "2026-12-05", "waitingLimitWeeks": 12]
    }
}
