import Foundation

/// Whether `lotse demo` can hold its extra session today (step 5). Assessments are recorded
/// only on or after an appointment's day and a slot that has begun is never booked, so the
/// demo adds three 15-minute slots from the next quarter hour at least five minutes ahead;
/// after about 23:00 Europe/Berlin they would run past midnight, and the demo says it skips
/// the step. Tests that expect the step's output ask this first, with the demo's own rule,
/// and expect the skip line instead in that last hour of the day.
enum DemoExtraSession {
    static func fitsToday(at now: Date = Date()) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
        let ahead = now.addingTimeInterval(5 * 60)
        let clock = calendar.dateComponents([.hour, .minute], from: ahead)
        let start = ((clock.hour ?? 24) * 60 + (clock.minute ?? 0) + 14) / 15 * 15
        return calendar.isDate(ahead, inSameDayAs: now) && start + 45 <= 24 * 60
    }

    /// Whether the step was skipped for the hour: the line the demo prints then.
    static func skippedForTheHour(_ stdout: String) -> Bool {
        stdout.contains("5. Assessments: skipped — too late today for an extra session.")
            || stdout.contains("5. Einschätzungen: übersprungen — für einen Sondertermin ist es heute zu spät.")
    }
}
