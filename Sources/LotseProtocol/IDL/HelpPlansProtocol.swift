/// The wire contract of `org.lotse.HelpPlans`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum HelpPlansProtocol {
    /// The interface's name.
    public static let name = "org.lotse.HelpPlans"

    /// The IDL text.
    public static let idl = """
    # Help plans: goals per domain (language, work, recognition-of-qualifications,
    # housing, school-and-education, health-and-psychosocial-support) with status (open,
    # in-progress, reached, dropped), target date and notes. Every change is a new
    # version; nothing is overwritten. Scope as in org.lotse.Referrals (caseworkers: own
    # clients; others PermissionDenied, audited); every read and write is audited.
    interface org.lotse.HelpPlans

    # titleDe/titleEn and notesDe/notesEn: the title and notes in German and English where
    # an assessment generated them (a recommendation's label, the list of agreed steps);
    # what people wrote reads the same in both. title and notes are as stored.
    type Goal (
      id: int,
      domain: string,
      title: string,
      status: string,
      targetDate: ?string,
      notes: string,
      titleDe: string,
      titleEn: string,
      notesDe: string,
      notesEn: string
    )

    # One version: who changed what when (authoredAt ISO 8601 UTC), the goals after it.
    type Version (
      number: int,
      author: string,
      authorRole: string,
      authoredAt: string,
      change: string,
      reviewOn: string,
      goals: []Goal
    )

    type Plan (client: string, version: Version, reviewDue: bool)

    # The current plan; null when none was opened yet.
    method Get(client: string) -> (plan: ?Plan)

    # Adds a goal (opening the plan if needed). targetDate today or later.
    method AddGoal(client: string, domain: string, title: string, targetDate: ?string, notes: ?string) -> (plan: Plan, goal: int)

    # Changes a goal's status, target date and/or notes as one new version.
    method UpdateGoal(client: string, goal: int, status: ?string, targetDate: ?string, notes: ?string) -> (plan: Plan)

    # Records a review; the next review date moves review_months ahead.
    method Review(client: string) -> (plan: Plan)

    # Every version, oldest first.
    method History(client: string) -> (versions: []Version)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    \(SharedIDLTypes.databaseError)

    """
}
