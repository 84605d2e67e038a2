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
            resolved.values[name] = values.map { $0 == marker ? lines.joined(separator: "\n") : $0 }
        }
        return .success(resolved)
    }
}
