import Testing
@testable import LotseCore

@Suite struct ClientAndConsentTests {
    typealias F = ModelFixtures

    private func client() throws -> Client {
        Client(id: try F.client(), caseworker: try F.user("anna"), municipality: try F.municipality(), openedOn: try F.date("2026-01-10"))
    }

    @Test func consentCoversItsScopeFromItsDateUntilWithdrawn() throws {
        var consent = try Consent.make(givenOn: try F.date("2026-02-01"), scope: [.screening, .referral]).get()
        #expect(consent.covers(.referral, on: try F.date("2026-02-01")))
        #expect(!consent.covers(.referral, on: try F.date("2026-01-31")))
        #expect(!consent.covers(.exchangeWithSpecialist, on: try F.date("2026-03-01")))
        #expect(consent.withdraw(on: try F.date("2026-01-01")).failureValue?.field == "withdrawnOn")
        #expect(consent.withdraw(on: try F.date("2026-06-01")).succeeded)
        #expect(!consent.covers(.referral, on: try F.date("2026-06-01")))
        #expect(consent.covers(.referral, on: try F.date("2026-05-31")))
        #expect(consent.withdraw(on: try F.date("2026-07-01")).failureValue?.description == "consent: was already withdrawn")
        #expect(Consent.make(givenOn: try F.date("2026-02-01"), scope: []).failureValue?.field == "scope")
    }

    @Test func referralNeedsConsentOrAnOverrideWithReason() throws {
        let day = try F.date("2026-03-01")
        let consent = try Consent.make(givenOn: try F.date("2026-02-01"), scope: [.referral]).get()
        #expect(ConsentBasis.establish(consents: [consent], overrideReason: nil, on: day) == .success(.consent(consent)))
        #expect(ConsentBasis.establish(consents: [], overrideReason: nil, on: day).failureValue?.field == "consent")
        #expect(ConsentBasis.establish(consents: [], overrideReason: "  ", on: day).failureValue?.description == "override reason: is empty; give a short text")
        #expect(ConsentBasis.establish(consents: [], overrideReason: "client cannot sign; consent given verbally with interpreter", on: day)
            == .success(.override(reason: "client cannot sign; consent given verbally with interpreter")))
    }

    @Test func clientRecordsConsentNotBeforeTheCase() throws {
        var c = try client()
        let early = try Consent.make(givenOn: try F.date("2026-01-01"), scope: [.referral]).get()
        #expect(c.record(early).failureValue?.field == "consent date")
        #expect(c.consents.isEmpty)
        let ok = try Consent.make(givenOn: try F.date("2026-01-10"), scope: [.referral]).get()
        #expect(c.record(ok).succeeded)
        #expect(c.consents == [ok])
    }

    @Test func aConsentGivenOnPaperMayPredateTheCaseAndCoversFromTheFormsDay() throws {
        var c = try client()
        let paper = try Consent.make(givenOn: try F.date("2025-11-03"), scope: [.referral], onPaper: true).get()
        #expect(c.record(paper).succeeded)
        #expect(c.consents.first?.onPaper == true)
        #expect(paper.covers(.referral, on: try F.date("2026-01-10")))
        #expect(!paper.covers(.referral, on: try F.date("2025-11-02")))
    }

    @Test func handOverChangesTheCaseworkerOfAnActiveClient() throws {
        var c = try client()
        #expect(c.handOver(to: try F.user("anna")).failureValue?.description == "caseworker: K-2026-0042 already belongs to anna")
        #expect(c.handOver(to: try F.user("bert")).succeeded)
        #expect(c.caseworker.value == "bert")
        _ = c.close(on: try F.date("2026-05-01"))
        #expect(c.handOver(to: try F.user("carla")).failureValue?.field == "client")
    }

    @Test func retentionCountsFromClosing() throws {
        var c = try client()
        #expect(c.purgeDate(monthsAfterClose: 24) == nil)
        #expect(c.close(on: try F.date("2026-05-31")).succeeded)
        #expect(c.purgeDate(monthsAfterClose: 24)?.description == "2028-05-31")
        #expect(!c.isDueForPurge(on: try F.date("2028-05-30"), monthsAfterClose: 24))
        #expect(c.isDueForPurge(on: try F.date("2028-05-31"), monthsAfterClose: 24))
        #expect(c.close(on: try F.date("2026-06-01")).failureValue != nil)
        #expect(c.reopen().succeeded)
        let later = try F.date("2030-01-01")
        #expect(c.closedOn == nil && !c.isDueForPurge(on: later, monthsAfterClose: 24))
    }
}
