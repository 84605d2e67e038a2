import LotseSystem

/// Where a command writes. Commands never call `print` directly, so that tests can run
/// them in-process and capture exactly what a person would see.
public protocol Terminal: AnyObject {
    /// Writes to standard output.
    func out(_ text: String)
    /// Writes to standard error.
    func err(_ text: String)
    /// Reads one line from standard input, or nil at end of input.
    func readLine() -> String?
    /// Whether standard input is an interactive terminal (prompts are allowed only then).
    var isInteractive: Bool { get }
}

/// The process's real standard streams.
public final class StandardTerminal: Terminal {
    /// Creates the terminal bound to file descriptors 0, 1 and 2.
    public init() {}
    /// Writes unbuffered to fd 1, so that output interleaves correctly with stderr.
    public func out(_ text: String) { Self.write(.standardOutput, text) }
    /// Writes unbuffered to fd 2.
    public func err(_ text: String) { Self.write(.standardError, text) }
    /// Reads a line from standard input.
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
    /// True when fd 0 is a tty.
    public var isInteractive: Bool { FileDescriptor.standardInput.isTerminal }

    /// Output nobody can take (a closed pipe: `lotse … | head`) is dropped.
    private static func write(_ fd: FileDescriptor, _ text: String) {
        try? fd.writeAll(Array(text.utf8))
    }
}

/// A terminal that records output, for tests.
public final class CapturingTerminal: Terminal {
    /// Everything written to standard output.
    public private(set) var stdout = ""
    /// Everything written to standard error.
    public private(set) var stderr = ""
    private var input: [String]
    /// Whether to claim to be interactive.
    public var isInteractive: Bool
    /// Creates a terminal whose standard input yields `input`, line by line.
    public init(input: [String] = [], interactive: Bool = false) {
        self.input = input
        self.isInteractive = interactive
    }
    /// Appends to `stdout`.
    public func out(_ text: String) { stdout += text }
    /// Appends to `stderr`.
    public func err(_ text: String) { stderr += text }
    /// Returns the next prepared input line.
    public func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
}
