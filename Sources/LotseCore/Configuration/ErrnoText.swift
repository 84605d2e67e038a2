/// German for the system's reasons people meet most (a file or socket path that does
/// not work). The daemon and the CLI set no locale, so the C library words every reason
/// in English; the layer that did the I/O gets that text from LotseSystem's `Errno` and
/// shows it in German through this table. The domain does no I/O and knows no errno
/// values: the table pairs the C library's English texts with their German.
public enum ErrnoText {
    /// The C library's English text and the German for it (glibc's wording; a test in
    /// LotseSystemTests checks the English against the running system's).
    public static let pairs: [(english: String, german: String)] = [
        ("No such file or directory", "Datei oder Verzeichnis nicht gefunden"),
        ("Permission denied", "Zugriff verweigert"),
        ("Operation not permitted", "Vorgang nicht erlaubt"),
        ("Is a directory", "ist ein Verzeichnis"),
        ("Not a directory", "ein Teil des Pfads ist kein Verzeichnis"),
        ("Too many levels of symbolic links", "zu viele symbolische Verknüpfungen"),
        ("File name too long", "Dateiname zu lang"),
        ("Input/output error", "Ein-/Ausgabefehler"),
        ("No space left on device", "kein Platz mehr auf dem Gerät"),
        ("Read-only file system", "Dateisystem nur lesbar"),
    ]

    /// The German text for a reason the system worded in English (also one stored, such
    /// as a mail's last problem); the reason itself when the table has no German for it.
    public static func german(englishReason reason: String) -> String {
        pairs.first { $0.english == reason }?.german ?? reason
    }
}
