import Foundation
import LotseCore
import LotseVarlink
import Testing
@testable import LotseDaemon

/// The caseworker interfaces' contracts: IDL and handlers agree, roles are as the scope
/// rules say, and failures become the declared errors.
@Suite struct CaseworkInterfaceTests {
    static let interfaces: [any VarlinkInterface] = [ReferralsInterface(), ScreeningInterface(), HelpPlansInterface()]

    @Test func everyDeclaredMethodHasAHandlerAndEveryHandlerIsDeclared() throws {
        for interface in Self.interfaces {
            let description = try VarlinkInterfaceDescription(parsing: interface.idl)
            #expect(Set(description.methodOrder) == Set(interface.methods.keys), "\(description.name)")
            // Every error a handler can raise is declared.
            for error in ["InvalidValue", "NotFound", "DatabaseError"] {
                #expect(description.errors[error] != nil, "\(description.name) lacks \(error)")
            }
        }
    }

    @Test func caseworkersWriteCoordinatorsReadAndHandOverSpecialistsOnlyReadScreenings() {
        let referrals = ReferralsInterface().methods
        for name in ["RecordConsent", "WithdrawConsent", "Submit", "Update", "Withdraw", "CloseClient", "ReopenClient"] {
            #expect(referrals[name]?.roles == [.caseworker], "\(name)")
        }
        // Coordinators open clients for caseworkers, with a chosen pseudonym (no oracle to them).
        #expect(referrals["CreateClient"]?.roles == [.caseworker, .coordinator])
        for name in ["GetClient", "ListClients", "List", "Get"] {
            #expect(referrals[name]?.roles == [.caseworker, .coordinator], "\(name)")
        }
        #expect(referrals["HandOver"]?.roles == [.coordinator])
        let screening = ScreeningInterface().methods
        #expect(screening["Record"]?.roles == [.caseworker])
        #expect(screening["List"]?.roles == [.caseworker, .coordinator, .specialist])
        let plans = HelpPlansInterface().methods
        for name in ["AddGoal", "UpdateGoal", "Review"] { #expect(plans[name]?.roles == [.caseworker], "\(name)") }
        for name in ["Get", "History"] { #expect(plans[name]?.roles == [.caseworker, .coordinator], "\(name)") }
    }

    @Test func failuresBecomeTheInterfacesErrorsAndADenialRevealsNothing() throws {
        let interface = "org.lotse.Referrals"
        let invalid = CaseworkFailure.invalid("note", en: "too long", de: "zu lang").varlinkError(interface: interface)
        #expect(invalid.name == "org.lotse.Referrals.InvalidValue")
        #expect(invalid.parameters["field"] == "note")
        #expect(invalid.parameters["messageDe"] == "zu lang")
        let denied = CaseworkFailure(.denied(recordKind: "client", recordID: "K-2026-0001")).varlinkError(interface: interface)
        #expect(denied == .permissionDenied)
        #expect(denied.parameters.isEmpty)
        let client = try #require(ClientID("K-2026-0001"))
        let open = CaseworkFailure(.openReferralExists(client: client, referral: 3))
        #expect(open.varlinkError(interface: interface).parameters["referral"] == 3)
    }
}
