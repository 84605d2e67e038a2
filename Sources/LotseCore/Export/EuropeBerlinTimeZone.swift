/// The `VTIMEZONE` for Europe/Berlin that roster calendars carry, so that a calendar
/// program without the Olson database still places `DTSTART;TZID=Europe/Berlin` right.
/// It states the EU rule in force since 1996: summer time from the last Sunday of March,
/// 02:00 CET, to the last Sunday of October, 03:00 CEST. A test checks it against the
/// system's time zone data for the years around now.
public enum EuropeBerlinTimeZone {
    /// The `TZID` used on every date-time.
    public static let identifier = "Europe/Berlin"

    /// The component's content lines, unfolded and without line ends.
    public static let lines = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "X-LIC-LOCATION:Europe/Berlin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
