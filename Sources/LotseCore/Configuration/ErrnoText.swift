#if canImport(Glibc)
import Glibc
#endif

/// The system's wording for an `errno` value ("No such file or directory"), for messages
/// of the layers above that do the I/O. It uses `strerror_r`, never `strerror`, whose
/// buffer is shared by every thread of the daemon.
public enum ErrnoText {
    /// The text for `code`, or `error N` when the system has none.
    public static func message(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard strerror_r(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The text for `code` in German for the errors a file or socket path gives most
    /// (the daemon and CLI set no locale, so the C library answers in English), else the
    /// system's text.
    public static func german(_ code: Int32) -> String {
        switch code {
        case ENOENT: "Datei oder Verzeichnis nicht gefunden"
        case EACCES: "Zugriff verweigert"
        case EPERM: "Vorgang nicht erlaubt"
        case EISDIR: "ist ein Verzeichnis"
        case ENOTDIR: "ein Teil des Pfads ist kein Verzeichnis"
        case ELOOP: "zu viele symbolische Verknüpfungen"
        case ENAMETOOLONG: "Dateiname zu lang"
        case EIO: "Ein-/Ausgabefehler"
        case ENOSPC: "kein Platz mehr auf dem Gerät"
        case EROFS: "Dateisystem nur lesbar"
        default: message(code)
        }
    }

    /// The codes `german` words.
    static let germanWorded: [Int32] = [ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, ELOOP, ENAMETOOLONG, EIO, ENOSPC, EROFS]

    /// The German text for a reason already put into words by `message` (a text stored
    /// in English, such as a mail's last problem); the reason itself when it is none of
    /// the codes `german` words.
    public static func german(englishReason reason: String) -> String {
        germanWorded.first { message($0) == reason }.map(german) ?? reason
    }
}
