import LotseJSON

/// Writes a problem as a `lotse-plan/1` document, so that `lotse solve` and the
/// independent checker can be run on exactly what the benchmark measured or what the
/// daemon would solve for a month (`lotse roster problem`).
public enum PlanProblemJSON {
    /// The document; `PlanProblemParser` reads it back to the same problem.
    public static func text(_ p: PlanProblem) -> String {
        var w = JSONWriter()
        w.raw("{\n  \"format\": \"lotse-plan/1\",\n  \"month\": ")
        w.string(p.month.description)
        w.raw(",\n  \"weights\": {\"urgency\": {")
        w.raw(PlanUrgency.allCases.map { "\"\($0.name)\": \(p.weights.urgency[$0.rawValue])" }.joined(separator: ", "))
        w.raw("}, \"waitPerWeek\": \(p.weights.waitPerWeek), \"waitCapWeeks\": \(p.weights.waitCapWeeks), ")
        w.raw("\"continuity\": \(p.weights.continuity), \"latenessPerWeek\": {")
        w.raw(PlanUrgency.allCases.map { "\"\($0.name)\": \(p.weights.latenessPerWeek[$0.rawValue])" }.joined(separator: ", "))
        w.raw("}},\n  \"quotas\": {")
        w.raw(p.quotas.map { JSONWriter.quote($0.municipality) + ": \($0.limit)" }.joined(separator: ", "))
        w.raw("},\n  \"slots\": [")
        for (i, s) in p.slots.enumerated() {
            w.raw(i == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
            w.string(s.id)
            w.raw(", \"specialist\": ")
            w.string(s.specialist)
            w.raw(", \"start\": \"\(s.start)\", \"minutes\": \(s.minutes), \"languages\": [")
            w.raw(s.languages.map(JSONWriter.quote).joined(separator: ", "))
            w.raw("], \"kinds\": [")
            w.raw(s.kinds.map { JSONWriter.quote($0.name) }.joined(separator: ", "))
            w.raw("]}")
        }
        w.raw("\n  ],\n  \"referrals\": [")
        for (i, r) in p.referrals.enumerated() {
            w.raw(i == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
            w.string(r.id)
            if let c = r.client {
                w.raw(", \"client\": ")
                w.string(c)
            }
            w.raw(", \"caseworker\": ")
            w.string(r.caseworker)
            w.raw(", \"municipality\": ")
            w.string(r.municipality)
            w.raw(", \"kind\": \"\(r.kind.name)\", \"language\": ")
            w.string(r.language)
            w.raw(", \"urgency\": \"\(r.urgency.name)\", \"referredOn\": \"\(r.referredOn)\"")
            if let pref = r.preferredSpecialist {
                w.raw(", \"preferredSpecialist\": ")
                w.string(pref)
            }
            if !r.unavailableDates.isEmpty {
                w.raw(", \"unavailableDates\": [" + r.unavailableDates.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
            }
            if !r.excludedSpecialists.isEmpty {
                w.raw(", \"excludedSpecialists\": [" + r.excludedSpecialists.map(JSONWriter.quote).joined(separator: ", ") + "]")
            }
            w.raw("}")
        }
        w.raw("\n  ]\n}\n")
        return w.text
    }
}
