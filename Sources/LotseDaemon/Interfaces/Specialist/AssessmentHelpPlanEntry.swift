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
        // The first new goal carries the list of agreed steps; the others link the same
        // steps by id.
        plan.addAssessment(assessment, catalogue: catalogue, language: language, author: author, at: now,
                           firstGoalNotes: stepNotes(assessment.steps, language: language))
        return plan
    }

    /// `Schritte: #3 … (lotse-cw, Integrationsmanager:in, bis 01.12.2026); #4 …`, at
    /// most `Goal.maxNotesLength` characters.
    static func stepNotes(_ steps: [FollowUpStep], language: MessageLanguage) -> String {
        guard !steps.isEmpty else { return "" }
        let words = GoalWording.stepWords[language] ?? ("Steps: ", "due")
        let items = steps.map { step -> String in
            let role = SpecialistWording.role(step.owner.role, language)
            return "#\(step.id) \(step.description) (\(step.owner.user), \(role), \(words.due) \(step.dueOn.displayText))"
        }
        let text = words.prefix + items.joined(separator: "; ")
        let limit = Goal.maxNotesLength
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The line prefixes `stepNotes` writes, in either language.
    static let stepPrefixes = GoalWording.stepWords.values.map { $0.prefix + "#" }

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
}
