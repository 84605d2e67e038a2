import Foundation
import LotseJSON
import Testing
@testable import LotseCore

/// Issue 16 (one JSON module): the report's JSON is now built as a `JSONValue` by hand
/// instead of through Foundation's `JSONEncoder` (which returned "{}" on any failure).
/// The text must stay what the `Codable` path wrote, so scripts of the first format read it.
@Suite struct ReportJSONTests {
    static func codablePath(_ document: ReportDocument) throws -> String {
        let data = try JSONEncoder().encode(document)
        return try JSONParser().parse(Array(data)).serialized + "\n"
    }

    @Test func theReportReadsTheSameAsThroughCodable() throws {
        let year = try ReportBuilderTests.build()
        #expect(ReportJSON.render(year) == (try Self.codablePath(year)))
        let quarter = try ReportBuilderTests.quarter(waits: [30, 40, 50, 112, 115, 120, 130])
        #expect(ReportJSON.render(quarter) == (try Self.codablePath(quarter)))
        #expect(ReportJSON.render(quarter).contains("\"reason\":\"order-statistic\""))
    }
}

@Suite struct PeriodFactsJSONTests {
    /// The frozen figures go into the database and come back whole through LotseJSON, and
    /// a row written by the earlier `Codable` path (keys sorted) reads the same.
    @Test func frozenFactsRoundTripAndReadTheEarlierForm() throws {
        let facts = ReportBuilder(records: ReportBuilderTests.records(), today: ReportBuilderTests.day("2027-05-15"), minCell: 5,
                                  waitingLimitWeeks: 8).facts(try #require(ReportPeriod.quarters(from: ReportBuilderTests.day("2027-01-01"),
                                                                                                  to: ReportBuilderTests.day("2027-03-31"))))
        #expect(PeriodFacts(json: facts.json) == facts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let earlier = try JSONParser().parse(Array(try encoder.encode(facts)))
        #expect(PeriodFacts(json: earlier) == facts)
        #expect(PeriodFacts(json: ["lists": [:]]) == nil)
    }
}
