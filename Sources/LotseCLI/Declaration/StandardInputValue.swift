/// Free text read from standard input: `--note -` (any option taking free text) reads its
/// value there, up to the end of input, instead of from the command line.
///
/// Why: arguments are visible to every local account in the process list (`ps`,
/// `/proc/PID/cmdline`) while the command runs, and a health note is nobody else's
/// business. Standard input is not (`lotse … --note - < note.txt`, or a pipe). Only one
/// option of a call can read it; a second `-` is refused, since the input is gone.
enum StandardInputValue {
    /// The word that stands for standard input.
    static let marker = "-"

    /// `options` with every free-text value `-` replaced by the text read from `terminal`
    /// (lines joined by line breaks, the final line break dropped).
    static func resolve(_ options: ParsedOptions, verb: VerbSpec, terminal: any Terminal,
                        language: OutputLanguage) -> Result<ParsedOptions, ClientFailure> {
        var resolved = options
        var reader: String?
        for (name, values) in options.values.sorted(by: { $0.key < $1.key }) {
            guard let spec = verb.options.first(where: { $0.name == name }), case .text? = spec.value,
                  values.contains(marker) else { continue }
            if let reader {
                return .failure(ClientFailure(exitCode: .usage,
                                              de: "--\(name) -: nur eine Option kann ihren Text von der Standardeingabe lesen (schon --\(reader) -).",
                                              en: "--\(name) -: only one option can read its text from standard input (already --\(reader) -)."))
            }
            reader = name
            if terminal.isInteractive {
                terminal.err(language.pick(de: "Text für --\(name) eingeben, mit Strg-D beenden:\n",
                                                         en: "Type the text for --\(name), end it with Ctrl-D:\n"))
            }
            var lines: [String] = []
            while let line = terminal.readLine() { lines.append(line) }
            // Input that is not UTF-8 (a file saved as Latin-1 or UTF-16) arrives with its
            // bad bytes replaced by U+FFFD; storing that would keep a garbled note for good.
            if lines.contains(where: { $0.unicodeScalars.contains("\u{FFFD}") }) {
                return .failure(ClientFailure(exitCode: .dataError,
                                              de: "--\(name) -: die Standardeingabe ist kein UTF-8-Text (als UTF-8 speichern, z. B. mit iconv -f latin1 -t utf-8).",
                                              en: "--\(name) -: standard input is not UTF-8 text (save it as UTF-8, e.g. with iconv -f latin1 -t utf-8)."))
            }
            // Empty input is almost always a mistake (the wrong file, a pipe that failed):
            // taken, it would clear the text without a word. Clearing is said outright.
            let text = lines.joined(separator: "\n")
            if text.allSatisfy(\.isWhitespace) {
                return .failure(ClientFailure(exitCode: .dataError,
                                              de: "--\(name) -: die Standardeingabe ist leer; nichts wurde geändert (leeren mit --\(name) \"\").",
                                              en: "--\(name) -: standard input is empty; nothing was changed (to clear it, give --\(name) \"\")."))
            }
            resolved.values[name] = values.map { $0 == marker ? text : $0 }
        }
        return .success(resolved)
    }
}
