import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Screening`: the configured instruments, recording a screening (acute risk
/// first), and reading a client's screenings — health data, visible only to the client's
/// caseworker and the coordinators while consent to `screening` is in force, and to a
/// specialist who sees the client only with `exchange-with-specialist` too.
public struct ScreeningInterface: VarlinkInterface {
    /// The interface name.
    public static let name = ScreeningProtocol.name

    /// Creates the interface.
    public init() {}

    /// The IDL (`ScreeningProtocol`).
    public let idl = ScreeningProtocol.idl

    /// Caseworkers screen; coordinators and specialists read.
    public var methods: [String: MethodEntry] {
        [
            "Instruments": .single(roles: [.caseworker, .coordinator, .specialist]) { request throws(VarlinkError) in
                ["instruments": .array(request.services.configuration.configuration.instruments.map(CaseworkValues.instrument))]
            },
            "Record": .single(roles: [.caseworker], Self.record),
            "List": .single(roles: [.caseworker, .coordinator, .specialist], Self.list),
        ]
    }

    @Sendable static func record(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        let answers = AcuteRiskEscalation.answers(call)
        if answers.isAcute {
            // The escalation is recorded as a screening too, when the client is the caller's.
            return try AcuteRiskEscalation.report(call, action: "screening.record", recordKey: "screening") { db, owned throws(CaseworkFailure) in
                // The alert never waits for consent (vital interest); storing the answers does.
                guard call.scopes(of: owned).contains(.screening) else { return .null }
                let user = try call.userName()
                let instrument = call.configuration.instrument(named: call.string("instrument") ?? "")
                    ?? ScreeningInstrument(name: "acute-risk", title: "acute-risk questions only",
                                           titleDe: "nur die Fragen zur akuten Gefahr", answerRanges: [],
                                           scoring: .sum, scoredItems: [], bands: [], positiveIf: nil)
                let values = (call.request.parameters["answers"]?.arrayValue ?? []).compactMap(\.integerValue).map { Int(clamping: $0) }
                do throws(StoreError) {
                    let repository = ScreeningRepository(db)
                    let screeningID = try repository.nextID()
                    guard case .success(let screening) = Screening.perform(id: screeningID, client: owned.id, caseworker: user, on: call.today,
                                                                           acuteRisk: answers, instrument: instrument, answers: values) else { return .null }
                    try repository.insert(screening, now: call.now)
                    return CaseworkValues.screening(screening, instruments: call.configuration.instruments)
                } catch { throw CaseworkFailure(storeError: error) }
            }
        }
        return try call.write("screening.record") { db throws(CaseworkFailure) in
            let user = try call.userName()
            let client = try call.accessibleClient(try call.pseudonym(), in: db)
            // Storing answers is a use the client must have agreed to, as of today.
            try call.requireConsent(.screening, of: client)
            let name = call.string("instrument") ?? ""
            guard let instrument = call.configuration.instrument(named: name) else {
                let known = call.configuration.instruments.map(\.name).joined(separator: ", ")
                // Without any instrument configured there is nothing to offer but the setting.
                if known.isEmpty {
                    throw .invalid("instrument", en: "\"\(name)\" is not a configured instrument; none is configured ([instrument.NAME] in lotse.conf)",
                                   de: "„\(name)“ ist kein konfiguriertes Instrument; es ist keines eingerichtet ([instrument.NAME] in lotse.conf)")
                }
                throw .invalid("instrument", en: "\"\(name)\" is not a configured instrument (\(known))",
                               de: "„\(name)“ ist kein konfiguriertes Instrument (\(known))")
            }
            let values = (call.request.parameters["answers"]?.arrayValue ?? []).compactMap(\.integerValue).map { Int(clamping: $0) }
            let repository = ScreeningRepository(db)
            let id: ScreeningID
            do throws(StoreError) { id = try repository.nextID() } catch { throw CaseworkFailure(storeError: error) }
            let screening: Screening
            switch Screening.perform(id: id, client: client.id, caseworker: user, on: call.today, acuteRisk: answers,
                                     instrument: instrument, answers: values) {
            case .success(let performed): screening = performed
            case .failure(let error):
                switch error {
                case let .wrongCount(_, expected, given):
                    throw .invalid("answers", en: "\(name) has \(expected) items, but \(given) answers were given",
                                   de: "\(name) hat \(expected) Fragen, aber \(given) Antworten wurden gegeben")
                case let .outOfRange(_, item, answer, allowed):
                    throw .invalid("answers", en: "item \(item): \(answer) is outside \(allowed.lowerBound)–\(allowed.upperBound)",
                                   de: "Frage \(item): \(answer) liegt nicht in \(allowed.lowerBound)–\(allowed.upperBound)")
                }
            }
            do throws(StoreError) { try repository.insert(screening, now: call.now) } catch { throw CaseworkFailure(storeError: error) }
            try call.audit(db, "screening.record", kind: "screening", id: id.description, detail: "client \(client.id)")
            return ["screening": CaseworkValues.screening(screening, instruments: call.configuration.instruments), "escalation": .null]
        }
    }

    @Sendable static func list(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: name)
        return try call.read("screening.read") { db, audit throws(CaseworkFailure) in
            let id = try call.pseudonym()
            // In which roles the caller is related to the client: coordinator, its
            // caseworker, or a specialist it is booked with.
            var roles: Set<Role> = []
            if call.seesAll || call.caller.roles.contains(.caseworker), let client = try? call.accessibleClient(id, in: db) {
                roles.formUnion(call.audiences(caseworker: client.caseworker, specialistUser: nil))
            }
            if call.caller.roles.contains(.specialist) {
                let sees: Bool
                do throws(StoreError) { sees = try CaseworkQueries(db).specialist(call.caller.userName, sees: id) } catch { throw CaseworkFailure(storeError: error) }
                if sees { roles.insert(.specialist) }
            }
            if roles.isEmpty {
                if call.seesAll { _ = try call.accessibleClient(id, in: db) }
                throw CaseworkFailure(.denied(recordKind: "client", recordID: id.description))
            }
            // Screenings are shown only under the scopes in force today.
            try call.requireVisible(.screeningResult, roles: roles, scopes: try call.scopes(of: id, in: db), client: id)
            let records: [Screening]
            do throws(StoreError) { records = try ScreeningRepository(db).list(client: id) } catch { throw CaseworkFailure(storeError: error) }
            audit.describe(kind: "client", id: id.description, detail: "\(EnglishCount.of(records.count, "screening"))")
            audit.disclose(id)
            let instruments = call.configuration.instruments
            return ["screenings": .array(records.map { CaseworkValues.screening($0, instruments: instruments) })]
        }
    }
}
