import Foundation
import LotseCore
import LotseVarlink

/// `lotse roster plan|show|pin|move|drop|add|approve|publish|refill|waiting`: the
/// coordinator's month over `org.lotse.Roster`.
public enum RosterCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "roster"
    /// For `lotse help`.
    public static let summary = "monthly roster: plan, review, approve, publish, export / Monatsplan"
    /// Full help.
    public static let help = """
    lotse roster plan YYYY-MM             plan the month from the waiting list (a draft; pinned and
                                          manual entries stay, booked appointments stay)
    lotse roster show YYYY-MM [--version N] [--changes] [--format csv|ics|html|json] [-o FILE]
                                          the roster as a table, or exported (ics: one VEVENT per
                                          appointment, pseudonyms only; html: printable, self-contained);
                                          --changes prints what changed since the previous version
    lotse roster pin YYYY-MM REFERRAL [--unpin]
    lotse roster move YYYY-MM REFERRAL SLOT     (SLOT is SESSION-INDEX, e.g. 12-3)
    lotse roster drop YYYY-MM REFERRAL
    lotse roster add YYYY-MM REFERRAL SLOT      manual placement, checked against every hard constraint
    lotse roster approve YYYY-MM
    lotse roster publish YYYY-MM          appointments, mails to caseworkers and specialists, version frozen
    lotse roster refill YYYY-MM           offer freed slots to the best waiting referrals (in a draft to
                                          approve and publish)
    lotse roster problem YYYY-MM [-o FILE]
                                          the month's problem in lotse-plan/1 as the next plan would
                                          solve it (pinned, manual and booked entries taken out):
                                          change it and try it offline with lotse solve FILE
    lotse roster waiting [YYYY-MM]        the waiting list: urgency, then waiting time; the reason from the
                                          last plan (of YYYY-MM if given); ! over the waiting limit
                                          (the same as: lotse referral list --waiting [YYYY-MM])

    Options:
      --json           machine-readable output
      --lang de|en     language of exports (default: from LANG)
      --socket PATH    the daemon's socket (default: $LOTSE_SOCKET, else the configuration's [daemon] socket)
      --config PATH    configuration to read the socket path from (default /etc/lotse/lotse.conf)

    Exit status: 0 ok, 64 usage, 65 refused (the constraint is named), 67 not found,
    69 daemon not running, 73 cannot write FILE, 77 permission denied (coordinators only).
    """

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
            let output: String?
            switch CoordinatorCall.option("-o", in: &operands) {
            case .failure(let failure): return failure.report(context)
            case .success(let value): output = value
            }
            guard operands.isEmpty else { return usage(context) }
            switch CoordinatorCall.once(context, options, "org.lotse.Roster.Problem", monthParameter) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply): return CoordinatorCall.writeExport(reply["content"]?.stringValue ?? "", to: output, context)
            }
        case "pin", "drop":
            let unpin = CoordinatorCall.flag("--unpin", in: &operands)
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
        var operands = arguments
        let changes = CoordinatorCall.flag("--changes", in: &operands)
        let version: String?, format: String?, output: String?, lang: String?
        switch (CoordinatorCall.option("--version", in: &operands), CoordinatorCall.option("--format", in: &operands),
                CoordinatorCall.option("-o", in: &operands), CoordinatorCall.option("--lang", in: &operands)) {
        case let (.success(v), .success(f), .success(o), .success(l)): (version, format, output, lang) = (v, f, o, l)
        case let (.failure(e), _, _, _), let (_, .failure(e), _, _), let (_, _, .failure(e), _), let (_, _, _, .failure(e)):
            return e.report(context)
        }
        guard operands.isEmpty else { return usage(context) }
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
        case "pin": ("Überweisung \(referral) fixiert: eine neue Planung lässt sie in ihrem Termin.",
                     "Referral \(referral) pinned: a re-plan keeps it in its slot.")
        case "unpin": ("Überweisung \(referral) nicht mehr fixiert: eine neue Planung darf sie verschieben.",
                       "Referral \(referral) unpinned: a re-plan may move it.")
        case "move": ("Überweisung \(referral) verschoben in Termin \(s) (von Hand, bleibt bei neuer Planung).",
                      "Referral \(referral) moved to slot \(s) (by hand, kept by a re-plan).")
        case "add": ("Überweisung \(referral) von Hand in Termin \(s) eingetragen.",
                     "Referral \(referral) placed in slot \(s) by hand.")
        default: ("Überweisung \(referral) aus dem Entwurf genommen; sie wartet weiter.",
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

    /// One line about a version: month, number, status, objective and bound.
    public static func headline(_ roster: JSONValue?, _ context: CommandContext) -> String {
        let t = CoordinatorCall.text
        return context.language.pick(
            de: "Monatsplan \(t(roster?["month"])) Version \(t(roster?["version"])) (\(words(roster?["status"], context))): \(t(roster?["entries"])) Termine, Zielwert \(t(roster?["objective"])), Schranke \(t(roster?["bound"]))\n",
            en: "Roster \(t(roster?["month"])) version \(t(roster?["version"])) (\(t(roster?["status"]))): \(t(roster?["entries"])) appointments, objective \(t(roster?["objective"])), bound \(t(roster?["bound"]))\n")
    }

    static func renderChange(_ verb: String, _ reply: [String: JSONValue], _ context: CommandContext) {
        context.terminal.out(headline(reply["roster"], context))
        let t = CoordinatorCall.text
        switch verb {
        case "plan":
            context.terminal.out(context.language.pick(de: "\(t(reply["waiting"])) Überweisungen warten weiter (lotse roster show zeigt die Gründe).\n",
                                                        en: "\(t(reply["waiting"])) referrals keep waiting (lotse roster show gives the reasons).\n"))
        case "publish":
            context.terminal.out(context.language.pick(
                de: "Veröffentlicht: \(t(reply["booked"])) neue Termine, \(t(reply["cancelled"])) abgesagt, \(t(reply["mailsQueued"])) Nachrichten im Postausgang.\n",
                en: "Published: \(t(reply["booked"])) new appointments, \(t(reply["cancelled"])) cancelled, \(t(reply["mailsQueued"])) mails queued.\n"))
            if let missing = reply["notNotified"]?.arrayValue, !missing.isEmpty {
                context.terminal.out(context.language.pick(de: "Ohne Mailadresse, nicht benachrichtigt: ", en: "No address, not notified: ")
                                     + missing.map { t($0) }.joined(separator: ", ") + "\n")
            }
        case "refill":
            let offers = reply["offers"]?.arrayValue ?? []
            if offers.isEmpty {
                context.terminal.out(context.language.pick(de: "Kein freier Termin passt zu einer wartenden Überweisung.\n",
                                                            en: "No free slot fits a waiting referral.\n"))
            } else {
                context.terminal.out(context.language.pick(de: "Angebote (im Entwurf; freigeben und veröffentlichen, um zu buchen):\n",
                                                            en: "Offers (in the draft; approve and publish to book them):\n"))
                context.terminal.out(CoordinatorCall.table(["SLOT", "DATE", "TIME", "REFERRAL", "CLIENT", "URGENCY"], offers.map { o in
                    [t(o["slot"]), CoordinatorCall.day(t(o["date"]), context), t(o["start"]), t(o["referral"]), t(o["client"]), t(o["urgency"])]
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
            language == .german ? ["DATUM", "ZEIT", "SLOT", "FACHKRAFT", "PSEUDONYM", "IM", "KOMMUNE", "SPRACHE", "ART", "DRINGL.", ""]
                                : ["DATE", "TIME", "SLOT", "SPECIALIST", "CLIENT", "CASEWORKER", "MUNICIPALITY", "LANG", "KIND", "URGENCY", ""],
            rows))
        let free = reply["freeSlots"]?.arrayValue ?? []
        if !free.isEmpty {
            context.terminal.out(language.pick(de: "\nFreie Termine: ", en: "\nFree slots: ")
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
            context.language == .german ? ["NR", "PSEUDONYM", "DRINGL.", "WOCHEN", "SPRACHE", "KOMMUNE", "GRUND"]
                                        : ["NO", "CLIENT", "URGENCY", "WEEKS", "LANG", "MUNICIPALITY", "REASON"],
            items.map { w in
                [t(w["referral"]), t(w["client"]), words(w["urgency"], context),
                 t(w["waitingWeeks"]) + ((w["overLimit"]?.boolValue ?? false) ? " !" : ""),
                 t(w["language"]), t(w["municipality"]),
                 StandingText.text(w["standing"], context.language,
                                   noneText: context.language.pick(de: "noch nicht geplant", en: "not planned yet"), withCode: true)]
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
        for change in changes { context.terminal.out("  \(t(change["text"])) (\(t(change["client"])))\n") }
    }
}
