import LotseJSON

/// Reads and validates `lotse-plan/1` problems. Everything the format forbids is reported
/// (not only the first error), each naming its item, and nothing is half-accepted.
public enum PlanProblemParser {
    static let topFields: [(String, Bool)] = [("format", true), ("month", true), ("weights", false),
                                              ("quotas", false), ("slots", true), ("referrals", true)]
    static let slotFields: [(String, Bool)] = [("id", true), ("specialist", true), ("start", true),
                                               ("minutes", true), ("languages", true), ("kinds", true)]
    static let referralFields: [(String, Bool)] = [
        ("id", true), ("client", false), ("caseworker", true), ("municipality", true), ("kind", true),
        ("language", true), ("urgency", true), ("referredOn", true), ("preferredSpecialist", false),
        ("unavailableDates", false), ("excludedSpecialists", false)]
    static let optionalReferralFields = Set(referralFields.filter { !$0.1 }.map(\.0))
    static let weightFields = ["urgency", "waitPerWeek", "waitCapWeeks", "continuity", "latenessPerWeek"]
    static let kindList = "assessment, follow-up, consultation"
    static let urgencyList = "high, elevated, routine"

    /// Parses UTF-8 bytes of a problem document.
    public static func parse(_ bytes: [UInt8]) throws(PlanFormatError) -> PlanProblem {
        let doc: JSONValue
        do {
            doc = try JSONParser().parse(bytes)
        } catch {
            // "… at line 3, column 17 (byte 52)": the line and column for the person
            // editing the file, the byte for tools.
            throw PlanFormatError(messages: ["problem: not valid JSON: \(error)"],
                                  german: ["Problem: kein gültiges JSON: \(error.germanDescription)"])
        }
        return try validate(doc)
    }

    /// Parses a problem document held in a string.
    public static func parse(_ text: String) throws(PlanFormatError) -> PlanProblem {
        try parse(Array(text.utf8))
    }

    /// Unknown fields (in the order of their names, so that the same file always gives the
    /// same messages), then missing required ones (in the format's order).
    private static func checkFields(_ members: [String: JSONValue], _ table: [(String, Bool)],
                                    _ at: String, _ errors: inout PlanMessages) {
        let prefix = at.isEmpty ? "" : at + "."
        let unknown = members.keys.filter { k in !table.contains { $0.0 == k } }
        for k in unknown.sorted() { errors.add("\(prefix)\(k): unknown field", de: "\(prefix)\(k): unbekanntes Feld") }
        for (k, required) in table where required && members[k] == nil {
            errors.add("\(prefix)\(k): missing", de: "\(prefix)\(k): fehlt")
        }
    }

    private static func nonEmptyString(_ v: JSONValue?) -> String? {
        if case .string(let s)? = v, !s.isEmpty { return s }
        return nil
    }

    private static func nonNegativeInt(_ v: JSONValue) -> Int? {
        if case .integer(let i) = v, i >= 0 { return Int(i) }
        return nil
    }

    /// Validates a parsed document.
    public static func validate(_ doc: JSONValue) throws(PlanFormatError) -> PlanProblem {
        guard case .object(let top) = doc else { throw PlanFormatError(messages: ["problem: not a JSON object"], german: ["Problem: kein JSON-Objekt"])  }
        var errors = PlanMessages()
        checkFields(top, topFields, "", &errors)
        if let f = doc["format"], f != .string("lotse-plan/1") {
            errors.add("format: \(f.quoted) is not \"lotse-plan/1\"", de: "format: \(f.quoted) ist nicht \"lotse-plan/1\"")
        }
        var month: PlanMonth?
        if let m = doc["month"] {
            if case .string(let s) = m, let pm = PlanMonth(parsing: s) { month = pm } else {
                errors.add("month: \(m.quoted) is not a month YYYY-MM", de: "month: \(m.quoted) ist kein Monat der Form JJJJ-MM")
            }
        }
        var weights = PlanWeights()
        if let w = doc["weights"] { weights = validateWeights(w, &errors) }
        var quotas: [(municipality: String, limit: Int)] = []
        if let q = doc["quotas"] {
            if case .object(let members) = q {
                // By name: the same file always gives the same problem.
                for (k, v) in members.sorted(by: { $0.key < $1.key }) {
                    if k.isEmpty {
                        errors.add("quotas: empty municipality name", de: "quotas: Name einer Gemeinde ist leer")
                    } else if let n = nonNegativeInt(v) {
                        quotas.append((k, n))
                    } else {
                        errors.add("quotas.\(k): \(v.quoted) is not a non-negative integer", de: "quotas.\(k): \(v.quoted) ist keine ganze Zahl ab 0")
                    }
                }
            } else {
                errors.add("quotas: not an object", de: "quotas: kein Objekt")
            }
        }
        var slots: [PlanSlot] = []
        if let s = doc["slots"] {
            if case .array(let items) = s {
                slots = validateSlots(items, month, &errors)
            } else {
                errors.add("slots: not an array", de: "slots: keine Liste")
            }
        }
        var referrals: [PlanReferral] = []
        if let r = doc["referrals"] {
            if case .array(let items) = r {
                referrals = validateReferrals(items, month, &errors)
            } else {
                errors.add("referrals: not an array", de: "referrals: keine Liste")
            }
        }
        guard errors.isEmpty, let validMonth = month else {
            if errors.isEmpty { errors.add("month: missing", de: "month: fehlt") }
            throw PlanFormatError(messages: errors.english, german: errors.german)
        }
        return PlanProblem(month: validMonth, weights: weights, quotas: quotas, slots: slots, referrals: referrals)
    }

    private static func validateWeights(_ w: JSONValue, _ errors: inout PlanMessages) -> PlanWeights {
        var weights = PlanWeights()
        guard case .object(let members) = w else {
            errors.add("weights: not an object", de: "weights: kein Objekt")
            return weights
        }
        checkFields(members, weightFields.map { ($0, false) }, "weights", &errors)
        for key in ["waitPerWeek", "waitCapWeeks", "continuity"] {
            guard let v = w[key] else { continue }
            guard let n = nonNegativeInt(v) else {
                errors.add("weights.\(key): \(v.quoted) is not a non-negative integer", de: "weights.\(key): \(v.quoted) ist keine ganze Zahl ab 0")
                continue
            }
            switch key {
            case "waitPerWeek": weights.waitPerWeek = n
            case "waitCapWeeks": weights.waitCapWeeks = n
            default: weights.continuity = n
            }
        }
        var ruleCheckable = true
        for key in ["urgency", "latenessPerWeek"] {
            guard let v = w[key] else { continue }
            guard case .object(let levels) = v else {
                errors.add("weights.\(key): not an object", de: "weights.\(key): kein Objekt")
                ruleCheckable = false
                continue
            }
            checkFields(levels, PlanUrgency.allCases.map { ($0.name, false) }, "weights.\(key)", &errors)
            for (name, value) in levels.sorted(by: { $0.key < $1.key }) {
                guard let u = PlanUrgency(name: name) else { continue }
                guard let n = nonNegativeInt(value) else {
                    errors.add("weights.\(key).\(name): \(value.quoted) is not a non-negative integer", de: "weights.\(key).\(name): \(value.quoted) ist keine ganze Zahl ab 0")
                    ruleCheckable = false
                    continue
                }
                if key == "urgency" { weights.urgency[u.rawValue] = n } else { weights.latenessPerWeek[u.rawValue] = n }
            }
        }
        if ruleCheckable {
            for u in PlanUrgency.allCases {
                let a = weights.urgency[u.rawValue], b = weights.latenessPerWeek[u.rawValue]
                if !(a > 4 * b) {
                    errors.add("weights: urgency.\(u.name) (\(a)) must exceed 4 x latenessPerWeek.\(u.name) (\(b)), or a late slot would weigh nothing", de: "weights: urgency.\(u.name) (\(a)) muss größer sein als 4 x latenessPerWeek.\(u.name) (\(b)), sonst hätte ein später Platz kein Gewicht")
                }
            }
        }
        return weights
    }

    private static func validateSlots(_ items: [JSONValue], _ month: PlanMonth?, _ errors: inout PlanMessages) -> [PlanSlot] {
        var slots: [PlanSlot] = []
        var seen: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let at = "slots[\(i)]"
            guard case .object(let members) = item else {
                errors.add("\(at): not an object", de: "\(at): kein Objekt")
                continue
            }
            let before = errors.english.count
            checkFields(members, slotFields, at, &errors)
            var id = ""
            if let v = item["id"] {
                if let s = nonEmptyString(v) {
                    if let first = seen[s] {
                        errors.add("\(at).id: duplicate id \(JSONWriter.quote(s)) (also slots[\(first)])", de: "\(at).id: Kennung \(JSONWriter.quote(s)) kommt doppelt vor (auch slots[\(first)])")
                    } else {
                        seen[s] = i
                    }
                    id = s
                } else {
                    errors.add("\(at).id: not a non-empty string", de: "\(at).id: kein Text oder leer")
                }
            }
            var specialist = ""
            if let v = item["specialist"] {
                if let s = nonEmptyString(v) { specialist = s } else { errors.add("\(at).specialist: not a non-empty string", de: "\(at).specialist: kein Text oder leer") }
            }
            var start: PlanDateTime?
            if let v = item["start"] {
                if case .string(let s) = v, let t = PlanDateTime(parsing: s) {
                    start = t
                    if let m = month, t.date < m.firstDay || m.lastDay < t.date {
                        errors.add("\(at).start: \(s) is not in month \(m)", de: "\(at).start: \(s) liegt nicht im Monat \(m)")
                    }
                } else {
                    errors.add("\(at).start: \(v.quoted) is not YYYY-MM-DDTHH:MM", de: "\(at).start: \(v.quoted) ist kein Zeitpunkt der Form JJJJ-MM-TTThh:mm")
                }
            }
            var minutes = 0
            if let v = item["minutes"] {
                if case .integer(let n) = v, n > 0, n <= 1_000_000 { minutes = Int(n) } else {
                    errors.add("\(at).minutes: \(v.quoted) is not a positive integer", de: "\(at).minutes: \(v.quoted) ist keine ganze Zahl über 0")
                }
            }
            var languages: [String] = []
            if let v = item["languages"] {
                if case .array(let ls) = v, let strings = Optional(ls.compactMap(nonEmptyString)), strings.count == ls.count {
                    languages = strings
                } else {
                    errors.add("\(at).languages: not an array of non-empty strings", de: "\(at).languages: keine Liste nicht leerer Texte")
                }
            }
            var kinds: [PlanKind] = []
            if let v = item["kinds"] {
                if case .array(let ks) = v {
                    for (j, k) in ks.enumerated() {
                        if case .string(let s) = k, let kind = PlanKind(name: s) { kinds.append(kind) } else {
                            errors.add("\(at).kinds[\(j)]: \(k.quoted) is not one of \(kindList)", de: "\(at).kinds[\(j)]: \(k.quoted) ist keiner der Werte \(kindList)")
                        }
                    }
                } else {
                    errors.add("\(at).kinds: not an array", de: "\(at).kinds: keine Liste")
                }
            }
            if errors.english.count == before, let start {
                slots.append(PlanSlot(id: id, specialist: specialist, start: start, minutes: minutes,
                                      languages: languages, kinds: kinds))
            }
        }
        return slots
    }

    private static func validateReferrals(_ items: [JSONValue], _ month: PlanMonth?, _ errors: inout PlanMessages) -> [PlanReferral] {
        var referrals: [PlanReferral] = []
        var seen: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let at = "referrals[\(i)]"
            guard case .object(let rawMembers) = item else {
                errors.add("\(at): not an object", de: "\(at): kein Objekt")
                continue
            }
            let before = errors.english.count
            checkFields(rawMembers, referralFields, at, &errors)
            // An optional field that is null counts as absent.
            let members = rawMembers.filter { !($0.value == .null && optionalReferralFields.contains($0.key)) }
            let r = JSONValue.object(members)
            var id = ""
            if let v = r["id"] {
                if let s = nonEmptyString(v) {
                    if let first = seen[s] {
                        errors.add("\(at).id: duplicate id \(JSONWriter.quote(s)) (also referrals[\(first)])", de: "\(at).id: Kennung \(JSONWriter.quote(s)) kommt doppelt vor (auch referrals[\(first)])")
                    } else {
                        seen[s] = i
                    }
                    id = s
                } else {
                    errors.add("\(at).id: not a non-empty string", de: "\(at).id: kein Text oder leer")
                }
            }
            var strings: [String: String] = [:]
            for key in ["client", "caseworker", "municipality", "language"] {
                guard let v = r[key] else { continue }
                if let s = nonEmptyString(v) { strings[key] = s } else { errors.add("\(at).\(key): not a non-empty string", de: "\(at).\(key): kein Text oder leer") }
            }
            var kind = PlanKind.assessment
            if let v = r["kind"] {
                if case .string(let s) = v, let k = PlanKind(name: s) { kind = k } else {
                    errors.add("\(at).kind: \(v.quoted) is not one of \(kindList)", de: "\(at).kind: \(v.quoted) ist keiner der Werte \(kindList)")
                }
            }
            var urgency = PlanUrgency.routine
            if let v = r["urgency"] {
                if case .string(let s) = v, let u = PlanUrgency(name: s) { urgency = u } else {
                    errors.add("\(at).urgency: \(v.quoted) is not one of \(urgencyList)", de: "\(at).urgency: \(v.quoted) ist keiner der Werte \(urgencyList)")
                }
            }
            var referredOn: PlanDate?
            if let v = r["referredOn"] {
                if case .string(let s) = v, let d = PlanDate(parsing: s) {
                    referredOn = d
                    if let m = month, m.lastDay < d {
                        errors.add("\(at).referredOn: \(s) is after the month's last day \(m.lastDay)", de: "\(at).referredOn: \(s) liegt nach dem letzten Tag des Monats, \(m.lastDay)")
                    }
                } else {
                    errors.add("\(at).referredOn: \(v.quoted) is not YYYY-MM-DD", de: "\(at).referredOn: \(v.quoted) ist kein Datum der Form JJJJ-MM-TT")
                }
            }
            var preferred: String?
            if let v = r["preferredSpecialist"] {
                if let s = nonEmptyString(v) { preferred = s } else {
                    errors.add("\(at).preferredSpecialist: not null or a non-empty string", de: "\(at).preferredSpecialist: weder null noch ein nicht leerer Text")
                }
            }
            var unavailable: [PlanDate] = []
            if let v = r["unavailableDates"] {
                if case .array(let ds) = v {
                    for (j, d) in ds.enumerated() {
                        if case .string(let s) = d, let date = PlanDate(parsing: s) { unavailable.append(date) } else {
                            errors.add("\(at).unavailableDates[\(j)]: \(d.quoted) is not YYYY-MM-DD", de: "\(at).unavailableDates[\(j)]: \(d.quoted) ist kein Datum der Form JJJJ-MM-TT")
                        }
                    }
                } else {
                    errors.add("\(at).unavailableDates: not an array", de: "\(at).unavailableDates: keine Liste")
                }
            }
            var excluded: [String] = []
            if let v = r["excludedSpecialists"] {
                if case .array(let xs) = v, let strs = Optional(xs.compactMap(nonEmptyString)), strs.count == xs.count {
                    excluded = strs
                } else {
                    errors.add("\(at).excludedSpecialists: not an array of non-empty strings", de: "\(at).excludedSpecialists: keine Liste nicht leerer Texte")
                }
            }
            if errors.english.count == before, let referredOn, let caseworker = strings["caseworker"],
               let municipality = strings["municipality"], let language = strings["language"] {
                referrals.append(PlanReferral(
                    id: id, client: strings["client"], caseworker: caseworker, municipality: municipality, kind: kind,
                    language: language, urgency: urgency, referredOn: referredOn, preferredSpecialist: preferred,
                    unavailableDates: unavailable, excludedSpecialists: excluded))
            }
        }
        return referrals
    }
}

extension JSONValue {
    /// The value as a short literal for the planner's messages (`"2026-13"`, `60.5`,
    /// `true`), so that the message shows what the file holds; object keys sorted.
    var quoted: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return JSONWriter.quote(s)
        case .array(let items): return "[" + items.map(\.quoted).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.sorted { $0.key < $1.key }.map { JSONWriter.quote($0.key) + ": " + $0.value.quoted }
                .joined(separator: ", ") + "}"
        }
    }
}

/// The messages of one validation in both languages, kept in step: every problem is
/// worded in English (the format's own wording, shared with independent checkers) and in
/// German (what `lotse solve` shows a German user).
struct PlanMessages {
    private(set) var english: [String] = []
    private(set) var german: [String] = []

    var isEmpty: Bool { english.isEmpty }

    mutating func add(_ english: String, de german: String) {
        self.english.append(english)
        self.german.append(german)
    }
}
