/// The wire contract of `org.lotse.Demo`: what `lotse demo` asks of its private daemon —
/// acting as the demo district's people on one account, and moving demo referrals into the
/// past. Only a daemon started for the demo answers it, and only to its own uid; it is
/// declared here so that the demo, too, calls through typed requests.
public enum DemoProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Demo"

    /// The IDL text.
    public static let idl = """
    # The demo daemon's own methods (lotse demo): answered only by a daemon started with
    # demo identities, and only to the daemon's own uid.
    interface org.lotse.Demo

    # A referral and the day it is to have been made on (demo waiting times).
    type ReferralDate (referral: int, referredOn: string)

    # Every later call on this connection runs as the demo user.
    method ActAs(user: string) -> (user: string, roles: []string)

    # Moves waiting referrals' referral days into the past (coordinator demo users only).
    method Backdate(referrals: []ReferralDate) -> (changed: int)

    # No demo user of that name.
    error UnknownUser (user: string)

    \(SharedIDLTypes.databaseError)
    """
}
