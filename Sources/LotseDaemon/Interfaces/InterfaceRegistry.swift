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
            AdmissionInterface(),
        ]
    }

    /// The interfaces to serve: production ones, plus `org.lotse.Testing` when a debug
    /// build's environment enables it (end-to-end tests only). A release build — the one
    /// that is packaged and installed — has no such interface at all, whatever its
    /// environment says: a test interface is not a production feature that a stray
    /// variable may switch on.
    public static func interfaces(environment: [String: String]) -> [any VarlinkInterface] {
        var list = production
        #if DEBUG
        if TestHooks.enabled(environment) { list.append(TestingInterface()) }
        #endif
        return list
    }
}
