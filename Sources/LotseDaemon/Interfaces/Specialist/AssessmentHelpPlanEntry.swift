import Foundation
import LotseCore

/// Puts a recorded assessment into the client's help plan (issue 7): one new version,
/// authored by the specialist, whose new goals under "health and psychosocial support"
/// are the recommendations (the model's `HelpPlan.addAssessment`), each carrying the
/// agreed follow-up steps as its tasks. The model links the steps by id; so that the
/// caseworker reads them in `lotse helpplan show` without another command, the same
/// version also writes them into the new goals' notes (what, who, by when).
enum AssessmentHelpPlanEntry {
    /// The plan after adding `assessment` (opening it when the client has none yet).
    static func apply(to existing: HelpPlan?, client: ClientID, assessment: Assessment, catalogue: RecommendationCatalogue,
                      language: MessageLanguage, author: UserName, at now: Date, today: CalendarDate,
                      reviewMonths: Int) -> HelpPlan {
        var plan = existing ?? HelpPlan(client: client, author: author, authorRole: .specialist, at: now, today: today,
                                        reviewMonths: reviewMonths)
        plan.addAssessment(assessment, catalogue: catalogue, language: language, author: author, at: now)
        let notes = stepNotes(assessment.steps, language: language)
        guard !notes.isEmpty else { return plan }
        return withNotes(notes, onGoalsOf: assessment, in: plan) ?? plan
    }

    /// `Schritte: #3 … (lotse-cw, Integrationsmanager:in, bis 01.12.2026); #4 …`, at
    /// most `Goal.maxNotesLength` characters.
    static func stepNotes(_ steps: [FollowUpStep], language: MessageLanguage) -> String {
        guard !steps.isEmpty else { return "" }
        let items = steps.map { step -> String in
            let role = SpecialistWording.role(step.owner.role, language)
            return language == .de
                ? "#\(step.id) \(step.description) (\(step.owner.user), \(role), bis \(step.dueOn.germanText))"
                : "#\(step.id) \(step.description) (\(step.owner.user), \(role), due \(step.dueOn.germanText))"
        }
        let text = (language == .de ? "Schritte: " : "Steps: ") + items.joined(separator: "; ")
        let limit = Goal.maxNotesLength
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The line prefixes `stepNotes` writes, in either language.
    static let stepPrefixes = ["Schritte: #", "Steps: #"]

    /// `written` (the caseworker's new notes) with the generated step list of `previous`
    /// kept below it: a notes edit must not lose the links to the steps an assessment
    /// agreed (issue 15). Nothing is added when `previous` had no list or `written`
    /// already contains it.
    static func keepingStepLinks(_ written: String, previous: String) -> String {
        let lines = previous.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { line in stepPrefixes.contains { line.hasPrefix($0) } }) else { return written }
        let block = lines[index...].joined(separator: "\n")
        if written.contains(block) { return written }
        let own = written.trimmingCharacters(in: .whitespacesAndNewlines)
        return own.isEmpty ? block : own + "\n" + block
    }

    /// `notes` with its generated step list (if any) replaced by `steps` (none when empty):
    /// an amended assessment rewrites the list, the caseworker's own text stays.
    static func replacingStepLinks(in notes: String, with steps: String) -> String {
        let lines = notes.split(separator: "\n", omittingEmptySubsequences: false)
        let own = lines.firstIndex { line in stepPrefixes.contains { line.hasPrefix($0) } }
            .map { lines[..<$0].joined(separator: "\n") } ?? notes
        let trimmed = own.trimmingCharacters(in: .whitespacesAndNewlines)
        if steps.isEmpty { return trimmed }
        return trimmed.isEmpty ? steps : trimmed + "\n" + steps
    }

    /// The plan with `notes` on the first goal the newest version added for `assessment`. The
    /// model keeps goal notes settable only through a version of their own, so the newest
    /// version is rewritten through the model's own coding (nothing else changes); nil if
    /// that fails, and the plan then keeps the steps as linked ids only.
    static func withNotes(_ notes: String, onGoalsOf assessment: Assessment, in plan: HelpPlan) -> HelpPlan? {
        let codes = Set(assessment.recommendations.map(\.code.value))
        guard let data = try? JSONEncoder().encode(plan),
              var tree = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              var versions = tree["versions"] as? [[String: Any]], var newest = versions.last,
              var goals = newest["goals"] as? [[String: Any]] else { return nil }
        let earlier = Set(plan.versions.dropLast().last?.goals.map(\.id.rawValue) ?? [])
        // The first new goal carries the list; the others link the same steps by id.
        for index in goals.indices {
            guard let id = (goals[index]["id"] as? NSNumber)?.int64Value, !earlier.contains(id),
                  let code = goals[index]["recommendation"] as? String, codes.contains(code) else { continue }
            goals[index]["notes"] = notes
            break
        }
        newest["goals"] = goals
        versions[versions.count - 1] = newest
        tree["versions"] = versions
        guard let changed = try? JSONSerialization.data(withJSONObject: tree),
              let decoded = try? JSONDecoder().decode(HelpPlan.self, from: changed) else { return nil }
        return decoded
    }
}
