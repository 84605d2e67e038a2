/// The daemon's interfaces. A new area of the service adds its interface here.
public enum InterfaceRegistry {
    /// Every production interface.
    public static var production: [any VarlinkInterface] {
        [
            AdminInterface(),
            MailInterface(),
            ReferralsInterface(),
            ScreeningInterface(),
            HelpPlansInterface(),
            SpecialistsInterface(),
            SessionsInterface(),
            RosterInterface(),
            CaseworkersInterface(),
            AssessmentsInterface(),
            AppointmentsInterface(),
            FollowUpsInterface(),
            ReportsInterface(),
        ]
    }

    /// The interfaces to serve: production ones, plus `org.lotse.Testing` when the
    /// environment enables it (end-to-end tests only).
    public static func interfaces(environment: [String: String]) -> [any VarlinkInterface] {
        var list = production
        if environment[TestingInterface.environmentVariable] == "1" { list.append(TestingInterface()) }
        return list
    }
}
