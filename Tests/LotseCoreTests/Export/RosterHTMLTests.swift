import Foundation
import Testing
@testable import LotseCore
import LotseTestSupport

@Suite struct RosterHTMLTests {
    @Test func germanDatesAreWrittenAsPeopleInGermanyWriteThem() {
        let german = RosterLabels(.de)
        #expect(german.dayAndTime(CalendarFixture.time("2026-12-01T14:00")) == "Di., 01.12.2026, 14:00")
        #expect(german.day(CalendarFixture.date("2027-03-07")) == "So., 07.03.2027")
        #expect(german.month(CalendarMonth(containing: CalendarFixture.date("2027-03-07"))) == "März 2027")
        #expect(german.weeks(3.5) == "3,5 Wochen")
        #expect(german.weeks(1) == "1 Woche")
        #expect(german.percent(0.375) == "38\u{00A0}%")
        #expect(german.percent(.nan) == "—")
        #expect(german.usedOfTotal(8, 10) == "8 von 10 (80\u{00A0}%)")
        let english = RosterLabels(.en)
        #expect(english.dayAndTime(CalendarFixture.time("2026-12-01T14:00")) == "Tue, 01.12.2026, 14:00")
        #expect(english.weeks(3.5) == "3.5 weeks")
        #expect(english.usedOfTotal(0, 0) == "0 of 0")
    }

    @Test func aBookingThatNoLongerHoldsIsStruckThroughAndSaysHowItEnded() {
        let cancelled = RosterHTML.render(RosterFixtures.tinyPublished(.cancelledByClient), language: .de)
        #expect(cancelled.contains("<tr class=\"ended\"><td class=\"time\">14:00–14:30</td><td class=\"pseudonym\"><del>K-2026-0042</del> <span class=\"booking-state\">abgesagt (Klient:in)</span></td>"))
        let missed = RosterHTML.render(RosterFixtures.tinyPublished(.noShow), language: .en)
        #expect(missed.contains("<del>K-2026-0042</del> <span class=\"booking-state\">no-show</span>"))
        let held = RosterHTML.render(RosterFixtures.tinyPublished(.attended), language: .de)
        #expect(held.contains("<tr><td class=\"time\">14:00–14:30</td><td class=\"pseudonym\">K-2026-0042 <span class=\"booking-state\">wahrgenommen</span></td>"))
        let booked = RosterHTML.render(RosterFixtures.tinyPublished(.booked), language: .de)
        #expect(!booked.contains("<del>") && !booked.contains("booking-state\">"))
    }

    @Test func aSmallRosterShowsExactlyTheseSessionWaitingAndStatisticsBlocks() {
        let html = RosterHTML.render(RosterFixtures.tiny, language: .de)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Traumasprechstunde · Landkreis Ludwigsburg · Dezember 2026</title>"))
        #expect(html.contains("""
            <h1>Landkreis Ludwigsburg · Dezember 2026</h1>
            <p class="meta"><span class="badge state-draft">Entwurf</span>Version 1 · Plätze vergeben: 1 von 2 (50\u{00A0}%)</p>
            """))
        #expect(html.contains("""
            <section class="session">
            <h2><span class="when">Di., 01.12.2026, 14:00–15:00</span></h2>
            <p class="session-meta"><b>Ort:</b> Raum 2.14, Landratsamt · <b>Fachkraft:</b> Dr. A. Brandt · <b>Dolmetscher:innen:</b> Arabisch</p>
            <table class="slots">
            <thead><tr><th>Zeit</th><th>Pseudonym</th><th>Integrationsmanager:in</th><th>Sprache / Dolmetschung</th><th>Art</th></tr></thead>
            <tbody>
            <tr><td class="time">14:00–14:30</td><td class="pseudonym">K-2026-0042</td><td>M. Schäfer</td><td>Arabisch <span class="interp">Dolmetschung</span></td><td>Erstvorstellung</td></tr>
            <tr class="free"><td class="time">14:30–15:00</td><td colspan="4">frei</td></tr>
            </tbody>
            </table>
            </section>
            """))
        #expect(html.contains("""
            <section class="waiting">
            <h2>Warteliste (1)</h2>
            <table>
            <thead><tr><th>Pseudonym</th><th>Dringlichkeit</th><th>Wartezeit</th><th>Grund</th></tr></thead>
            <tbody>
            <tr><td class="pseudonym">K-2026-0031</td><td class="urgency-high">hoch</td><td class="weeks">9 Wochen <span class="overdue">⚑ über 8 Wochen</span></td><td data-reason="no-slot">Kein Termin frei</td></tr>
            </tbody>
            </table>
            </section>
            """))
        #expect(html.contains("""
            <dt>Plätze vergeben</dt><dd>1 von 2 (50\u{00A0}%)</dd>
            <dt>Wartezeit (Median)</dt><dd>9 Wochen</dd>
            <dt>Wartezeit (Maximum)</dt><dd>9 Wochen</dd>
            """))
        #expect(html.contains("""
            <tr><td>Ludwigsburg</td><td class="num">1</td><td class="num">100\u{00A0}%</td><td class="num">50\u{00A0}%</td><td><div class="bar"><span class="fill" style="width: 100%"></span><span class="mark" style="left: 50%"></span></div></td></tr>
            """))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test func englishLabelsFollowTheLanguagePassedIn() {
        let html = RosterHTML.render(RosterFixtures.tiny, language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h2><span class=\"when\">Tue, 01.12.2026, 14:00–15:00</span></h2>"))
        #expect(html.contains("<th>Caseworker</th>"))
        #expect(html.contains("Waiting list (1)"))
        #expect(html.contains("over 8 weeks"))
        #expect(!html.contains("Warteliste"))
    }

    @Test func theFileIsSelfContainedWithoutScriptsOrExternalAssets() {
        for language in MessageLanguage.allCases {
            let html = RosterHTML.render(RosterFixtures.december, language: language).lowercased()
            for forbidden in ["<script", "src=", "href=", "http:", "https:", "url(", "@import", "<link", "<img", "<iframe"] {
                #expect(!html.contains(forbidden), "\(forbidden) in the \(language) roster")
            }
            #expect(html.contains("<style>"))
            #expect(html.contains("@page { size: a4"))
        }
    }

    @Test func everyValueIsEscaped() {
        let html = RosterHTML.render(RosterFixtures.awkward, language: .de)
        #expect(!html.contains("<Süd>"))
        #expect(!html.contains("<b>Kurdisch</b>"))
        #expect(html.contains("Kreis &lt;Süd&gt; &amp; &quot;Nord&quot;"))
        #expect(html.contains("&lt;b&gt;Kurdisch&lt;/b&gt; &quot;Sorani&quot;"))
        #expect(html.contains("Raum &quot;A&quot;, 1. OG; Tür \\3\nHinterhaus"))
        #expect(HTMLText.escape("a<b>&\"c'\u{1}") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    @Test func emptyMonthsSayThereIsNothingInsteadOfShowingEmptyTables() {
        var document = RosterFixtures.tiny
        document.sessions = []
        document.waitingList = []
        document.statistics = .init(slotsUsed: 0, slotsTotal: 0, municipalities: [], waitingWeeksMedian: nil, waitingWeeksMaximum: nil)
        let html = RosterHTML.render(document, language: .de)
        #expect(html.contains("In diesem Monat sind keine Sprechstunden geplant."))
        #expect(html.contains("Niemand wartet."))
        #expect(html.contains("<dt>Wartezeit (Median)</dt><dd>—</dd>"))
        #expect(!html.contains("<tbody>"))
    }

    /// Issue 14, reproduction 7: the footer claimed "keine Gesundheitsdaten" above a
    /// waiting list whose urgency comes from the screening. It now says what the page
    /// holds, and names the urgency only when a waiting entry shows one.
    @Test func theFooterSaysTruthfullyWhichHealthDataThePageHolds() {
        let german = RosterHTML.render(RosterFixtures.tiny, language: .de)
        #expect(!german.contains("keine Gesundheitsdaten"))
        #expect(german.contains("<footer>Nur für den Dienstgebrauch. Enthält Gesundheitsdaten (Art. 9 DSGVO): Pseudonyme mit ihren Terminen der "
            + "Traumasprechstunde und in der Warteliste die Dringlichkeit, die aus dem Screening stammt. Keine Namen, Diagnosen, "
            + "Screening-Antworten oder Notizen. · Traumasprechstunde Landkreis Ludwigsburg, Dezember 2026, Version 1 (Entwurf).</footer>"))
        let english = RosterHTML.render(RosterFixtures.tiny, language: .en)
        #expect(!english.contains("no health data"))
        #expect(english.contains("Contains health data (GDPR Art. 9): pseudonyms with their trauma-consultation appointments and, "
            + "in the waiting list, the urgency, which comes from the screening. No names, diagnoses, screening answers or notes."))
        var nobodyWaits = RosterFixtures.tiny
        nobodyWaits.waitingList = []
        let short = RosterHTML.render(nobodyWaits, language: .de)
        #expect(short.contains("Pseudonyme mit ihren Terminen der Traumasprechstunde. Keine Namen"))
        #expect(!short.contains("Dringlichkeit, die aus dem Screening stammt"))
    }

    @Test func longSessionsAreMarkedToStartOnANewPrintedPage() {
        var document = RosterFixtures.december
        document.sessions[1].slots = RosterFixtures.slots("2026-12-30", from: 9, count: 16, minutes: 30, bookings: [], prefix: "L")
        let html = RosterHTML.render(document, language: .de)
        #expect(html.contains("<section class=\"session long\">"))
        #expect(html.contains("<section class=\"session\">"))
    }

    @Test func headlessChromiumRendersANonBlankPage() throws {
        guard let chromium = ExternalTool.find("chromium", "chromium-browser", "google-chrome") else {
            ExternalTool.unavailable("Chromium is not installed (apt-get install chromium)")
            return
        }
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("roster.html")
        let shot = directory.appendingPathComponent("roster.png")
        try Data(RosterHTML.render(RosterFixtures.december, language: .de).utf8).write(to: page)
        let result = try ExternalTool.screenshot(chromium, page: page, to: shot, width: 900, height: 1800, in: directory)
        #expect(FileManager.default.fileExists(atPath: shot.path), "no screenshot; chromium said: \(result.errorOutput)")
        if let keep = ProcessInfo.processInfo.environment["LOTSE_KEEP_SCREENSHOT"], !keep.isEmpty {
            try? FileManager.default.removeItem(atPath: keep)
            try? FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
            try? FileManager.default.removeItem(atPath: keep + ".html")
            try? FileManager.default.copyItem(at: page, to: URL(fileURLWithPath: keep + ".html"))
        }
        let script = ExternalTool.darkPixelScript(printing: "width, height, dark")
        guard let decoded = try ExternalTool.python(script, arguments: [shot.path], in: directory) else {
            ExternalTool.unavailable("python3 is not installed to read the screenshot")
            return
        }
        #expect(decoded.status == 0, "PNG check failed: \(decoded.errorOutput)")
        let numbers = decoded.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        try #require(numbers.count == 3, "unexpected PNG check output: \(decoded.output)")
        let (width, height, dark) = (numbers[0], numbers[1], numbers[2])
        #expect(width == 900 && height == 1800)
        // Text and rules cover a few percent of a printed page; a blank or failed render has none.
        #expect(dark > width * height / 100, "only \(dark) dark pixels of \(width * height)")
        #expect(dark < width * height / 2, "\(dark) dark pixels: the page looks inverted or broken")
    }
}

@Suite struct RosterStatisticsTests {
    @Test func medianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        #expect(RosterDocument.Statistics.median(of: []) == nil)
        #expect(RosterDocument.Statistics.median(of: [7]) == 7)
        #expect(RosterDocument.Statistics.median(of: [10, 1, 5]) == 5)
        #expect(RosterDocument.Statistics.median(of: [10, 1, 3, 5]) == 4)
        #expect(RosterDocument.Statistics.median(of: [2, 3]) == 2.5)
    }
}
