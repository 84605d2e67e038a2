/// What `org.varlink.service.GetInfo` reports about the server.
public struct VarlinkServiceInfo: Sendable, Equatable {
    /// Who makes the service.
    public var vendor: String
    /// The product name.
    public var product: String
    /// The product version.
    public var version: String
    /// Where to read about it.
    public var url: String

    /// Creates the information.
    public init(vendor: String, product: String, version: String, url: String) {
        self.vendor = vendor
        self.product = product
        self.version = version
        self.url = url
    }
}
