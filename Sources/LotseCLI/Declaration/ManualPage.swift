import Foundation

/// lotse(1), made from the declarations: the page's fixed parts come from a template
/// (`Config/packaging/man/lotse.1.in`), its COMMANDS section from every command's verbs,
/// operands and options — so the manual says what the parser takes. The result is kept in
/// the repository (`Config/packaging/man/lotse.1`) and a test regenerates and compares it;
/// only the date (`@DATE@`) is filled in when the package is built.
public enum ManualPage {
    /// The page from `template`, with `@COMMANDS@` and `@VERSION@` filled in.
    public static func render(template: String, commands: [CommandSpec], language: OutputLanguage = .english) -> String {
        // Left-adjusted: a synopsis with a long list of choices has too few blanks to be
        // justified, and groff (Debian's `man`) would warn "cannot adjust line".
        let sections = ".ad l\n" + commands.map { section($0, language) }.joined() + ".ad b\n"
        return template.replacingOccurrences(of: "@COMMANDS@\n", with: sections)
            .replacingOccurrences(of: "@VERSION@", with: LotseVersion.string)
    }

    /// One command: its summary, then each verb's synopsis, description and options, then
    /// the exit statuses it can return.
    static func section(_ command: CommandSpec, _ language: OutputLanguage) -> String {
        var text = ".SS \(command.name)\n" + escape(command.summary.text(language)) + "\n"
        for verb in command.verbs {
            text += ".TP\n" + synopsis(command, verb, language) + "\n" + escape(verb.help.text(language)) + "\n"
            guard !verb.options.isEmpty else { continue }
            text += ".RS\n"
            for option in verb.options {
                let value = option.value.map { " \\fI" + placeholder($0.placeholder(language)) + "\\fR" } ?? ""
                let short = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
                text += ".TP\n" + short + "\\fB\\-\\-" + escape(option.name) + "\\fR" + value + "\n" + escape(option.help.text(language)) + "\n"
            }
            text += ".RE\n"
        }
        // The command's own exit statuses, as its --help names them.
        return text + ".PP\n" + escape(HelpText.ownExitStatus(command, language)) + "\n"
    }

    /// `lotse client consent K-YYYY-NNNN [--date DATE] …` in roff, words bold, values italic.
    static func synopsis(_ command: CommandSpec, _ verb: VerbSpec, _ language: OutputLanguage) -> String {
        var words = ["\\fB" + escape((["lotse", command.name] + verb.words).joined(separator: " ")) + "\\fR"]
        for operand in verb.operands {
            let name = "\\fI" + escape(ValueKind.translated(operand.name, language)) + "\\fR"
            words.append(operand.optional ? "[" + name + "]" : name)
        }
        for option in verb.options {
            let value = option.value.map { " \\fI" + placeholder($0.placeholder(language)) + "\\fR" } ?? ""
            let word = "\\fB\\-\\-" + escape(option.name) + "\\fR" + value
            words.append(option.required ? word : "[" + word + "]")
        }
        return words.joined(separator: " ")
    }

    /// A value placeholder as roff: a list of choices (`language|work|…`) has no blank,
    /// so groff could not break it and warns "cannot adjust line"; a zero-width break
    /// point (`\\:`) after each bar lets the line break between choices.
    static func placeholder(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "|\\:")
    }

    /// Text as roff: backslashes and dashes escaped, an ellipsis as three dots (groff has
    /// no ASCII form for it and warns when `man` renders in a plain locale), no line that
    /// roff would read as a request, no blank line, no leading blanks.
    static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line -> String in
            var escaped = String(line).trimmingBlanksCLI().replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
                .replacingOccurrences(of: "…", with: "...")
            if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
            return escaped
        }.joined(separator: "\n")
    }
}
