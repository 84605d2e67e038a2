import Foundation
import LotseCLI
import LotseProtocol
import LotseVarlink
import Testing

/// The one error set: every error any interface declares — Lotse's own (the demo's and the
/// test interface's included) and `org.varlink.service`'s — has its wording in
/// `DaemonErrors`, in German and in English, and the wording uses the parameters the
/// declaration gives it rather than a placeholder for a missing one.
@Suite struct DaemonErrorWordingTests {
    /// A value of the declared type, different per field, so a sentence that names it can
    /// be checked for it.
    static func sample(_ type: VarlinkType, field: String) -> JSONValue {
        switch type {
        case .bool: return true
        case .int: return 7
        case .float: return 1.5
        case .string, .named: return .string("«\(field)»")
        case .object, .structure: return .object([:])
        case .optional(let inner): return sample(inner, field: field)
        case .array(let inner): return .array([sample(inner, field: field)])
        case .map(let inner): return .object(["k": sample(inner, field: field)])
        case .enumeration(let cases): return .string(cases.first ?? "")
        }
    }

    static var interfaces: [VarlinkInterfaceDescription] {
        get throws {
            try (LotseInterfaces.all + [VarlinkServiceInterface.idl]).map { try VarlinkInterfaceDescription(parsing: $0) }
        }
    }

    @Test func everyDeclaredErrorHasAGermanAndAnEnglishWording() throws {
        var missing: [String] = []
        var checked = 0
        for interface in try Self.interfaces {
            for (name, fields) in interface.errors {
                let qualified = interface.name + "." + name
                guard DaemonErrors.isWorded(qualified) else {
                    missing.append(qualified)
                    continue
                }
                var parameters: [String: JSONValue] = [:]
                for field in fields { parameters[field.name] = Self.sample(field.type, field: field.name) }
                let failure = DaemonErrors.failure(VarlinkError(qualified, parameters: parameters),
                                                   DaemonErrors.Call(method: "org.lotse.Example.Method"))
                #expect(!failure.german.isEmpty && !failure.english.isEmpty, "\(qualified)")
                #expect(failure.german != failure.english, "\(qualified) reads the same in both languages: \(failure.english)")
                #expect(failure.exitCode != .ok, "\(qualified)")
                // A parameter the sentence reads is there: no "?" stands in for it.
                for text in [failure.german, failure.english] {
                    #expect(!text.contains("„?“") && !text.contains("'?'") && !text.contains(" ? ") && !text.hasSuffix(" ?"),
                            "\(qualified) misses a parameter: \(text)")
                }
                checked += 1
            }
        }
        #expect(missing.isEmpty, "errors declared without a wording in DaemonErrors: \(missing.sorted())")
        #expect(checked >= 40, "only \(checked) errors checked")
    }
    /// A sentence the daemon words (`message`) comes in German too (`messageDe`, never
    /// optional), and the German wording of the error reads the German one, never the
    /// English: a store failure or a refused backup reaches a German reader in German.
    /// Every other parameter is a code or a value the CLI words itself.
    @Test func everySentenceAnErrorCarriesComesInGermanTooAndTheGermanWordingReadsIt() throws {
        var wrong: [String] = []
        for interface in try Self.interfaces where interface.name != VarlinkServiceInterface.name {
            for (name, fields) in interface.errors where fields.contains(where: { $0.name == "message" }) {
                let qualified = interface.name + "." + name
                guard case .string = fields.first(where: { $0.name == "messageDe" })?.type else {
                    wrong.append("\(qualified) declares message without messageDe: string")
                    continue
                }
                var parameters: [String: JSONValue] = [:]
                for field in fields { parameters[field.name] = Self.sample(field.type, field: field.name) }
                let failure = DaemonErrors.failure(VarlinkError(qualified, parameters: parameters),
                                                   DaemonErrors.Call(method: "org.lotse.Example.Method"))
                if !failure.german.contains("«messageDe»") || failure.german.contains("«message»") {
                    wrong.append("\(qualified) reads in German: \(failure.german)")
                }
                if !failure.english.contains("«message»") || failure.english.contains("«messageDe»") {
                    wrong.append("\(qualified) reads in English: \(failure.english)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func anErrorOfADaemonNewerThanTheCommandStillReadsAsOneSentence() {
        let failure = DaemonErrors.failure(VarlinkError("org.lotse.Future.Surprise", parameters: ["message": "later"]),
                                           DaemonErrors.Call(method: "org.lotse.Future.Call"))
        #expect(failure.exitCode == .software)
        #expect(failure.german == "Der Dienst meldet einen Fehler: later")
        #expect(failure.english == "The daemon reported an error: later")
        #expect(!DaemonErrors.isWorded("org.lotse.Future.Surprise"))
    }

    @Test func aDenialNamesTheRecordWhenTheCommandGivesOne() {
        let denied = VarlinkError(VarlinkError.permissionDenied.name)
        let plain = DaemonErrors.failure(denied, DaemonErrors.Call(method: "org.lotse.Admin.Status"))
        #expect(plain.english == "Permission denied: your role does not allow org.lotse.Admin.Status.")
        let named = DaemonErrors.failure(denied, DaemonErrors.Call(method: "org.lotse.Referrals.Get", subject: "K-2026-0001",
                                                                   command: "lotse referral show"))
        #expect(named.exitCode == .permissionDenied)
        #expect(named.german.hasPrefix("Keine Berechtigung für K-2026-0001"))
        #expect(DaemonErrors.failure(VarlinkError(AdmissionProtocol.noRole), DaemonErrors.Call(method: "x")) == DaemonConnection.noRole)
    }
}
