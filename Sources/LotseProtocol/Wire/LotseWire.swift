/// The wire types that several interfaces declare alike (the acute-risk escalation, the
/// scored screening, where a referral stands, …). Each interface's IDL carries its own
/// copy, as varlink wants; in Swift they are one type, which each interface names under
/// its own name, so a value read from one interface can be handed to code written for
/// another.
public enum LotseWire {}
