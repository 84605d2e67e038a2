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
        let interfaces = try LotseInterfaces.all.map { text in try VarlinkInterfaceDescription(parsing: text) }
        let (types, names) = WireCodeGenerator.sharedTypes(interfaces)
        var files = [("LotseWire+Shared.swift", WireCodeGenerator.renderShared(types))]
        for interface in interfaces {
            let generator = WireCodeGenerator(interface: interface, shared: names[interface.name] ?? [:])
            files.append((generator.namespace + "+Calls.swift", generator.render()))
        }
        for (name, rendered) in files {
            let file = Self.directory.appendingPathComponent(name)
            if regenerate { try rendered.write(to: file, atomically: true, encoding: .utf8) }
            let stored = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            #expect(stored == rendered, "\(name) is stale: LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes")
        }
    }
}
