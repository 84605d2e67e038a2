/// The list of top-level commands. Adding a command is one file under `Commands/`, its
/// declaration under `Declarations/`, plus one line here.
public enum CommandTable {
    /// Every command group, in the order `lotse help` shows them.
    public static var all: [any CommandGroup.Type] {
        [
            AdminCommand.self,
            MailCommand.self,
            ClientCommand.self,
            ScreenCommand.self,
            ReferralCommand.self,
            HelpPlanCommand.self,
            SpecialistCommand.self,
            CaseworkerCommand.self,
            SessionCommand.self,
            RosterCommand.self,
            AssessmentCommand.self,
            AppointmentCommand.self,
            FollowUpCommand.self,
            ReportCommand.self,
            SolveCommand.self,
            DemoCommand.self,
        ]
    }

    /// Every declaration, in the same order.
    public static var specs: [CommandSpec] { all.map { $0.spec } }

    /// The group called `name`, if any.
    public static func group(named name: String) -> (any CommandGroup.Type)? {
        all.first { $0.spec.name == name }
    }
}
