// The planner: maximise Σ w(r, s) under the eight hard constraints of `lotse-plan/1`,
// and prove how good the plan is.
//
// Method: Lagrangian relaxation + exact min-cost flow + branch-and-bound.
//
// * Constraints 1–5 and 8, and 7 for clients whose referrals share one municipality, form
//   a network (source → municipality [quota] → client/referral unit [1] → referral → slot
//   → sink), solved exactly by `AssignmentFlow` (successive shortest paths, one slot at a
//   time, Dijkstra with potentials). Weights are scaled by `scale` so prices can be
//   fractional while all arithmetic stays in integers.
// * Constraint 6 (a caseworker in two overlapping slots) is written as clique
//   constraints: for each caseworker k and each time point t, at most one of k's
//   referrals sits in a slot covering t (intervals overlap pairwise iff they share a
//   point). These, and constraint 7 for the rare client spread over two municipalities,
//   are relaxed with Lagrange prices λ ≥ 0, charged on every (referral, slot) pair they
//   touch, and adjusted by subgradient steps (Polyak step towards the best plan found).
// * Pairs are implicit: w(r, s) = a(r) − lateness(urgency, week(s)) + continuity, and
//   compatibility is language × kind plus a date mask and excluded specialists. The flow
//   runs on a candidate set (for every slot, the best referrals of each language × kind ×
//   urgency group plus a window at the slot's rank in that group); every other pair is
//   priced through slot lists sorted by `−lateness·week − z_s`, walked per referral until
//   no further slot can beat the best found, and pairs that price out join the candidates
//   (so hundreds of millions of pairs are never stored).
// * The bound is a real relaxation, valid for any prices: with slot prices z ≥ 0 (from the
//   flow's potentials) and λ ≥ 0, every referral takes its best priced slot, every unit
//   its best referral and every municipality its best `quota` units:
//       bound = Σ z_s + Σ λ + Σ_municipality top-quota Σ_unit max_r max(0, max_s w'(r,s) − z_s)
//   When the flow is optimal on all pairs this equals the Lagrangian dual value.
// * Primal plans come from each Lagrangian solution: caseworker clashes are first removed
//   by exchanges (move one referral to another slot, or swap it with that slot's holder,
//   losing as little as possible — the optimum is usually degenerate and this costs
//   nothing), then pairs are kept heaviest first while they fit, the rest re-solved as a
//   flow without the pairs they rule out ("fix and resolve"), and free slots filled.
// * When the search ends without proof, ejection chains (`PlanLocalSearch`) improve the
//   best plan: a waiting referral takes a slot, the one referral in its way moves on or
//   drops out, a few steps deep, kept only when the plan gains. An exact MILP solver on
//   small generated months shows why: the Lagrangian bound there is the true optimum, and
//   what was open was the plan (which referrals take part), not the bound.
// * Branch-and-bound (depth first; branch on a pair that breaks a relaxed constraint:
//   force it / forbid it) closes the remaining gap; `bound == objective` then proves
//   optimality. Effort is limited deterministically (flow solves and nodes, never the
//   clock), so the same problem always gives the same plan; when the budget ends first,
//   a last descent on the slot prices alone tightens the bound, and `bound − objective`
//   says honestly how much any plan could still gain.

/// Tuning of the search; the defaults solve the public samples to proven optimality.
public struct PlanSolverOptions: Sendable {
    /// Most branch-and-bound nodes; when reached, the plan is the best found and `bound`
    /// says how far from optimal it can be.
    public var maxNodes = 20_000
    /// Effort limit in whole flow solves (each augments every slot once): a deterministic
    /// limit, never a clock. When spent, the search stops with the best plan found and a
    /// valid bound, so `bound - objective` shows what could still be gained.
    public var flowSolveBudget = 16
    /// Slot augmentations always allowed, whatever the budget (small problems are solved
    /// to proven optimality however many branch-and-bound nodes they need).
    public var minimumFlowWork = 50_000
    /// Subgradient iterations at the root node.
    public var rootIterations = 120
    /// Subgradient iterations at every other node.
    public var nodeIterations = 25
    /// Effort of the ejection-chain improvement of the best plan, in slot tests per slot
    /// (a deterministic count, never a clock).
    public var localSearchEffort = 2_000
    /// Most slot tests one ejection chain may make, per slot of the month.
    public var localSearchChainEffort = 16
    /// Most candidate slots an ejection chain tries per step, by depth.
    public var localSearchBreadth = [24, 8, 4, 3, 2]
    /// Referrals per slot kept as explicit flow edges before pricing adds more.
    public var candidatesPerSlot = 16

    /// The defaults.
    public init() {}
}

/// Solves `lotse-plan/1` problems: pure, deterministic, no I/O and no clock.
public enum PlanSolver {
    /// The best plan found (optimal whenever `bound == objective`), with a reason for every
    /// referral left waiting.
    public static func solve(_ problem: PlanProblem, options: PlanSolverOptions = PlanSolverOptions()) -> PlanSolution {
        let instance = PlanInstance(problem)
        var search = PlanSearch(instance, options: options)
        let result = search.run()
        return PlanReasons.solution(instance, refSlot: result.refSlot, bound: result.bound, nodes: result.nodes)
    }
}
