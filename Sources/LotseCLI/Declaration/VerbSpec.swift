/// One verb of a command (`client consent`, `helpplan goal add`): its operands, options,
/// help and examples in both languages. A command without verbs has one verb with no
/// words.
public struct VerbSpec: Sendable, Equatable {
    /// The verb's words (`["goal", "add"]`); empty for a command's only action.
    public let words: [String]
    /// The words after the verb that are not options, in order.
    public let operands: [OperandSpec]
    /// The options, in the order help lists them.
    public let options: [OptionSpec]
    /// What the verb does, a few sentences.
    public let help: Bilingual
    /// Complete command lines to copy (without the leading `lotse`).
    public let examples: [String]
    /// The exit statuses beyond 0 and 64 where the verb's differ from its command's
    /// (a verb that names a step, not a client; one that writes no file); nil for the
    /// command's.
    public let exitStatus: Bilingual?

    /// Creates a verb.
    public init(_ words: String, operands: [OperandSpec] = [], options: [OptionSpec] = [],
                de: String, en: String, examples: [String] = [], exitStatus: Bilingual? = nil) {
        self.words = words.split(separator: " ").map(String.init)
        self.operands = operands
        self.options = options
        self.help = Bilingual(de: de, en: en)
        self.examples = examples
        self.exitStatus = exitStatus
    }

    /// The verb's words joined (`goal add`).
    public var name: String { words.joined(separator: " ") }

    /// The option spelled `word` (`--note`, `-o`), if the verb has it.
    public func option(spelled word: String) -> OptionSpec? {
        if word.hasPrefix("--") {
            let name = word.dropFirst(2)
            return options.first { $0.name == name }
        }
        guard word.count == 2, word.hasPrefix("-"), let letter = word.last else { return nil }
        return options.first { $0.short == letter }
    }
}

/// One top-level command of `lotse` (`client`, `roster`, `solve`), declared once: its
/// verbs with their options and help. `CommandTable` lists the commands; everything the
/// user sees about the command line is made from these declarations.
public struct CommandSpec: Sendable, Equatable {
    /// The word that selects the command.
    public let name: String
    /// One line for `lotse help`.
    public let summary: Bilingual
    /// The verbs; one verb without words for a command that has none.
    public let verbs: [VerbSpec]
    /// Whether the command talks to the daemon (and so takes `--socket`, `--config`, `--json`).
    public let connects: Bool
    /// The exit statuses the command uses beyond 0 and 64, for its help.
    public let exitStatus: Bilingual

    /// Creates a command.
    public init(_ name: String, summary: Bilingual, connects: Bool = true, verbs: [VerbSpec], exitStatus: Bilingual) {
        self.name = name
        self.summary = summary
        self.connects = connects
        self.verbs = verbs
        self.exitStatus = exitStatus
    }

    /// The verb without words, for commands whose first operand is not a verb.
    public var defaultVerb: VerbSpec? { verbs.first { $0.words.isEmpty } }

    /// The verb `words` begins with (the longest that matches), and how many words it took.
    public func verb(at words: [String]) -> VerbSpec? {
        verbs.filter { !$0.words.isEmpty && words.starts(with: $0.words) }.max { $0.words.count < $1.words.count }
    }

    /// Whether `word` starts some verb (`goal` of `goal add`).
    func startsVerb(_ word: String) -> Bool { verbs.contains { $0.words.first == word } }
}
