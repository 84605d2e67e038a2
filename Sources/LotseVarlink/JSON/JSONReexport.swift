// Varlink messages are JSON, and every user of the wire (daemon, CLI, protocol, tests)
// builds and reads `JSONValue`s: the wire re-exports Lotse's one JSON module, so that
// importing LotseVarlink is enough and no file can reach a second JSON by accident.
@_exported import LotseJSON
