import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse roster plan|show|pin|move|drop|add|approve|publish|refill|waiting`: the
/// coordinator's month over `org.lotse.Roster`.
public enum RosterCommand: CommandGroup {
    /// The verbs' actions. Every verb but `waiting` takes the month first, read by the
    /// parser (`YYYY-MM`); referral numbers are whole numbers, as the parser checked.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        [
            "plan": { c in DaemonCall.run(c, RosterProtocol.PlanRequest(month: c.parsed.operand(0))) { renderPlan($0.reply, c) } },
            "approve": { c in DaemonCall.run(c, RosterProtocol.ApproveRequest(month: c.parsed.operand(0))) { c.terminal.out(headline($0.reply.roster, c)) } },
            "publish": { c in DaemonCall.run(c, RosterProtocol.PublishRequest(month: c.parsed.operand(0))) { renderPublish($0.reply, c) } },
            "refill": { c in DaemonCall.run(c, RosterProtocol.RefillRequest(month: c.parsed.operand(0))) { renderRefill($0.reply, c) } },
            "show": show, "problem": problem, "pin": pin, "drop": drop, "move": move, "add": add,
            "waiting": { c in waiting(c, month: c.parsed.operands.first) },
        ]
    }

    static func problem(_ context: CommandContext) -> ExitCode {
        switch DaemonCall.once(context, RosterProtocol.ProblemRequest(month: context.parsed.operand(0))) {
        case .failure(let failure): return failure.report(context)
        case .success(let answer): return CoordinatorCall.writeExport(answer.reply.content, to: context.parsed.value("output"), context)
        }
    }

    /// `pin MONTH REFERRAL [--unpin]`.
    static func pin(_ context: CommandContext) -> ExitCode {
        let month = context.parsed.operand(0), referral = context.parsed.number(1), unpin = context.parsed.has("unpin")
        return DaemonCall.run(context, RosterProtocol.PinRequest(month: month, referral: referral, pinned: !unpin)) {
            renderEdit(unpin ? "unpin" : "pin", referral: referral, slot: nil, $0.reply.roster, context)
        }
    }

    static func drop(_ context: CommandContext) -> ExitCode {
        let month = context.parsed.operand(0), referral = context.parsed.number(1)
        return DaemonCall.run(context, RosterProtocol.DropRequest(month: month, referral: referral)) {
            renderEdit("drop", referral: referral, slot: nil, $0.reply.roster, context)
        }
    }

    /// `move MONTH REFERRAL SLOT`.
    static func move(_ context: CommandContext) -> ExitCode {
        let month = context.parsed.operand(0), referral = context.parsed.number(1), slot = context.parsed.operand(2)
        return DaemonCall.run(context, RosterProtocol.MoveRequest(month: month, referral: referral, slot: slot)) {
            renderEdit("move", referral: referral, slot: slot, $0.reply.roster, context)
        }
    }

    /// `add MONTH REFERRAL SLOT`: a placement by hand.
    static func add(_ context: CommandContext) -> ExitCode {
        let month = context.parsed.operand(0), referral = context.parsed.number(1), slot = context.parsed.operand(2)
        return DaemonCall.run(context, RosterProtocol.AddRequest(month: month, referral: referral, slot: slot)) {
            renderEdit("add", referral: referral, slot: slot, $0.reply.roster, context)
        }
    }

    /// `lotse roster waiting [MONTH]` and `lotse referral list --waiting [MONTH]`: the
    /// waiting list in order with reasons (from that month's plan when a month is given)
    /// and the over-limit flag.
    public static func waiting(_ context: CommandContext, month: String?) -> ExitCode {
        DaemonCall.run(context, RosterProtocol.WaitingRequest(month: month)) {
            renderWaitingList($0.reply.referrals, context, first: true)
        }
    }

    /// `show MONTH`: the table, the changes, or an export (--format, --lang and --csv-form
    /// are declared words, which the parser has checked).
    static func show(_ context: CommandContext) -> ExitCode {
        let parsed = context.parsed, options = context.connection, month = parsed.operand(0)
        let changes = parsed.has("changes")
        let version = parsed.value("version"), format = parsed.value("format"), output = parsed.value("output"), lang = parsed.value("lang")
        var number: Int64?
        if let version {
            guard let given = Int64(version), given > 0 else {
                return ClientFailure(exitCode: .dataError, de: "--version: „\(version)“ ist keine Version (1, 2, …).",
                                     en: "--version: \"\(version)\" is not a version (1, 2, ...).").report(context)
            }
            number = given
        }
        if let format, format != "json", let known = RosterProtocol.ExportRequest.Format(rawValue: format) {
            let language = RosterProtocol.ExportRequest.Language(rawValue: lang ?? context.language.rawValue) ?? .de
            let form = RosterProtocol.ExportRequest.CsvForm(rawValue: parsed.value("csv-form") ?? "spreadsheet") ?? .spreadsheet
            let request = RosterProtocol.ExportRequest(month: month, version: number, format: known, language: language, csvForm: form)
            switch DaemonCall.once(context, options, request) {
            case .failure(let failure): return failure.report(context)
            case .success(let answer):
                return CoordinatorCall.writeExport(answer.reply.content, to: output, context)
            }
        }
        if lang != nil || parsed.value("csv-form") != nil {
            // Without an export they would change nothing; better said than ignored.
            return ClientFailure(exitCode: .usage, de: "--lang und --csv-form gelten nur mit --format csv, ics oder html.",
                                 en: "--lang and --csv-form apply only with --format csv, ics or html.").report(context)
        }
        switch DaemonCall.once(context, options, RosterProtocol.ShowRequest(month: month, version: number)) {
        case .failure(let failure): return failure.report(context)
        case .success(let answer):
            if options.json || format == "json" {
                return CoordinatorCall.writeExport(answer.json, to: output, context)
            } else if changes {
                renderChanges(answer.reply, context)
            } else {
                renderShow(answer.reply, context)
            }
            return .ok
        }
    }

    /// What a pin, unpin, move, drop or manual placement changed, then the version's line
    /// (objective and the bound proven again for the edited draft).
    static func renderEdit(_ verb: String, referral: Int64, slot: String?, _ roster: RosterProtocol.Version, _ context: CommandContext) {
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
        context.terminal.out(headline(roster, context))
    }

    /// A status, kind or urgency code in German words (English keeps the codes).
    static func words(_ code: String?, _ context: CommandContext) -> String {
        guard let code else { return "—" }
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
    static func endedWords(_ value: String?, _ context: CommandContext) -> String {
        guard let state = value.flatMap(BookingState.init(rawValue:)), state != .planned, state != .booked else { return "" }
        return " " + RosterLabels(context.language == .german ? .de : .en).bookingState(state)
    }

    /// One line about a version: month, number, status, its score and, in plain words,
    /// what the solver proved about it (`optimal — kein besserer Plan möglich`). With the
    /// version's `entries` at hand, bookings that no longer hold (cancelled for the client,
    /// by the service, or with their session) are counted apart, and score and proof are
    /// said to be those of the plan as it was planned: a published version is a record of
    /// what was planned, and its count must not claim appointments that were called off.
    public static func headline(_ roster: RosterProtocol.Version, _ context: CommandContext,
                                entries: [RosterProtocol.Entry]? = nil) -> String {
        let l = context.language
        let proof = PlanProofText.words(objective: roster.objective, bound: roster.bound, language: l == .german ? .de : .en)
        let called: Set<BookingState> = [.cancelledByClient, .cancelledByService, .sessionCancelled]
        let ended = Int64(entries?.filter { $0.state.flatMap(BookingState.init(rawValue:)).map(called.contains) ?? false }.count ?? 0)
        let count: String
        let score: String
        if ended > 0 {
            let standing = roster.entries - ended
            count = l.pick(de: "\(CountText.appointments(roster.entries, l)) geplant, davon \(ended) abgesagt – es \(standing == 1 ? "steht" : "stehen") \(standing)",
                           en: "\(CountText.appointments(roster.entries, l)) planned, \(ended) of them cancelled — \(standing) \(standing == 1 ? "stands" : "stand")")
            score = l.pick(de: "; beim Planen: Bewertung \(CountText.points(roster.objective, l))", en: "; when planned: score \(CountText.points(roster.objective, l))")
        } else {
            count = CountText.appointments(roster.entries, l)
            score = l.pick(de: "; Bewertung \(CountText.points(roster.objective, l))", en: "; score \(CountText.points(roster.objective, l))")
        }
        // The month as people name it (März 2028), as the waiting list gives it.
        let month = StandingText.month(roster.month, l)
        return l.pick(
            de: "Terminplan \(month) Version \(roster.version) (\(statusInSentence(roster.status, context))): \(count)\(score)\(proof.map { ", " + $0 } ?? "")\n",
            en: "Roster \(month) version \(roster.version) (\(roster.status.rawValue)): \(count)\(score)\(proof.map { ", " + $0 } ?? "")\n")
    }

    /// The status inside a German sentence: the participles lower-case ("veröffentlicht"),
    /// the noun "Entwurf" as it is.
    static func statusInSentence(_ status: RosterProtocol.Version.Status, _ context: CommandContext) -> String {
        let word = words(status.rawValue, context)
        guard context.language == .german, status.rawValue != "draft", let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    static func renderPlan(_ reply: RosterProtocol.PlanReply, _ context: CommandContext) {
        context.terminal.out(headline(reply.roster, context))
        let waiting = reply.waiting
        context.terminal.out(context.language.pick(
            de: (waiting == 1 ? "1 Anmeldung wartet weiter" : "\(waiting) Anmeldungen warten weiter") + " (lotse roster show zeigt die Gründe).\n",
            en: (waiting == 1 ? "1 referral keeps waiting" : "\(waiting) referrals keep waiting") + " (lotse roster show gives the reasons).\n"))
    }

    static func renderPublish(_ reply: RosterProtocol.PublishReply, _ context: CommandContext) {
        context.terminal.out(headline(reply.roster, context))
        context.terminal.out(context.language.pick(
            de: "Veröffentlicht: \(CountText.count(reply.booked, one: "neuer Termin", many: "neue Termine")), \(reply.cancelled) abgesagt, \(CountText.count(reply.mailsQueued, one: "Nachricht", many: "Nachrichten")) im Postausgang.\n",
            en: "Published: \(CountText.count(reply.booked, one: "new appointment", many: "new appointments")), \(reply.cancelled) cancelled, \(CountText.count(reply.mailsQueued, one: "mail", many: "mails")) queued.\n"))
        if !reply.notNotified.isEmpty {
            context.terminal.out(context.language.pick(de: "Ohne Mailadresse, nicht benachrichtigt: ", en: "No address, not notified: ")
                                 + reply.notNotified.joined(separator: ", ") + "\n")
        }
    }

    static func renderRefill(_ reply: RosterProtocol.RefillReply, _ context: CommandContext) {
        context.terminal.out(headline(reply.roster, context))
        let offers = reply.offers
        if offers.isEmpty {
            context.terminal.out(context.language.pick(de: "Kein freier Platz passt zu einer wartenden Anmeldung.\n",
                                                        en: "No free slot fits a waiting referral.\n"))
            return
        }
        context.terminal.out(context.language.pick(de: "Angebote (im Entwurf; freigeben und veröffentlichen, um zu buchen):\n",
                                                    en: "Offers (in the draft; approve and publish to book them):\n"))
        context.terminal.out(CoordinatorCall.table(context.language == .german
            ? ["Platz", "Datum", "Zeit", "Anmeldung", "Klient:in", "Dringlichkeit"]
            : ["Slot", "Date", "Time", "Referral", "Client", "Urgency"], offers.map { o in
            [o.slot, CoordinatorCall.day(o.date ?? "—", context), o.start ?? "—", String(o.referral), CaseworkLabels.client(o.client, context.language),
             words(o.urgency?.rawValue, context)]
        }))
    }

    /// The roster table, the free slots and the waiting list with reasons.
    public static func renderShow(_ reply: RosterProtocol.ShowReply, _ context: CommandContext) {
        let language = context.language
        context.terminal.out(headline(reply.roster, context, entries: reply.entries))
        let rows = reply.entries.map { e in
            [CoordinatorCall.day(e.date ?? "—", context), e.start ?? "—", e.slot, e.specialist ?? "—", CaseworkLabels.client(e.client, context.language),
             e.caseworker ?? "—", e.municipality.map(MunicipalityID.name(of:)) ?? "—", (e.language ?? "—") + (e.interpreter == true ? "+int" : ""),
             words(e.kind, context), words(e.urgency?.rawValue, context),
             (e.pinned ? language.pick(de: "angeheftet", en: "pinned") : "")
                 + (e.manual ? language.pick(de: " von Hand", en: " manual") : "")
                 + endedWords(e.state, context)]
        }
        context.terminal.out("\n" + CoordinatorCall.table(
            language == .german ? ["Datum", "Zeit", "Platz", "Fachkraft", "Klient:in", "Integrationsmanager:in", "Gemeinde", "Sprache", "Art", "Dringlichkeit", "Stand"]
                                : ["Date", "Time", "Slot", "Specialist", "Client", "Caseworker", "Municipality", "Language", "Kind", "Urgency", "State"],
            rows))
        if !reply.freeSlots.isEmpty {
            context.terminal.out(language.pick(de: "\nFreie Plätze: ", en: "\nFree slots: ")
                                 + reply.freeSlots.map { "\($0.slot) (\(CoordinatorCall.day($0.date ?? "—", context)) \($0.start ?? "—"))" }.joined(separator: ", ") + "\n")
        }
        renderWaitingList(reply.waiting, context)
    }

    /// The waiting list as a table.
    /// `first` when it is all the output (no blank line above it).
    public static func renderWaitingList(_ items: [RosterProtocol.WaitingReferral], _ context: CommandContext, first: Bool = false) {
        context.terminal.out((first ? "" : "\n") + context.language.pick(de: "Warteliste (\(items.count)):\n", en: "Waiting list (\(items.count)):\n"))
        if items.isEmpty { return }
        context.terminal.out(CoordinatorCall.table(
            context.language == .german ? ["Nr.", "Klient:in", "Dringlichkeit", "Wochen", "Sprache", "Gemeinde", "Grund"]
                                        : ["No.", "Client", "Urgency", "Weeks", "Language", "Municipality", "Reason"],
            items.map { w in
                [String(w.referral), CaseworkLabels.client(w.client, context.language), words(w.urgency?.rawValue, context),
                 String(w.waitingWeeks) + (w.overLimit ? " !" : ""),
                 w.language ?? "—", MunicipalityID.name(of: w.municipality),
                 StandingText.text(w.standing, context.language,
                                   noneText: context.language.pick(de: "noch nicht geplant", en: "not planned yet"))]
            }))
        if items.contains(where: \.overLimit) {
            context.terminal.out(context.language.pick(de: "! wartet länger als die Höchstwartezeit\n",
                                                        en: "! waiting longer than the limit\n"))
        }
    }

    static func renderChanges(_ reply: RosterProtocol.ShowReply, _ context: CommandContext) {
        context.terminal.out(headline(reply.roster, context, entries: reply.entries))
        guard let previous = reply.previousVersion else {
            context.terminal.out(context.language.pick(de: "Erste Version: keine Änderungen.\n", en: "First version: no changes.\n"))
            return
        }
        context.terminal.out(context.language.pick(de: "Änderungen gegenüber Version \(previous):\n",
                                                    en: "Changes since version \(previous):\n"))
        if reply.changes.isEmpty { context.terminal.out(context.language.pick(de: "  keine\n", en: "  none\n")) }
        for change in reply.changes { context.terminal.out("  \(changeLine(change, context.language)) (\(CaseworkLabels.client(change.client, context.language)))\n") }
    }

    /// One `--changes` line from the change's code and slots, in the reader's language.
    static func changeLine(_ change: RosterProtocol.Change, _ l: OutputLanguage) -> String {
        let referral = change.referral, from = change.from ?? "—", to = change.to ?? "—"
        switch change.change {
        case .added: return l.pick(de: "+ Anmeldung \(referral) auf Platz \(to)", en: "+ referral \(referral) in slot \(to)")
        case .removed: return l.pick(de: "- Anmeldung \(referral) von Platz \(from)", en: "- referral \(referral) from slot \(from)")
        case .moved: return l.pick(de: "~ Anmeldung \(referral) von Platz \(from) auf Platz \(to) verschoben",
                                   en: "~ referral \(referral) moved from slot \(from) to \(to)")
        }
    }
}
