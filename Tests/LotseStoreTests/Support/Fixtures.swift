import Foundation
@testable import LotseStore

/// Small helpers shared by the store tests.
enum Fixtures {
    /// `PRAGMA integrity_check` on a fresh connection to `path`.
    static func integrityCheck(_ path: String) throws -> [String] {
        let connection = try Connection.open(path: path, readOnly: true, options: StoreOptions(quickCheckAtOpen: false))
        defer { connection.close() }
        return try connection.fetchAll("PRAGMA integrity_check").map { try $0.decode(String.self, "integrity_check") }
    }

    /// The schema as SQLite records it (type, name, SQL), ignoring SQLite's own tables.
    static func schema(_ db: Connection) throws(StoreError) -> [String] {
        var lines: [String] = []
        for row in try db.fetchAll("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name") {
            lines.append("\(try row.decode(String.self, "type")) \(try row.decode(String.self, "name")): \(try row.decodeIfPresent(String.self, "sql") ?? "")")
        }
        return lines
    }

    /// Inserts a client with the given pseudonym (minimal valid row).
    static func insertClient(_ db: Connection, _ pseudonym: String, caseworker: String = "cw-anna") throws(StoreError) {
        try db.execute("""
            INSERT INTO clients (pseudonym, caseworker, municipality, opened_on, created_at)
            VALUES (?, ?, 'ludwigsburg', '2026-01-05', 1767600000)
            """, [pseudonym, caseworker])
    }
}

extension Fixtures {
    /// A valid pseudonym `K-YYYY-NNNN`: series 0 is year 2000, 1 is 2001, …; index 0 is number 0001.
    static func pseudonym(series: Int, _ index: Int) -> String {
        let number = String(index + 1)
        return "K-\(2000 + series)-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
    }
}
