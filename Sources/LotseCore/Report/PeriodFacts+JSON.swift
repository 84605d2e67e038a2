import LotseJSON

extension PeriodFacts {
    /// The facts as stored in `report_frozen_quarters.facts` (keys as the fields are
    /// named; the database's independent checker reads the same keys).
    public var json: JSONValue {
        func counts(_ map: [String: Int]) -> JSONValue { .object(map.mapValues { .integer(Int64($0)) }) }
        func nested(_ map: [String: [String: Int]]) -> JSONValue { .object(map.mapValues(counts)) }
        return [
            "lists": nested(lists), "slots": counts(slots), "assessments": .integer(Int64(assessments)),
            "helpPlanUpdates": .integer(Int64(helpPlanUpdates)), "escalations": .integer(Int64(escalations)),
            "waitingList": nested(waitingList), "referralsByMonth": counts(referralsByMonth),
            "waitsByMonth": .object(waitsByMonth.mapValues { .array($0.map { .integer(Int64($0)) }) }),
            "begun": .bool(begun),
        ]
    }

    /// Reads stored facts; nil when any field is missing or of another type, so a damaged
    /// row is refused instead of read as a quarter with fewer cases.
    public init?(json: JSONValue) {
        guard case .object(let o) = json else { return nil }
        func int(_ v: JSONValue?) -> Int? { v?.integerValue.flatMap { Int(exactly: $0) } }
        func counts(_ v: JSONValue?) -> [String: Int]? {
            guard case .object(let m)? = v else { return nil }
            var result: [String: Int] = [:]
            for (key, value) in m { guard let n = int(value) else { return nil }; result[key] = n }
            return result
        }
        func nested(_ v: JSONValue?) -> [String: [String: Int]]? {
            guard case .object(let m)? = v else { return nil }
            var result: [String: [String: Int]] = [:]
            for (key, value) in m { guard let inner = counts(value) else { return nil }; result[key] = inner }
            return result
        }
        guard let lists = nested(o["lists"]), let slots = counts(o["slots"]), let assessments = int(o["assessments"]),
              let helpPlanUpdates = int(o["helpPlanUpdates"]), let escalations = int(o["escalations"]),
              let waitingList = nested(o["waitingList"]), let referralsByMonth = counts(o["referralsByMonth"]),
              case .object(let waitsObject)? = o["waitsByMonth"], let begun = o["begun"]?.boolValue else { return nil }
        var waitsByMonth: [String: [Int]] = [:]
        for (month, value) in waitsObject {
            guard case .array(let items) = value else { return nil }
            let waits = items.compactMap(int)
            guard waits.count == items.count else { return nil }
            waitsByMonth[month] = waits
        }
        self.init(lists: lists, slots: slots, assessments: assessments, helpPlanUpdates: helpPlanUpdates, escalations: escalations,
                  waitingList: waitingList, referralsByMonth: referralsByMonth, waitsByMonth: waitsByMonth, begun: begun)
    }
}
