import LotseProtocol
import LotseVarlink
import Testing
@testable import LotseDaemon

/// Every interface the daemon serves describes itself in IDL that parses (the daemon
/// refuses to start otherwise) and declares exactly the methods it has handlers for.
@Suite struct InterfaceDescriptionTests {
    @Test func everyProductionIDLParsesAndMatchesItsHandlers() {
        for interface in InterfaceRegistry.production + [TestingInterface()] {
            do {
                let description = try VarlinkInterfaceDescription(parsing: interface.idl)
                let declared = Set(description.methodOrder)
                let handled = Set(interface.methods.keys)
                #expect(handled.isSubset(of: declared), "\(description.name): handlers without a declaration")
                #expect(description.name == "org.lotse.Testing" || declared == handled,
                        "\(description.name): declared but not handled: \(declared.subtracting(handled).sorted())")
            } catch {
                Issue.record("an IDL does not parse: \(error)\n\(interface.idl.prefix(200))")
            }
        }
    }
}
