/// One option of a command's verb: its name, the kind of value it takes (none for a
/// flag), and its help in both languages. Parsing, `--help`, the manual and bash
/// completion all read this one declaration.
public struct OptionSpec: Sendable, Equatable {
    /// The long name without dashes (`note` for `--note`).
    public let name: String
    /// A one-letter alias without the dash (`o` for `-o`), if any.
    public let short: Character?
    /// The value's kind; nil for a flag.
    public let value: ValueKind?
    /// Whether the verb cannot do without it (shown without brackets in the synopsis). The
    /// parser refuses a call without it, naming it, unless `asked`.
    public let required: Bool
    /// Whether the command itself asks for a missing required value on a terminal (and
    /// names it when there is none), so that the parser leaves it to the command: the
    /// acute-risk questions, for one, come before anything else is asked or refused.
    public let asked: Bool
    /// What the option does.
    public let help: Bilingual

    /// An option that takes a value.
    public static func value(_ name: String, _ kind: ValueKind, short: Character? = nil, required: Bool = false,
                             asked: Bool = false, de: String, en: String) -> OptionSpec {
        OptionSpec(name: name, short: short, value: kind, required: required || asked, asked: asked, help: Bilingual(de: de, en: en))
    }

    /// A flag.
    public static func flag(_ name: String, de: String, en: String) -> OptionSpec {
        OptionSpec(name: name, short: nil, value: nil, required: false, asked: false, help: Bilingual(de: de, en: en))
    }

    /// `--name VALUE` (or `--name` for a flag), as help shows it.
    public var usage: String {
        let long = "--" + name
        let spelled = short.map { "-\($0), " + long } ?? long
        return value.map { spelled + " " + $0.placeholder } ?? spelled
    }

    /// The short synopsis form: `--name VALUE`, bracketed unless required.
    public var synopsis: String {
        let word = value.map { "--\(name) \($0.placeholder)" } ?? "--\(name)"
        return required ? word : "[" + word + "]"
    }
}

/// A word after the verb that is not an option (a pseudonym, a month, a number).
public struct OperandSpec: Sendable, Equatable {
    /// The name help shows (`MONTH`, `APPOINTMENT`).
    public let name: String
    /// How the word is read.
    public let kind: ValueKind
    /// Whether the verb runs without it.
    public let optional: Bool

    /// Creates an operand.
    public init(_ name: String, _ kind: ValueKind, optional: Bool = false) {
        self.name = name
        self.kind = kind
        self.optional = optional
    }
}
