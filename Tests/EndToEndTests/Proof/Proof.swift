import Testing

/// The proof suites of issue 9, run one after another (each starts daemons and loads
/// the machine; side by side they would disturb each other's timing). Fast variants run
/// in every `swift test`; `LOTSE_PROOF=full swift test --filter Proof` (or `.ci/proof`)
/// runs the full ones.
@Suite(.serialized) enum Proof {}
