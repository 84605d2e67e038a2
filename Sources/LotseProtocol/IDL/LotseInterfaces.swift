/// Every interface of Lotse's wire contract, in the order the daemon serves them. The
/// typed requests and replies are generated from exactly these texts.
public enum LotseInterfaces {
    /// The IDL texts of the production interfaces (with the refusals at accept,
    /// `org.lotse.Admission`, and the demo daemon's `org.lotse.Demo`) and, in a debug
    /// build only, of the test-only `org.lotse.Testing` (a release build does not contain
    /// it at all).
    public static var all: [String] {
        var texts = [
            AdminProtocol.idl, MailProtocol.idl, ReferralsProtocol.idl, ScreeningProtocol.idl, HelpPlansProtocol.idl,
            SpecialistsProtocol.idl, SessionsProtocol.idl, RosterProtocol.idl, CaseworkersProtocol.idl,
            AssessmentsProtocol.idl, AppointmentsProtocol.idl, FollowUpsProtocol.idl, ReportsProtocol.idl,
            AdmissionProtocol.idl, DemoProtocol.idl,
        ]
        #if DEBUG
        texts.append(TestingProtocol.idl)
        #endif
        return texts
    }

    /// Every method's typed reply, by fully qualified method name: what a client reads a
    /// reply as, and what the reply tests decode every real reply with.
    public static var replyTypes: [String: any LotseReply.Type] {
        var all: [String: any LotseReply.Type] = [:]
        var tables = [AdminProtocol.replyTypes, MailProtocol.replyTypes, ReferralsProtocol.replyTypes, ScreeningProtocol.replyTypes,
                      HelpPlansProtocol.replyTypes, SpecialistsProtocol.replyTypes, SessionsProtocol.replyTypes,
                      RosterProtocol.replyTypes, CaseworkersProtocol.replyTypes, AssessmentsProtocol.replyTypes,
                      AppointmentsProtocol.replyTypes, FollowUpsProtocol.replyTypes, ReportsProtocol.replyTypes,
                      DemoProtocol.replyTypes]
        #if DEBUG
        tables.append(TestingProtocol.replyTypes)
        #endif
        for types in tables {
            all.merge(types) { first, _ in first }
        }
        return all
    }
}
