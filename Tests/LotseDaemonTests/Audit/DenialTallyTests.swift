import Foundation
import LotseCore
import LotseStore
import LotseVarlink
import Testing
@testable import LotseDaemon

@Suite("Denials coalesced per account and minute, with an exact count")
struct DenialTallyTests {
    static let minuteStart = Date(timeIntervalSince1970: 1_780_000_020)

    static func denial(_ user: String = "mallory", uid: UInt32 = 1234, at second: Double, action: String = "org.lotse.Admin.Status",
                       record: String? = nil) -> AuditEntry {
        AuditEntry(at: minuteStart.addingTimeInterval(second), uid: uid, user: user, role: "none", action: action,
                   recordKind: record.map { _ in "client" }, recordID: record, outcome: .denied, detail: "needs admin")
    }

    /// Each row counts once, a summary row as many denials as its detail says.
    static func count(_ entries: [AuditEntry]) -> Int {
        entries.reduce(0) { total, entry in
            guard let detail = entry.detail, detail.hasPrefix("+"),
                  let n = Int(detail.dropFirst().prefix { $0.isNumber }) else { return total + 1 }
            return total + n
        }
    }

    @Test func fiveThousandDenialsInOneMinuteWriteTheFirstAtOnceAndOneSummaryWithTheRest() {
        let tally = DenialTally()
        var written: [AuditEntry] = []
        for n in 0..<5000 {
            written += tally.record(Self.denial(at: Double(n) * 0.01, action: n % 2 == 0 ? "org.lotse.Admin.Status" : "org.lotse.Admin.Reload"))
        }
        #expect(written.count == 1)
        #expect(written.first?.action == "org.lotse.Admin.Status")
        // Nothing is summarised while the minute is still running.
        #expect(tally.closedSummaries(now: Self.minuteStart.addingTimeInterval(59)).isEmpty)
        let summaries = tally.closedSummaries(now: Self.minuteStart.addingTimeInterval(60))
        #expect(summaries.count == 1)
        let summary = summaries.first
        #expect(summary?.detail == "+4999 more denials this minute: org.lotse.Admin.Reload ×2500, org.lotse.Admin.Status ×2499")
        #expect(summary?.action == "access.denied")
        #expect(summary?.user == "mallory")
        #expect(summary?.uid == 1234)
        #expect(summary?.outcome == .denied)
        #expect(Self.count(written + summaries) == 5000)
        // Taken once: the next flush has nothing left.
        #expect(tally.allSummaries().isEmpty)
    }

    @Test func aNewMinuteWritesThePreviousSummaryBeforeItsFirstDenial() {
        let tally = DenialTally()
        var written: [AuditEntry] = []
        for second in [0.0, 1, 2, 59.5, 60, 61] { written += tally.record(Self.denial(at: second)) }
        written += tally.allSummaries()
        #expect(written.map(\.detail) == ["needs admin", "+3 more denials this minute: org.lotse.Admin.Status ×3", "needs admin",
                                          "+1 more denials this minute: org.lotse.Admin.Status ×1"])
        // One method throughout: the summary keeps its action.
        #expect(written[1].action == "org.lotse.Admin.Status")
        #expect(Self.count(written) == 6)
    }

    @Test func accountsAreCountedApartAndASingleDenialHasNoSummary() {
        let tally = DenialTally()
        var written: [AuditEntry] = []
        for n in 0..<10 { written += tally.record(Self.denial("mallory", uid: 1, at: Double(n))) }
        written += tally.record(Self.denial("eve", uid: 2, at: 3))
        #expect(written.map(\.user) == ["mallory", "eve"])
        let summaries = tally.allSummaries()
        #expect(summaries.map(\.user) == ["mallory"])
        #expect(Self.count(written + summaries) == 11)
    }

    @Test func eachRecordIsNamedOnceAMinuteUpToTheCapAndTheRestIsCountedExactly() {
        let tally = DenialTally()
        var written: [AuditEntry] = []
        for n in 0..<300 {
            // Every record twice: the second attempt on a record is a repeat.
            for _ in 0..<2 { written += tally.record(Self.denial(at: Double(n) * 0.1, action: "client.read", record: "K-2026-\(1000 + n)")) }
        }
        #expect(written.count == DenialTally.individualRecords)
        #expect(Set(written.compactMap(\.recordID)).count == DenialTally.individualRecords)
        let summaries = tally.allSummaries()
        #expect(summaries.count == 1)
        #expect((summaries.first?.detail?.count ?? 0) <= DenialTally.maxDetailLength)
        #expect(summaries.first?.detail?.hasPrefix("+500 more denials this minute: client.read client K-2026-1000 ×1, client.read client K-2026-1001 ×1") == true)
        #expect(summaries.first?.recordID == nil)
        #expect(Self.count(written + summaries) == 600)
    }

    @Test func aRoleLessCallerDeniedFiveThousandTimesLeavesAtMostTwoEntriesPerMinuteWithTheExactCount() throws {
        let fixture = try DispatcherTests.Fixture()
        let mallory = DispatcherTests.caller("mallory", roles: [])
        for _ in 0..<5000 {
            #expect(fixture.call("org.lotse.Admin.Status", as: mallory) == [VarlinkReply(error: .permissionDenied)])
        }
        let before = try fixture.deniedAuditRows()
        // The run may straddle one minute boundary: one first entry per minute so far.
        #expect((1...2).contains(before.count))
        fixture.services.flushDenials(all: true)
        let after = try fixture.deniedAuditRows()
        #expect(after.count <= 4)
        #expect(Self.count(after) == 5000)
        #expect(after.allSatisfy { $0.user == "mallory" && $0.uid == 1234 })
    }
}
