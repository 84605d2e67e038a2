/// The values bound to a statement's `?` parameters, written as an array literal of
/// anything storable: `[pseudonym, 3, nil, date]`.
public struct StatementArguments: Sendable, ExpressibleByArrayLiteral {
    /// The values in parameter order.
    public var values: [DatabaseValue]

    /// Arguments from already converted values.
    public init(values: [DatabaseValue]) { self.values = values }

    /// Arguments from an array literal; `nil` binds SQL NULL.
    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        values = elements.map { $0?.databaseValue ?? .null }
    }
}
