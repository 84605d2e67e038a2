/// Finds `[daemon] socket` in a `lotse.conf` without parsing anything else.
///
/// Every `lotse` call that is not given `--socket` or `LOTSE_SOCKET` reads the daemon's
/// configuration only to learn where the socket is. Parsing the whole file there meant
/// that one typo anywhere (a bad `[mail]` value, an unknown key) made every person's
/// `lotse` exit with a configuration error although the daemon, which refuses such a
/// file, was still serving with the old one. So the client reads this one key, leniently:
/// lines it does not understand are skipped, and only a bad `socket` value is an error.
public enum SocketKeyReader {
    /// The socket path of `[daemon] socket` (relative paths resolved against
    /// `baseDirectory`, as the daemon does), nil when the key is absent; an error names
    /// file:line when the value cannot be a socket path.
    public static func socketPath(in text: String, file: String, baseDirectory: String) throws(ConfigurationError) -> String? {
        var section = ""
        for (lineNumber, trimmed) in IniDocument.trimmedLines(text) {
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                section = String(trimmed.dropFirst().dropLast().trimmingBlanks())
                continue
            }
            guard section == "daemon", !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            guard trimmed[..<equals].trimmingBlanks() == "socket" else { continue }
            let value = String(trimmed[trimmed.index(after: equals)...].trimmingBlanks())
            guard !value.isEmpty else {
                throw ConfigurationError(file: file, line: lineNumber, section: "daemon", key: "socket",
                                         de: "hat keinen Wert", en: "has no value")
            }
            let path = ValueSyntax.resolve(value, against: baseDirectory)
            guard path.utf8.count <= 107 else {
                throw ConfigurationError(file: file, line: lineNumber, section: "daemon", key: "socket",
                                         de: SocketPathWording.tooLong(path).de, en: SocketPathWording.tooLong(path).en)
            }
            return path
        }
        return nil
    }
}

/// The wording of a socket path too long for `sun_path`, shared by the lenient reader
/// and the full parser so that both say the same.
enum SocketPathWording {
    static func tooLong(_ path: String) -> (de: String, en: String) {
        (de: "„\(path)“ ist länger als die 107 Bytes, die ein Unix-Socket-Pfad haben darf",
         en: "\"\(path)\" is longer than the 107 bytes a Unix socket path may have")
    }
}
