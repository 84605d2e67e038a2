import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Sessions`: consultation sessions — a day, a start, a run of equal slots, a
/// place, the kinds the slots accept and the interpreter languages booked. Recurring
/// sessions use a subset of RFC 5545 RRULE (`FREQ=MONTHLY;BYDAY=1TU`, `BYDAY=-1WE`,
/// `FREQ=WEEKLY;INTERVAL=2`, `UNTIL`, `COUNT`), expanded in Europe/Berlin wall time; a
/// rule without `UNTIL` or `COUNT` is expanded twelve months ahead. Each occurrence is a
/// session of its own, so one can be cancelled alone, or the series from it on.
public struct SessionsInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = SessionsProtocol.name

    /// How far an open-ended rule is expanded.
    static let horizonMonths = 12

    /// The IDL (`SessionsProtocol`).
    public let idl = SessionsProtocol.idl

    /// Coordinators add and cancel; every role lists.
    public var methods: [String: MethodEntry] {
        [
            "Add": .single(roles: [.coordinator]) { r throws(VarlinkError) in try Self.wrap { () throws(CoordinationError) in try Self.add(r) } },
            "List": .single(roles: [.caseworker, .coordinator, .specialist, .admin]) { r throws(VarlinkError) in
                try Self.wrap { () throws(CoordinationError) in try Self.list(r) }
            },
            "Cancel": .single(roles: [.coordinator]) { r throws(VarlinkError) in
                try Self.wrap { () throws(CoordinationError) in
                    guard let id = r.parameters["session"]?.integerValue, id > 0 else {
                        throw CoordinationError.invalid("session", en: "The session must be a positive number.", de: "Die Sprechstunde muss eine positive Zahl sein.")
                    }
                    let result = try RosterService(r).cancelSession(SessionID(id), series: r.parameters["series"]?.boolValue ?? false)
                    return ["cancelled": .array(result.sessions.map { .integer($0.rawValue) }),
                            "returnedReferrals": .array(result.returned.map { .integer($0.rawValue) }),
                            "mailsQueued": .integer(Int64(result.mailsQueued))]
                }
            },
        ]
    }

    static func wrap(_ body: () throws(CoordinationError) -> [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        do { return try body() } catch { throw error.varlink(name) }
    }

    static func json(_ session: Session, specialistName: String, series: Int64?) -> JSONValue {
        ["id": .integer(session.id.rawValue), "specialist": .integer(session.specialist.rawValue),
         "specialistName": .string(specialistName), "date": .string(session.date.description),
         "start": .string(session.start.description), "slots": .integer(Int64(session.slotCount)),
         "slotMinutes": .integer(Int64(session.slotMinutes)), "place": .string(session.place),
         "kinds": .array(session.kinds.map(\.rawValue).sorted().map { .string($0) }),
         "interpreterLanguages": .array(session.interpreterLanguages.sorted().map { .string($0.description) }),
         "status": .string(session.status.rawValue), "series": series.map { .integer($0) } ?? .null]
    }

    static func add(_ request: MethodRequest) throws(CoordinationError) -> [String: JSONValue] {
        let p = request.parameters
        let dateText = p["date"]?.stringValue ?? ""
        guard let date = CalendarDate(iso: dateText) else { throw .invalid("date", en: "\"\(dateText)\" is not a date; write YYYY-MM-DD.",
                                                                               de: "„\(dateText)“ ist kein Datum; schreiben Sie JJJJ-MM-TT.") }
        let startText = p["start"]?.stringValue ?? ""
        guard let start = TimeOfDay(parsing: startText) else { throw .invalid("start", en: "\"\(startText)\" is not a time; write HH:MM.",
                                                                                 de: "„\(startText)“ ist keine Uhrzeit; schreiben Sie HH:MM.") }
        var kinds: Set<ReferralKind> = []
        for value in p["kinds"]?.arrayValue ?? [] {
            guard let kind = value.stringValue.flatMap(ReferralKind.init(rawValue:)) else {
                throw .invalid("kinds", en: "\"\(value.stringValue ?? "")\" is not a kind; use assessment, follow-up or consultation.",
                               de: "„\(value.stringValue ?? "")“ ist keine Art; möglich sind assessment, follow-up oder consultation.")
            }
            kinds.insert(kind)
        }
        var interpreters: Set<LanguageCode> = []
        for value in p["interpreterLanguages"]?.arrayValue ?? [] {
            guard let code = value.stringValue.flatMap(LanguageCode.init) else {
                throw .invalid("interpreterLanguages", en: "\"\(value.stringValue ?? "")\" is not a language code.",
                               de: "„\(value.stringValue ?? "")“ ist kein Sprachcode.")
            }
            interpreters.insert(code)
        }
        let zone = TimeZone(identifier: "Europe/Berlin") ?? .current
        var dates = [date]
        var ruleText: String?
        var cutAfter: CalendarDate?
        if let text = p["rrule"]?.stringValue, !text.isEmpty {
            do {
                let rule = try RecurrenceRule.parse(text)
                let recurrence = try Recurrence(rule: rule, start: LocalDateTime(date: date, time: start), timeZone: zone)
                let horizon = date.adding(months: horizonMonths)
                dates = recurrence.occurrences(in: date...horizon).map(\.date)
                ruleText = rule.description
                // A rule that goes on past the horizon is cut there, and the reply says so
                // (a monthly rule's next date lies at most about two months on).
                if !recurrence.occurrences(in: horizon.adding(days: 1)...horizon.adding(months: 2)).isEmpty { cutAfter = dates.last }
            } catch let error as RecurrenceRuleError {
                // The part and value at fault, said once (the caller names the rule's option).
                throw .invalid("rrule", en: error.reason(in: .en), de: error.reason(in: .de))
            } catch let error as RecurrenceError {
                throw .invalid("rrule", en: error.reason(in: .en), de: error.reason(in: .de))
            } catch {
                throw .invalid("rrule", en: "The rule \"\(text)\" cannot be expanded from \(date.displayText): \(error).",
                               de: "Die Regel „\(text)“ lässt sich ab \(date.displayText) nicht ausrechnen: \(error).")
            }
            if dates.isEmpty {
                throw .invalid("rrule", en: "The rule \"\(text)\" gives no date from \(date.displayText) on.",
                               de: "Die Regel „\(text)“ ergibt ab \(date.displayText) keinen Termin.")
            }
        }
        let specialistID = SpecialistID(p["specialist"]?.integerValue ?? 0)
        let now = request.services.now()
        // A date already gone is almost always a typing error; it is taken only when the
        // coordinator says it records a session that took place (`past`). Its slots are
        // never offered: the planner and manual placements skip days before today.
        let today = CalendarDate(instant: now, in: zone)
        if date < today, p["past"]?.boolValue != true {
            throw .invalid("date", en: "\(date.displayText) is in the past; give --past to record a session that took place.",
                           de: "\(date.displayText) liegt in der Vergangenheit; geben Sie --past an, um eine stattgefundene Sprechstunde zu erfassen.")
        }
        // --past records a session that took place; on a day to come its slots would never
        // be offered, a session nobody could be booked into.
        if date > today, p["past"]?.boolValue == true {
            throw .invalid("past", en: "\(date.displayText) is still to come; --past is only for a session that took place.",
                           de: "\(date.displayText) liegt in der Zukunft; --past gilt nur für eine Sprechstunde, die stattgefunden hat.")
        }
        let slotCount = Int(p["slots"]?.integerValue ?? 0)
        let slotMinutes = Int(p["slotMinutes"]?.integerValue ?? 0)
        let place = p["place"]?.stringValue ?? ""
        if let refusal = OneLineText.refusal(place, field: "place") { throw CoordinationError.invalid(refusal) }
        // A wall-clock time that does not exist on a day (02:30 when the clocks go forward
        // at the end of March) is refused rather than moved: nobody meant to invite clients
        // to an hour that is skipped, and the calendar would show 03:30.
        for day in dates {
            if case .movedForwardOverGap = ZonedTime(LocalDateTime(date: day, time: start), in: zone).resolution {
                throw .invalid("start", en: "\(start) does not exist on \(day.displayText): the clocks go forward that night; choose another time.",
                               de: "\(start) Uhr gibt es am \(day.displayText) nicht: in der Nacht wird auf Sommerzeit umgestellt; bitte eine andere Uhrzeit wählen.")
            }
        }
        // Checked before anything is written: a series row is stored ahead of its sessions,
        // and an out-of-range slot count must be refused naming its field, not reach the
        // database's own CHECK.
        if case .failure(let error) = Session.make(id: SessionID(0), specialist: specialistID, date: date, start: start, slotCount: slotCount,
                                                    slotMinutes: slotMinutes, place: place, kinds: kinds, interpreterLanguages: interpreters) {
            throw CoordinationError.invalid(error)
        }
        let (series, sessions, specialistName) = try request.services.database.writing { (db: Connection) throws -> (Int64?, [Session], String) in
            guard let specialist = try SpecialistRepository(db).find(specialistID) else {
                throw CoordinationError.notFound("specialist", specialistID.description)
            }
            var series: Int64?
            if let ruleText {
                try db.execute("""
                    INSERT INTO session_series (specialist_id, rrule, first_on, start_time, slot_count, slot_minutes, place, kinds,
                                                interpreter_languages, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, json(?), json(?), ?)
                    """, [specialistID, ruleText, date, start, Int64(slotCount), Int64(slotMinutes), String(place.prefix(200)),
                          jsonList(kinds.map(\.rawValue)), jsonList(interpreters.map(\.description)), now])
                series = db.lastInsertedRowID
            }
            let repository = SessionRepository(db)
            // One specialist cannot hold two sessions at once: a session that overlaps one
            // already scheduled on the same day is refused, naming the other one.
            let minutes = start.minutesSinceMidnight..<(start.minutesSinceMidnight + slotCount * slotMinutes)
            for day in dates {
                for other in try repository.list(from: day, through: day, specialist: specialistID) where other.status == .scheduled {
                    let otherMinutes = other.start.minutesSinceMidnight..<(other.start.minutesSinceMidnight + other.slotCount * other.slotMinutes)
                    if minutes.overlaps(otherMinutes) {
                        throw CoordinationError.invalid("start",
                            en: "\(specialist.name) already holds session \(other.id) on \(day.displayText) from \(other.start) (\(other.slotCount) × \(other.slotMinutes) minutes); sessions of one specialist cannot overlap.",
                            de: "\(specialist.name) hat am \(day.displayText) ab \(other.start) Uhr schon die Sprechstunde \(other.id) (\(other.slotCount) × \(other.slotMinutes) Minuten); Sprechstunden einer Fachkraft dürfen sich nicht überschneiden.")
                    }
                }
            }
            var made: [Session] = []
            for day in dates {
                switch Session.make(id: try repository.nextID(), specialist: specialistID, date: day, start: start, slotCount: slotCount,
                                    slotMinutes: slotMinutes, place: place, kinds: kinds, interpreterLanguages: interpreters) {
                case .success(let session):
                    try repository.insert(session, seriesID: series, now: now)
                    made.append(session)
                case .failure(let error):
                    throw CoordinationError.invalid(error)
                }
            }
            return (series, made, specialist.name)
        }
        let caller = request.caller
        request.services.audit(AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: caller.roleSummary, action: "session.add",
                                          recordKind: series == nil ? "session" : "session-series",
                                          recordID: series.map(String.init) ?? sessions.first?.id.description,
                                          detail: "\(EnglishCount.of(sessions.count, "session")) from \(date)"))
        return ["series": series.map { .integer($0) } ?? .null,
                "sessions": .array(sessions.map { json($0, specialistName: specialistName, series: series) }),
                "cutAfter": cutAfter.map { .string($0.description) } ?? .null]
    }

    static func jsonList(_ values: [String]) -> String {
        "[" + values.sorted().map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    static func list(_ request: MethodRequest) throws(CoordinationError) -> [String: JSONValue] {
        let zone = TimeZone(identifier: "Europe/Berlin") ?? .current
        let month: CalendarMonth
        if let text = request.parameters["month"]?.stringValue {
            guard text.count == 7, let parsed = CalendarMonth(iso: text) else {
                throw .invalid("month", en: "\"\(text)\" is not a month; write YYYY-MM.", de: "„\(text)“ ist kein Monat; schreiben Sie JJJJ-MM.")
            }
            month = parsed
        } else {
            month = CalendarMonth(containing: CalendarDate(instant: request.services.now(), in: zone))
        }
        let items = try request.services.database.reading { (db: Connection) throws -> [JSONValue] in
            var names: [SpecialistID: String] = [:]
            for specialist in try SpecialistRepository(db).list() { names[specialist.id] = specialist.name }
            var items: [JSONValue] = []
            for session in try SessionRepository(db).list(from: month.firstDay, through: month.lastDay) {
                let series = try db.fetchValue(Int64.self, "SELECT series_id FROM sessions WHERE id = ?", [session.id])
                items.append(json(session, specialistName: names[session.specialist] ?? session.specialist.description, series: series))
            }
            return items
        }
        return ["sessions": .array(items)]
    }
}
