import Foundation

// lotse-bench MODE [OPTIONS]: release-build measurements. Each mode lives in its own file
// and registers in `BenchModes.all`; this file only dispatches.
let arguments = Array(CommandLine.arguments.dropFirst())
exit(BenchModes.run(arguments))
