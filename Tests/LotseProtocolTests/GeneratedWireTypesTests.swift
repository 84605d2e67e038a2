import Foundation
import LotseProtocol
import LotseVarlink
import Testing

/// The typed requests and replies in `Sources/LotseProtocol/Generated` are exactly what
/// the IDLs give today: a changed IDL without regenerated types fails here, with the
/// command that regenerates them.
@Suite struct GeneratedWireTypesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/LotseProtocol/Generated").standardizedFileURL

    @Test func theGeneratedTypesAreCurrent() throws {
        let regenerate = ProcessInfo.processInfo.environment["LOTSE_REGENERATE"] == "1"
        for text in LotseInterfaces.all {
            let generator = WireCodeGenerator(interface: try VarlinkInterfaceDescription(parsing: text))
            let file = Self.directory.appendingPathComponent(generator.namespace + "+Calls.swift")
            let rendered = generator.render()
            if regenerate { try rendered.write(to: file, atomically: true, encoding: .utf8) }
            let stored = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            #expect(stored == rendered, "\(file.lastPathComponent) is stale: LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes")
        }
    }
}
