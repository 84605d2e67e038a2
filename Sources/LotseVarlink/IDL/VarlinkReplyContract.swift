/// Whether a reply keeps the IDL of the method it answers: a reply's parameters must match
/// the method's output exactly, and an error must be one the method's own interface,
/// `org.varlink.service` or an interface that declares errors only (the refusals at
/// accept, which answer whatever was called) declares, with exactly the declared
/// parameters. A server cannot
/// rely on its handlers for this (they build replies by hand), so tests switch the check
/// on in the server and prove every reply against the contract clients were promised.
public struct VarlinkReplyContract: Sendable {
    /// Every interface a reply may draw its error from (the served ones and the service
    /// interface).
    public let directory: VarlinkServiceDirectory

    /// Creates the check for the interfaces of `directory`.
    public init(directory: VarlinkServiceDirectory) {
        self.directory = directory
    }

    /// Why `reply` breaks the contract of `method` in `interface` (naming the offending
    /// parameter by path), or nil when it keeps it.
    public func breach(of reply: VarlinkReply, to method: VarlinkMethod, in interface: VarlinkInterfaceDescription) -> String? {
        guard let error = reply.error else {
            let bad = VarlinkValidator(interface: interface).firstInvalidParameter(reply.parameters, against: method.output)
            return bad.map { "reply parameter \"\($0)\" does not match the output of \(interface.name).\(method.name)" }
        }
        guard let dot = error.lastIndex(of: ".") else { return "error \"\(error)\" has no interface" }
        let owner = String(error[..<dot])
        guard let declaring = directory.interfaces[owner],
              owner == interface.name || owner == VarlinkServiceInterface.name || declaring.methods.isEmpty,
              let fields = declaring.errors[String(error[error.index(after: dot)...])] else {
            return "error \(error) is not declared by \(interface.name) or \(VarlinkServiceInterface.name)"
        }
        let bad = VarlinkValidator(interface: declaring).firstInvalidParameter(reply.parameters, against: fields)
        return bad.map { "error parameter \"\($0)\" does not match the declaration of \(error)" }
    }
}
