import Foundation
import LotseCore
import LotseVarlink

/// `lotse roster plan|show|pin|move|drop|add|approve|publish|refill|waiting`: the
/// coordinator's month over `org.lotse.Roster`.
public enum RosterCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        var operands = Array(rest.dropFirst())
        if verb == "waiting" { return waiting(context, options, operands) }
        guard let month = operands.first, month.count == 7 else { return usage(context) }
        operands.removeFirst()
        let monthParameter: [String: JSONValue] = ["month": .string(month)]
        switch verb {
        case "plan", "approve", "publish", "refill":
            guard operands.isEmpty else { return usage(context) }
            return call(context, options, verb.prefix(1).uppercased() + verb.dropFirst(), monthParameter) { reply in
                renderChange(verb, reply, context)
            }
        case "show":
            return show(context, options, month: month, operands)
        case "problem":
            let output = context.parsed.value("output")
            guard operands.isEmpty else { return usage(context) }
            switch CoordinatorCall.once(context, options, "org.lotse.Roster.Problem", monthParameter) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply): return CoordinatorCall.writeExport(reply["content"]?.stringValue ?? "", to: output, context)
            }
        case "pin", "drop":
            let unpin = context.parsed.has("unpin")
            guard operands.count == 1, let referral = Int64(operands[0]) else { return usage(context) }
            var parameters = monthParameter
            parameters["referral"] = .integer(referral)
            if verb == "pin" { parameters["pinned"] = .bool(!unpin) }
            return call(context, options, verb == "pin" ? "Pin" : "Drop", parameters) { reply in
                renderEdit(verb == "pin" && unpin ? "unpin" : verb, referral: referral, slot: nil, reply, context)
            }
        case "move", "add":
            guard operands.count == 2, let referral = Int64(operands[0]) else { return usage(context) }
            var parameters = monthParameter
            parameters["referral"] = .integer(referral)
            parameters["slot"] = .string(operands[1])
            return call(context, options, verb == "move" ? "Move" : "Add", parameters) { reply in
                renderEdit(verb, referral: referral, slot: operands[1], reply, context)
            }
        default:
            return usage(context)
        }
    }

    /// `lotse roster waiting [YYYY-MM]` and `lotse referral list --waiting [YYYY-MM]`: the
    /// waiting list in order with reasons (from that month's plan when a month is given)
    /// and the over-limit flag.
    public static func waiting(_ context: CommandContext, _ options: ClientOptions, _ operands: [String]) -> ExitCode {
        guard operands.count <= 1 else { return usage(context) }
        let parameters: [String: JSONValue] = operands.first.map { ["month": .string($0)] } ?? [:]
        return call(context, options, "Waiting", parameters) { renderWaiting($0, context) }
    }

    static func call(_ context: CommandContext, _ options: ClientOptions, _ method: String, _ parameters: [String: JSONValue],
                     render: ([String: JSONValue]) -> Void) -> ExitCode {
        DaemonCall.run(context, options, "org.lotse.Roster." + method, parameters, wording: CoordinatorCall.failure, render: render)
    }

    static func show(_ context: CommandContext, _ options: ClientOptions, month: String, _ arguments: [String]) -> ExitCode {
        guard arguments.isEmpty else { return usage(context) }
        let parsed = context.parsed
        let changes = parsed.has("changes")
        let version = parsed.value("version"), format = parsed.value("format"), output = parsed.value("output"), lang = parsed.value("lang")
        var parameters: [String: JSONValue] = ["month": .string(month)]
        if let version {
            guard let number = Int64(version), number > 0 else { return usage(context) }
            parameters["version"] = .integer(number)
        }
        if let format, format != "json" {
            guard ["csv", "ics", "html"].contains(format) else {
                return ClientFailure(exitCode: .usage, de: "--format kennt csv, ics, html und json.",
                                     en: "--format knows csv, ics, html and json.").report(context)
            }
            parameters["format"] = .string(format)
            parameters["language"] = .string(lang ?? context.language.rawValue)
            switch CoordinatorCall.once(context, options, "org.lotse.Roster.Export", parameters) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                return CoordinatorCall.writeExport(reply["content"]?.stringValue ?? "", to: output, context)
            }
        }
        switch CoordinatorCall.once(context, options, "org.lotse.Roster.Show", parameters) {
        case .failure(let failure): return failure.report(context)
        case .success(let reply):
            if options.json || format == "json" {
                return CoordinatorCall.writeExport(JSONValue.object(reply).serialized + "\n", to: output, context)
            } else if changes {
                renderChanges(reply, context)
            } else {
                renderShow(reply, context)
            }
            return .ok
        }
    }

    /// What a pin, unpin, move, drop or manual placement changed, then the version's line
    /// (objective and the bound proven again for the edited draft).
    static func renderEdit(_ verb: String, referral: Int64, slot: String?, _ reply: [String: JSONValue], _ context: CommandContext) {
        let s = slot ?? ""
        let line: (de: String, en: String) = switch verb {
        case "pin": ("Anmeldung \(referral) angeheftet: eine neue Planung lässt sie auf ihrem Platz.",
                     "Referral \(referral) pinned: a re-plan keeps it in its slot.")
        case "unpin": ("Anmeldung \(referral) nicht mehr angeheftet: eine neue Planung darf sie verschieben.",
                       "Referral \(referral) unpinned: a re-plan may move it.")
        case "move": ("Anmeldung \(referral) auf Platz \(s) verschoben (von Hand, bleibt bei neuer Planung).",
                      "Referral \(referral) moved to slot \(s) (by hand, kept by a re-plan).")
        case "add": ("Anmeldung \(referral) von Hand auf Platz \(s) eingetragen.",
                     "Referral \(referral) placed in slot \(s) by hand.")
        default: ("Anmeldung \(referral) aus dem Entwurf genommen; sie wartet weiter.",
                  "Referral \(referral) removed from the draft; it keeps waiting.")
        }
        context.terminal.out(context.language.pick(de: line.de + "\n", en: line.en + "\n"))
        context.terminal.out(headline(reply["roster"], context))
    }

    /// A status, kind or urgency code in German words (English keeps the codes).
    static func words(_ value: JSONValue?, _ context: CommandContext) -> String {
        let code = CoordinatorCall.text(value)
        guard context.language == .german else { return code }
        let labels = RosterLabels(.de)
        if let state = RosterStatus(rawValue: code) { return labels.state(state) }
        if let kind = ReferralKind(rawValue: code) { return labels.kind(kind) }
        if let urgency = Urgency(rawValue: code) { return labels.urgency(urgency) }
        return code
    }

    /// How an entry's booking stands now, in words, when it is more than planned or
    /// booked (`abgesagt (Klient:in)`, `wahrgenommen`): a frozen version's entry whose
    /// booking ended is never read as a booking.
    static func endedWords(_ value: JSONValue?, _ context: CommandContext) -> String {
        guard let state = BookingState(rawValue: CoordinatorCall.text(value)), state != .planned, state != .booked else { return "" }
        return " " + RosterLabels(context.language == .german ? .de : .en).bookingState(state)
    }

    /// One line about a version: month, number, status, its score and, in plain words,
    /// what the solver proved about it (`optimal — kein besserer Plan möglich`).
    public static func headline(_ roster: JSONValue?, _ context: CommandContext) -> String {
        let t = CoordinatorCall.text
        let l = context.language
        let entries = roster?["entries"]?.integerValue ?? 0
        let objective = roster?["objective"]?.integerValue
        let proof = PlanProofText.words(objective: objective, bound: roster?["bound"]?.integerValue, language: l == .german ? .de : .en)
        let score = objective.map { l.pick(de: "; Bewertung \(CountText.points($0, l))", en: "; score \(CountText.points($0, l))") } ?? ""
        return l.pick(
            de: "Terminplan \(t(roster?["month"])) Version \(t(roster?["version"])) (\(words(roster?["status"], context))): \(CountText.appointments(entries, l))\(score)\(proof.map { ", " + $0 } ?? "")\n",
            en: "Roster \(t(roster?["month"])) version \(t(roster?["version"])) (\(t(roster?["status"]))): \(CountText.appointments(entries, l))\(score)\(proof.map { ", " + $0 } ?? "")\n")
    }

    static func renderChange(_ verb: String, _ reply: [String: JSONValue], _ context: CommandContext) {
        context.terminal.out(headline(reply["roster"], context))
        let t = CoordinatorCall.text
        switch verb {
        case "plan":
            let waiting = reply["waiting"]?.integerValue ?? 0
            context.terminal.out(context.language.pick(
                de: (waiting == 1 ? "1 Anmeldung wartet weiter" : "\(waiting) Anmeldungen warten weiter") + " (lotse roster show zeigt die Gründe).\n",
                en: (waiting == 1 ? "1 referral keeps waiting" : "\(waiting) referrals keep waiting") + " (lotse roster show gives the reasons).\n"))
        case "publish":
            context.terminal.out(context.language.pick(
                de: "Veröffentlicht: \(CountText.count(reply["booked"], one: "neuer Termin", many: "neue Termine")), \(t(reply["cancelled"])) abgesagt, \(CountText.count(reply["mailsQueued"], one: "Nachricht", many: "Nachrichten")) im Postausgang.\n",
                en: "Published: \(CountText.count(reply["booked"], one: "new appointment", many: "new appointments")), \(t(reply["cancelled"])) cancelled, \(CountText.count(reply["mailsQueued"], one: "mail", many: "mails")) queued.\n"))
            if let missing = reply["notNotified"]?.arrayValue, !missing.isEmpty {
                context.terminal.out(context.language.pick(de: "Ohne Mailadresse, nicht benachrichtigt: ", en: "No address, not notified: ")
                                     + missing.map { t($0) }.joined(separator: ", ") + "\n")
            }
        case "refill":
            let offers = reply["offers"]?.arrayValue ?? []
            if offers.isEmpty {
                context.terminal.out(context.language.pick(de: "Kein freier Platz passt zu einer wartenden Anmeldung.\n",
                                                            en: "No free slot fits a waiting referral.\n"))
            } else {
                context.terminal.out(context.language.pick(de: "Angebote (im Entwurf; freigeben und veröffentlichen, um zu buchen):\n",
                                                            en: "Offers (in the draft; approve and publish to book them):\n"))
                context.terminal.out(CoordinatorCall.table(context.language == .german
                    ? ["PLATZ", "DATUM", "ZEIT", "ANMELDUNG", "PSEUDONYM", "DRINGLICHKEIT"]
                    : ["SLOT", "DATE", "TIME", "REFERRAL", "CLIENT", "URGENCY"], offers.map { o in
                    [t(o["slot"]), CoordinatorCall.day(t(o["date"]), context), t(o["start"]), t(o["referral"]), t(o["client"]), words(o["urgency"], context)]
                }))
            }
        default:
            break
        }
    }

    /// The roster table, the free slots and the waiting list with reasons.
    public static func renderShow(_ reply: [String: JSONValue], _ context: CommandContext) {
        let t = CoordinatorCall.text
        let language = context.language
        context.terminal.out(headline(reply["roster"], context))
        let entries = reply["entries"]?.arrayValue ?? []
        let rows = entries.map { e in
            [CoordinatorCall.day(t(e["date"]), context), t(e["start"]), t(e["slot"]), t(e["specialist"]), t(e["client"]),
             t(e["caseworker"]), t(e["municipality"]), t(e["language"]) + ((e["interpreter"]?.boolValue ?? false) ? "+int" : ""),
             words(e["kind"], context), words(e["urgency"], context),
             ((e["pinned"]?.boolValue ?? false) ? language.pick(de: "angeheftet", en: "pinned") : "")
                 + ((e["manual"]?.boolValue ?? false) ? language.pick(de: " von Hand", en: " manual") : "")
                 + endedWords(e["state"], context)]
        }
        context.terminal.out("\n" + CoordinatorCall.table(
            language == .german ? ["DATUM", "ZEIT", "PLATZ", "FACHKRAFT", "PSEUDONYM", "INTEGRATIONSMANAGER:IN", "GEMEINDE", "SPRACHE", "ART", "DRINGLICHKEIT", ""]
                                : ["DATE", "TIME", "SLOT", "SPECIALIST", "CLIENT", "CASEWORKER", "MUNICIPALITY", "LANG", "KIND", "URGENCY", ""],
            rows))
        let free = reply["freeSlots"]?.arrayValue ?? []
        if !free.isEmpty {
            context.terminal.out(language.pick(de: "\nFreie Plätze: ", en: "\nFree slots: ")
                                 + free.map { "\(t($0["slot"])) (\(CoordinatorCall.day(t($0["date"]), context)) \(t($0["start"])))" }.joined(separator: ", ") + "\n")
        }
        renderWaitingList(reply["waiting"]?.arrayValue ?? [], context)
    }

    /// The waiting list as a table.
    public static func renderWaitingList(_ items: [JSONValue], _ context: CommandContext) {
        let t = CoordinatorCall.text
        context.terminal.out(context.language.pick(de: "\nWarteliste (\(items.count)):\n", en: "\nWaiting list (\(items.count)):\n"))
        if items.isEmpty { return }
        context.terminal.out(CoordinatorCall.table(
            context.language == .german ? ["NR", "PSEUDONYM", "DRINGLICHKEIT", "WOCHEN", "SPRACHE", "GEMEINDE", "GRUND"]
                                        : ["NO", "CLIENT", "URGENCY", "WEEKS", "LANG", "MUNICIPALITY", "REASON"],
            items.map { w in
                [t(w["referral"]), t(w["client"]), words(w["urgency"], context),
                 t(w["waitingWeeks"]) + ((w["overLimit"]?.boolValue ?? false) ? " !" : ""),
                 t(w["language"]), t(w["municipality"]),
                 StandingText.text(w["standing"], context.language,
                                   noneText: context.language.pick(de: "noch nicht geplant", en: "not planned yet"),
                                   withCode: context.language == .english)]
            }))
        if items.contains(where: { $0["overLimit"]?.boolValue ?? false }) {
            context.terminal.out(context.language.pick(de: "! wartet länger als die Höchstwartezeit\n",
                                                        en: "! waiting longer than the limit\n"))
        }
    }

    static func renderWaiting(_ reply: [String: JSONValue], _ context: CommandContext) {
        renderWaitingList(reply["referrals"]?.arrayValue ?? [], context)
    }

    static func renderChanges(_ reply: [String: JSONValue], _ context: CommandContext) {
        let t = CoordinatorCall.text
        context.terminal.out(headline(reply["roster"], context))
        guard let previous = reply["previousVersion"], !previous.isNull else {
            context.terminal.out(context.language.pick(de: "Erste Version: keine Änderungen.\n", en: "First version: no changes.\n"))
            return
        }
        let changes = reply["changes"]?.arrayValue ?? []
        context.terminal.out(context.language.pick(de: "Änderungen gegenüber Version \(t(previous)):\n",
                                                    en: "Changes since version \(t(previous)):\n"))
        if changes.isEmpty { context.terminal.out(context.language.pick(de: "  keine\n", en: "  none\n")) }
        for change in changes { context.terminal.out("  \(changeLine(change, context.language)) (\(t(change["client"])))\n") }
    }

    /// One `--changes` line from the change's code and slots, in the reader's language.
    static func changeLine(_ change: JSONValue, _ l: OutputLanguage) -> String {
        let t = CoordinatorCall.text
        let referral = t(change["referral"])
        switch change["change"]?.stringValue {
        case "added": return l.pick(de: "+ Anmeldung \(referral) auf Platz \(t(change["to"]))", en: "+ referral \(referral) in slot \(t(change["to"]))")
        case "removed": return l.pick(de: "- Anmeldung \(referral) von Platz \(t(change["from"]))", en: "- referral \(referral) from slot \(t(change["from"]))")
        case "moved": return l.pick(de: "~ Anmeldung \(referral) von Platz \(t(change["from"])) auf Platz \(t(change["to"])) verschoben",
                                    en: "~ referral \(referral) moved from slot \(t(change["from"])) to \(t(change["to"]))")
        default: return t(change["text"])
        }
    }
}
