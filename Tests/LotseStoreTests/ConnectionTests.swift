import CSQLite
import Foundation
import Testing
@testable import LotseStore

@Suite("Connection: statements, binding, errors")
struct ConnectionTests {
    @Test func badSQLGivesAnErrorCarryingCodeMessageAndSQL() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let sql = "SELEKT * FROM nowhere"
        do {
            try connection.execute(sql)
            Issue.record("bad SQL was accepted")
        } catch {
            #expect(error.kind == .sqlite)
            #expect(error.resultCode == SQLITE_ERROR)
            #expect(error.message.contains("syntax error"))
            #expect(error.sql == sql)
            #expect(error.description.contains(sql))
            #expect(error.description.contains("SQLite error 1"))
        }
    }

    @Test func constraintViolationCarriesTheExtendedCode() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        try connection.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE) STRICT")
        try connection.execute("INSERT INTO t (name) VALUES (?)", ["x"])
        let error = #expect(throws: StoreError.self) { try connection.execute("INSERT INTO t (name) VALUES (?)", ["x"]) }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.extendedResultCode == SQLITE_CONSTRAINT | (8 << 8)) // SQLITE_CONSTRAINT_UNIQUE
        #expect(error?.message.contains("UNIQUE") == true)
    }

    @Test func everyBindableTypeRoundTrips() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        try connection.executeScript("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, f INTEGER, n TEXT)")
        let blob = Data([0, 1, 2, 255])
        try connection.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", [Int64.max, 2.5, "Grüße ß 🙂", blob, true, nil])
        let row = try #require(try connection.fetchOne("SELECT * FROM t"))
        #expect(try row.decode(Int64.self, "i") == Int64.max)
        #expect(try row.decode(Double.self, "r") == 2.5)
        #expect(try row.decode(String.self, "s") == "Grüße ß 🙂")
        #expect(try row.decode(Data.self, "b") == blob)
        #expect(try row.decode(Bool.self, "f") == true)
        #expect(try row.decodeIfPresent(String.self, "n") == nil)
        #expect(row["n"] == .null)
    }

    @Test func emptyBlobStaysABlob() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let type = try connection.fetchValue(String.self, "SELECT typeof(?)", [Data()])
        #expect(type == "blob")
    }

    @Test func decodingTheWrongTypeNamesTheColumn() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let row = try #require(try connection.fetchOne("SELECT 'abc' AS name, NULL AS gone"))
        let wrongType = #expect(throws: StoreError.self) { try row.decode(Int64.self, "name") }
        #expect(wrongType?.kind == .decoding(column: "name", expected: "Int64"))
        let missing = #expect(throws: StoreError.self) { try row.decode(String.self, "gone") }
        #expect(missing?.message.contains("gone") == true)
        let noColumn = #expect(throws: StoreError.self) { try row.decode(String.self, "nope") }
        #expect(noColumn?.message.contains("no column \"nope\"") == true)
    }

    @Test func restoringFetchMakesOneValuePerRowInOrderAndLetsTheReaderQuery() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        try connection.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');")
        let sql = "SELECT id, name FROM t WHERE id >= ? ORDER BY id"
        // The reader runs the very query being listed: the rows are read before any is restored.
        let values = try connection.fetchAll(sql, [2]) { row throws(StoreError) -> String in
            let later = try connection.fetchAll(sql, [try row.decode(Int64.self, "id")]).count
            return "\(try row.decode(String.self, "name"))\(later)"
        }
        #expect(values == ["b2", "c1"])
        let refused = #expect(throws: StoreError.self) {
            try connection.fetchAll(sql, [1]) { row throws(StoreError) in try row.decode(Int64.self, "name") }
        }
        #expect(refused?.kind == .decoding(column: "name", expected: "Int64"))
    }

    @Test func wrongArgumentCountIsRefused() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let error = #expect(throws: StoreError.self) { try connection.execute("SELECT ?, ?", [1]) }
        #expect(error?.resultCode == SQLITE_RANGE)
        #expect(error?.message.contains("takes 2 arguments but 1") == true)
    }

    @Test func preparingTwoStatementsAtOnceIsRefused() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let error = #expect(throws: StoreError.self) { _ = try connection.prepare("SELECT 1; SELECT 2") }
        #expect(error?.message.contains("one statement") == true)
    }

    @Test func cachedStatementsAreReusedAndReset() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        let first = try connection.cachedStatement("SELECT ? + 1")
        let second = try connection.cachedStatement("SELECT ? + 1")
        #expect(first === second)
        #expect(try connection.fetchValue(Int.self, "SELECT ? + 1", [1]) == 2)
        #expect(try connection.fetchValue(Int.self, "SELECT ? + 1", [41]) == 42)
    }

    @Test func writerIsOpenedInWALWithFullSyncAndForeignKeys() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"), options: StoreOptions(busyTimeoutMilliseconds: 1234))
        #expect(try connection.fetchValue(String.self, "PRAGMA journal_mode") == "wal")
        #expect(try connection.fetchValue(Int.self, "PRAGMA synchronous") == 2)
        #expect(try connection.fetchValue(Int.self, "PRAGMA foreign_keys") == 1)
        #expect(try connection.fetchValue(Int.self, "PRAGMA busy_timeout") == 1234)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedClearly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("garbage.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { _ = try Connection.open(path: path) }
        #expect(error?.kind == .corruptDatabase)
        #expect(error?.message.contains("not a usable SQLite database") == true)
    }

    @Test func aDamagedDatabaseFailsQuickCheckAtOpen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("damaged.sqlite")
        do {
            let connection = try Connection.open(path: path)
            try connection.executeScript("""
                PRAGMA journal_mode = DELETE;
                CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
                CREATE INDEX t_v ON t (v);
                """)
            try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                for index in 0..<2000 { try db.execute("INSERT INTO t (v) VALUES (?)", ["value \(index)"]) }
            }
            connection.close()
        }
        // Overwrite a page in the middle of the file (not the header) with garbage.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2 / 4096 * 4096)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096))
        try handle.close()
        let error = #expect(throws: StoreError.self) { _ = try Connection.open(path: path) }
        #expect(error?.kind == .corruptDatabase)
    }
}

@Suite("Connection: statement cache bound")
struct StatementCacheTests {
    @Test func runtimeBuiltSQLDoesNotGrowTheCacheWithoutBoundAndKeepsWorking() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("a.sqlite"))
        try connection.executeScript("CREATE TABLE t (v INTEGER) STRICT")
        // A statement stepping while the cache is emptied by others keeps working.
        let outer = try connection.cachedStatement("SELECT value FROM json_each('[1,2,3]')")
        var seen: [Int64] = []
        try outer.forEachRow { row in
            for index in 0..<(Connection.statementCacheLimit / 2) {
                _ = try? connection.fetchValue(Int.self, "SELECT \(index) + \(seen.count)")
            }
            if case .integer(let value) = row["value"] ?? .null { seen.append(value) }
        }
        #expect(seen == [1, 2, 3])
        #expect(try connection.fetchValue(Int.self, "SELECT 41 + 1") == 42)
    }
}
