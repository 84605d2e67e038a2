import LotseCore

extension Result {
    /// The value a stored row made, or the decoding error naming the record and the model's
    /// reason. The model checks stored values as it checks new ones; a refusal here means the
    /// database was changed behind the daemon's back, and one place words that for every
    /// repository that restores through a checking `make` (specialists, sessions).
    ///
    /// - Parameters:
    ///   - expected: the model type restored (`Session`), also named in the message.
    ///   - id: the record's id.
    ///   - column: the column at fault, from the model's refusal.
    func stored(_ expected: String, _ id: some CustomStringConvertible,
                column: (Failure) -> String) throws(StoreError) -> Success {
        switch self {
        case .success(let value):
            return value
        case .failure(let error):
            throw StoreError(kind: .decoding(column: column(error), expected: expected),
                             message: "The stored \(expected.lowercased()) \(id) is not valid: \(error).")
        }
    }
}
