/// The one place that decides which part of a client record may cross to whom: for each
/// role and each group of fields (`DisclosedField`), the consent scopes the client must
/// have in force. Every daemon method that replies with client data asks this table, and
/// the README's privacy section writes the same table out; the matrix test drives real
/// daemons from it, so a reply that carries a field the table forbids fails the tests.
///
/// Who is related to a record at all (the client's own caseworker, the specialist who
/// holds the appointment or wrote the assessment, the district's coordinators) is decided
/// before this table is asked; the table only narrows what such a person sees.
public enum ConsentPolicy {
    /// The scopes `role` needs for `field`; nil: never, whatever the client agreed to.
    ///
    /// Decisions: the frame of a record (that it exists, its number, dates and the
    /// pseudonym) needs no scope — it is how the service is run and how a withdrawal is
    /// seen. Recommendation codes and follow-up steps always flow back to the caseworker
    /// (they become the help plan); the specialist's free-text note only with
    /// `exchange-with-specialist`. Without that scope the specialist sees the pseudonym,
    /// language, interpreter, kind and urgency band, nothing the caseworker wrote and no
    /// screening. Help plans are the caseworker's casework, read by coordinators too and
    /// narrowed by no scope (what an assessment adds to them the table allows anyway);
    /// specialists do not read them. Admins run the system and see frames only.
    public static func requirement(_ role: Role, _ field: DisclosedField) -> Set<ConsentScope>? {
        switch (role, field) {
        case (_, .referralFrame): []
        case (.admin, _), (.specialist, .helpPlan): nil
        case (_, .helpPlan): []
        case (_, .referralPlanning): [.referral]
        case (.specialist, .referralNote): [.referral, .exchangeWithSpecialist]
        case (_, .referralNote): [.referral]
        case (.specialist, .screeningResult), (.specialist, .screeningAnswers): [.screening, .exchangeWithSpecialist]
        case (_, .screeningResult), (_, .screeningAnswers): [.screening]
        case (_, .assessmentFrame), (_, .assessmentRecommendations), (_, .assessmentSteps): []
        case (.caseworker, .assessmentNote): [.exchangeWithSpecialist]
        case (.specialist, .assessmentNote): []
        case (.coordinator, .assessmentNote): nil
        }
    }

    /// Whether someone acting in any of `roles` may see `field` while `consent` is in force.
    public static func may(_ roles: Set<Role>, consent: Set<ConsentScope>, see field: DisclosedField) -> Bool {
        roles.contains { role in requirement(role, field).map { $0.isSubset(of: consent) } ?? false }
    }

    /// Every field someone acting in `roles` may see under `consent`.
    public static func visible(to roles: Set<Role>, consent: Set<ConsentScope>) -> Set<DisclosedField> {
        Set(DisclosedField.allCases.filter { may(roles, consent: consent, see: $0) })
    }

    /// The scopes in force on `day`: consents given on or before it and not withdrawn by
    /// then. A withdrawal recorded today ends the scope today.
    public static func scopes(in consents: [Consent], on day: CalendarDate) -> Set<ConsentScope> {
        Set(ConsentScope.allCases.filter { scope in consents.contains { $0.covers(scope, on: day) } })
    }

    /// The scopes that govern a referral's fields on `day`. A referral about no client
    /// (a consultation) carries no client data, so nothing narrows it. A referral submitted
    /// on an override counts as consented to `referral` — never to screening or exchange —
    /// until the client withdraws a consent on or after its day.
    public static func scopes(for referral: Referral, consents: [Consent], on day: CalendarDate) -> Set<ConsentScope> {
        guard referral.client != nil else { return Set(ConsentScope.allCases) }
        var scopes = scopes(in: consents, on: day)
        if case .override = referral.consentBasis,
           !consents.contains(where: { ($0.withdrawnOn.map { $0 >= referral.referredOn }) ?? false }) {
            scopes.insert(.referral)
        }
        return scopes
    }
}
