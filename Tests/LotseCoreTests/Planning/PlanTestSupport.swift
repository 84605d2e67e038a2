import Foundation
@testable import LotseCore

/// Shared helpers for the planning tests: fixture paths, compact builders for hand-made
/// instances, an independent feasibility check and an exhaustive solver.
enum PlanFixtures {
    /// Tests/LotseCoreTests/Fixtures/plan, found from this file's path (no SwiftPM resources).
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plan")
    }

    /// The package root (three levels above Tests/LotseCoreTests/Planning).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The public samples and their proven optima (from the samples' README).
    static let optima: [(file: String, optimum: Int, assigned: Int)] = [
        ("tiny-5x3.json", 124, 2), ("s1-12x5.json", 149, 5), ("s2-60x20.json", 1057, 14),
        ("s3-400x120.json", 15862, 120), ("s4-2000x500.json", 49343, 500),
    ]

    /// Each sample solved once per test run (the suites share it; solving s4 in a debug
    /// build takes seconds).
    static let solutions: [String: PlanSolution] = {
        var out: [String: PlanSolution] = [:]
        for sample in optima {
            if let p = try? problem(sample.file) { out[sample.file] = PlanSolver.solve(p) }
        }
        return out
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func problem(_ name: String) throws -> PlanProblem {
        try PlanProblemParser.parse(try bytes(name))
    }
}

/// Compact constructors for hand-made problems.
enum PlanBuild {
    static func date(_ s: String) -> PlanDate { PlanDate(parsing: s) ?? PlanDate.epoch }

    static func slot(_ id: String, _ specialist: String, _ start: String, _ minutes: Int = 60,
                     languages: [String] = ["de"], kinds: [PlanKind] = [.assessment, .followUp, .consultation]) -> PlanSlot {
        PlanSlot(id: id, specialist: specialist, start: PlanDateTime(parsing: start) ?? PlanDateTime(date: .epoch, minuteOfDay: 0),
                 minutes: minutes, languages: languages, kinds: kinds)
    }

    static func referral(_ id: String, client: String? = nil, caseworker: String = "cw-1", municipality: String = "m",
                         kind: PlanKind = .assessment, language: String = "de", urgency: PlanUrgency = .routine,
                         referredOn: String = "2026-11-01", preferred: String? = nil, unavailable: [String] = [],
                         excluded: [String] = []) -> PlanReferral {
        PlanReferral(id: id, client: client, caseworker: caseworker, municipality: municipality, kind: kind,
                     language: language, urgency: urgency, referredOn: date(referredOn), preferredSpecialist: preferred,
                     unavailableDates: unavailable.map(date), excludedSpecialists: excluded)
    }

    static func problem(month: String = "2026-12", quotas: [(String, Int)] = [], weights: PlanWeights = PlanWeights(),
                        slots: [PlanSlot], referrals: [PlanReferral]) -> PlanProblem {
        PlanProblem(month: PlanMonth(parsing: month) ?? PlanMonth(clampingYear: 2026, month: 12),
                    weights: weights, quotas: quotas.map { ($0.0, $0.1) }, slots: slots, referrals: referrals)
    }
}

/// An independent judge of solutions, written from the spec without the solver's code.
enum PlanJudge {
    /// Violations of constraints 1–8 and of the objective's arithmetic; empty when fine.
    static func violations(_ p: PlanProblem, _ sol: PlanSolution) -> [String] {
        var out: [String] = []
        let slotByID = Dictionary(uniqueKeysWithValues: p.slots.map { ($0.id, $0) })
        let refByID = Dictionary(uniqueKeysWithValues: p.referrals.map { ($0.id, $0) })
        var usedSlots = Set<String>(), usedRefs = Set<String>()
        var total = 0
        var clients: [String: Int] = [:], munis: [String: Int] = [:]
        var byCW: [String: [PlanSlot]] = [:]
        for a in sol.assignments {
            guard let r = refByID[a.referral], let s = slotByID[a.slot] else { out.append("unknown id"); continue }
            if !usedSlots.insert(s.id).inserted { out.append("slot \(s.id) twice") }
            if !usedRefs.insert(r.id).inserted { out.append("referral \(r.id) twice") }
            if !p.isCompatible(r, s) { out.append("\(r.id)-\(s.id) incompatible") }
            if p.weight(r, s) != a.weight { out.append("weight of \(r.id)") }
            total += p.weight(r, s)
            if let c = r.client { clients[c, default: 0] += 1 }
            munis[r.municipality, default: 0] += 1
            byCW[r.caseworker, default: []].append(s)
        }
        for (c, n) in clients where n > 1 { out.append("client \(c) \(n) times") }
        for (mu, q) in p.quotas where munis[mu, default: 0] > q { out.append("quota \(mu)") }
        for (cw, slots) in byCW {
            for i in slots.indices { for j in slots.indices where i < j {
                let a = slots[i], b = slots[j]
                if a.start.absoluteMinute < b.start.absoluteMinute + b.minutes
                    && b.start.absoluteMinute < a.start.absoluteMinute + a.minutes { out.append("caseworker \(cw) overlap") }
            } }
        }
        if total != sol.objective { out.append("objective \(sol.objective) != \(total)") }
        if sol.bound < sol.objective { out.append("bound below objective") }
        if sol.assignments.count + sol.unassigned.count != p.referrals.count { out.append("referral count") }
        return out
    }

    /// The best objective by trying every plan (tiny problems only).
    static func exhaustiveOptimum(_ p: PlanProblem) -> Int {
        let refs = p.referrals, slots = p.slots
        var slotUsed = [Bool](repeating: false, count: slots.count)
        var clientUsed: Set<String> = []
        var muniCount: [String: Int] = [:]
        let quota = Dictionary(p.quotas.map { ($0.municipality, $0.limit) }, uniquingKeysWith: { _, b in b })
        var cwSlots: [String: [Int]] = [:]
        var best = 0
        func go(_ i: Int, _ value: Int) {
            if i == refs.count { best = max(best, value); return }
            go(i + 1, value)
            let r = refs[i]
            if let c = r.client, clientUsed.contains(c) { return }
            if let q = quota[r.municipality], muniCount[r.municipality, default: 0] >= q { return }
            for (j, s) in slots.enumerated() where !slotUsed[j] && p.isCompatible(r, s) {
                let mine = cwSlots[r.caseworker, default: []]
                let clash = mine.contains { k in
                    let o = slots[k]
                    return o.start.absoluteMinute < s.start.absoluteMinute + s.minutes
                        && s.start.absoluteMinute < o.start.absoluteMinute + o.minutes
                }
                if clash { continue }
                slotUsed[j] = true
                if let c = r.client { clientUsed.insert(c) }
                muniCount[r.municipality, default: 0] += 1
                cwSlots[r.caseworker, default: []].append(j)
                go(i + 1, value + p.weight(r, s))
                slotUsed[j] = false
                if let c = r.client { clientUsed.remove(c) }
                muniCount[r.municipality, default: 0] -= 1
                cwSlots[r.caseworker, default: []].removeLast()
            }
        }
        go(0, 0)
        return best
    }
}

/// SplitMix64: a tiny seeded generator, so randomized tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
