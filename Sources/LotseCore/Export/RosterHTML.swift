/// The printable roster: one self-contained HTML file (inline CSS, no scripts, no external
/// assets) that a coordinator prints on A4 and pins on the wall. Per session the slots with
/// time, pseudonym, caseworker, language and interpreter, and kind; then the waiting list
/// with the planner's reasons; then the month's figures.
///
/// Every value from the document is HTML-escaped. It shows no diagnosis, score, screening
/// answer or note — the document has none — but it is health data all the same: who waits
/// for a trauma consultation, and each waiting referral's urgency, which comes from the
/// screening. The footer says exactly that.
public enum RosterHTML {
    /// The whole page in German or English.
    public static func render(_ document: RosterDocument, language: MessageLanguage) -> String {
        let l = RosterLabels(language)
        let e = HTMLText.escape
        let title = "\(l.service) · \(document.district) · \(l.month(document.month))"
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>
        \(RosterHTMLStyle.css)
        </style>
        </head>
        <body>
        <div class="page">
        <header class="roster">
        <p class="kicker">\(e(l.service)) · \(e(l.roster))</p>
        <h1>\(e(document.district)) · \(e(l.month(document.month)))</h1>
        <p class="meta"><span class="badge state-\(document.state.rawValue)">\(e(l.state(document.state)))</span>\(e(l.version)) \(document.version) · \(e(l.slotsUsed)): \(e(l.usedOfTotal(document.statistics.slotsUsed, document.statistics.slotsTotal)))</p>
        </header>

        """
        if document.sessions.isEmpty {
            html += "<p class=\"empty\">\(e(l.noSessions))</p>\n"
        }
        for session in document.sessions {
            html += sessionSection(session, labels: l)
        }
        html += waitingSection(document, labels: l)
        html += statisticsSection(document.statistics, labels: l)
        html += """
        <footer>\(e(l.confidential(withUrgency: document.waitingList.contains { $0.urgency != nil }))) · \(e(l.service)) \(e(document.district)), \(e(l.month(document.month))), \(e(l.version)) \(document.version) (\(e(l.state(document.state)))).</footer>
        </div>
        </body>
        </html>

        """
        return html
    }

    private static func sessionSection(_ session: RosterDocument.Session, labels l: RosterLabels) -> String {
        let e = HTMLText.escape
        let long = session.slots.count > RosterHTMLStyle.longSessionSlots
        var when = l.day(session.date)
        if let first = session.slots.first, let last = session.slots.last {
            when += ", " + l.span(first.start, last.end)
        }
        var meta = ["<b>\(e(l.place)):</b> \(e(session.place))", "<b>\(e(l.specialist)):</b> \(e(session.specialistName))"]
        if !session.interpreterLanguages.isEmpty {
            meta.append("<b>\(e(l.interpreters)):</b> \(e(session.interpreterLanguages.joined(separator: ", ")))")
        }
        var html = """
        <section class="session\(long ? " long" : "")">
        <h2><span class="when">\(e(when))</span></h2>
        <p class="session-meta">\(meta.joined(separator: " · "))</p>
        <table class="slots">
        <thead><tr><th>\(e(l.time))</th><th>\(e(l.pseudonym))</th><th>\(e(l.caseworker))</th><th>\(e(l.languageAndInterpreter))</th><th>\(e(l.kind))</th></tr></thead>
        <tbody>

        """
        for slot in session.slots {
            let time = e(l.span(slot.start, slot.end))
            guard let booking = slot.booking else {
                html += "<tr class=\"free\"><td class=\"time\">\(time)</td><td colspan=\"4\">\(e(l.free))</td></tr>\n"
                continue
            }
            let interpreter = booking.interpreter == true ? " <span class=\"interp\">\(e(l.withInterpreter))</span>" : ""
            let pseudonym = booking.pseudonym.isEmpty ? l.none : booking.pseudonym
            // A booking that no longer holds is struck through and says why the slot is
            // not taken; one that was held says so. A planned or booked one needs no word.
            let state = [.planned, .booked].contains(booking.state) ? ""
                : " <span class=\"booking-state\">\(e(l.bookingState(booking.state)))</span>"
            let (row, who) = booking.state.holds ? ("<tr>", e(pseudonym)) : ("<tr class=\"ended\">", "<del>\(e(pseudonym))</del>")
            html += "\(row)<td class=\"time\">\(time)</td><td class=\"pseudonym\">\(who)\(state)</td><td>\(e(booking.caseworker))</td>"
                + "<td>\(e(booking.language ?? l.withheld))\(interpreter)</td><td>\(e(booking.kind.map(l.kind) ?? l.withheld))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n\n"
        return html
    }

    private static func waitingSection(_ document: RosterDocument, labels l: RosterLabels) -> String {
        let e = HTMLText.escape
        var html = "<section class=\"waiting\">\n<h2>\(e(l.waitingList)) (\(document.waitingList.count))</h2>\n"
        guard !document.waitingList.isEmpty else {
            return html + "<p class=\"empty\">\(e(l.nobodyWaiting))</p>\n</section>\n\n"
        }
        html += """
        <table>
        <thead><tr><th>\(e(l.pseudonym))</th><th>\(e(l.urgency))</th><th>\(e(l.waiting))</th><th>\(e(l.reason))</th></tr></thead>
        <tbody>

        """
        for entry in document.waitingList {
            let overdue = entry.waitingWeeks > document.waitingLimitWeeks
                ? " <span class=\"overdue\">⚑ \(e(l.overLimit(document.waitingLimitWeeks)))</span>" : ""
            let urgencyClass = "urgency-" + (entry.urgency?.rawValue ?? "withheld")
            html += "<tr><td class=\"pseudonym\">\(e(entry.pseudonym))</td>"
                + "<td class=\"\(urgencyClass)\">\(e(entry.urgency.map(l.urgency) ?? l.withheld))</td>"
                + "<td class=\"weeks\">\(e(l.weeks(entry.waitingWeeks)))\(overdue)</td>"
                // The code is for programs (JSON, CSV in machine form): a reader sees the words.
                + "<td data-reason=\"\(e(entry.reasonCode))\">\(e(entry.reasonDetail))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n\n"
    }

    private static func statisticsSection(_ stats: RosterDocument.Statistics, labels l: RosterLabels) -> String {
        let e = HTMLText.escape
        var html = """
        <section class="statistics">
        <h2>\(e(l.statistics))</h2>
        <dl class="figures">
        <dt>\(e(l.slotsUsed))</dt><dd>\(e(l.usedOfTotal(stats.slotsUsed, stats.slotsTotal)))</dd>
        <dt>\(e(l.waitingMedian))</dt><dd>\(e(stats.waitingWeeksMedian.map(l.weeks) ?? l.none))</dd>
        <dt>\(e(l.waitingMaximum))</dt><dd>\(e(stats.waitingWeeksMaximum.map(l.weeks) ?? l.none))</dd>
        </dl>

        """
        guard !stats.municipalities.isEmpty else { return html + "</section>\n" }
        html += """
        <table>
        <thead><tr><th>\(e(l.municipality))</th><th class="num">\(e(l.appointments))</th><th class="num">\(e(l.share))</th><th class="num">\(e(l.quota))</th><th></th></tr></thead>
        <tbody>

        """
        for item in stats.municipalities {
            let fill = percentWidth(item.share)
            let mark = item.quota.map { "<span class=\"mark\" style=\"left: \(percentWidth($0))%\"></span>" } ?? ""
            html += "<tr><td>\(e(item.name))</td><td class=\"num\">\(item.slotsUsed)</td>"
                + "<td class=\"num\">\(e(l.percent(item.share)))</td>"
                + "<td class=\"num\">\(e(item.quota.map(l.percent) ?? l.none))"
                + (item.quotaRule.map { "<br><small>\(e($0))</small>" } ?? "") + "</td>"
                + "<td><div class=\"bar\"><span class=\"fill\" style=\"width: \(fill)%\"></span>\(mark)</div></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// A fraction as a CSS percentage, clamped to 0…100 with one decimal (never NaN).
    private static func percentWidth(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "0" }
        let tenths = Int((min(max(fraction, 0), 1) * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
