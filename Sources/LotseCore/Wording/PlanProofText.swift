/// How good a plan is, in plain words for coordinators: the solver proves an upper bound
/// on any plan's score, and "score 172, bound 172" means nothing to the people who approve
/// the roster. Equal numbers say no better plan exists; otherwise the gap says how many
/// points a better plan could at most gain.
public enum PlanProofText {
    /// `optimal — kein besserer Plan möglich` or `höchstens 3 Punkte besser möglich`.
    public static func words(objective: Int, bound: Int, language: MessageLanguage) -> String {
        let gap = bound - objective
        if gap <= 0 {
            return language.pick(de: "optimal — kein besserer Plan möglich", en: "optimal — no better plan possible")
        }
        return language.pick(de: gap == 1 ? "höchstens 1 Punkt besser möglich" : "höchstens \(gap) Punkte besser möglich",
                             en: gap == 1 ? "at most 1 point better possible" : "at most \(gap) points better possible")
    }

    /// The same from a reply's numbers, or nil when either is missing.
    public static func words(objective: Int64?, bound: Int64?, language: MessageLanguage) -> String? {
        guard let objective, let bound else { return nil }
        return words(objective: Int(objective), bound: Int(bound), language: language)
    }
}
