/// Whether a client's case is open. Only a closed case counts towards retention.
public enum ClientStatus: String, Sendable, Codable, CaseIterable, StatusMachine {
    /// The caseworker works with the client.
    case active
    /// The case is closed; data is purged after the retention period.
    case closed

    /// `client`.
    public static let subject = "client"

    /// active ⇄ closed: a closed case may be reopened before it is purged.
    public var allowedNext: Set<ClientStatus> {
        switch self {
        case .active: [.closed]
        case .closed: [.active]
        }
    }
}

/// A client, known only by pseudonym. Belongs to one caseworker and one municipality;
/// a coordinator may hand the client over to another caseworker.
public struct Client: Sendable, Equatable, Codable {
    /// The pseudonym.
    public let id: ClientID
    /// The responsible caseworker; the only caseworker who sees this client.
    public private(set) var caseworker: UserName
    /// The municipality, for quotas.
    public let municipality: MunicipalityID
    /// Day the case was opened in Lotse.
    public let openedOn: CalendarDate
    /// Open or closed.
    public private(set) var status: ClientStatus
    /// Day the case was closed (set while closed).
    public private(set) var closedOn: CalendarDate?
    /// Consents recorded for this client, oldest first.
    public private(set) var consents: [Consent]

    /// A new, active client.
    public init(id: ClientID, caseworker: UserName, municipality: MunicipalityID, openedOn: CalendarDate) {
        self.id = id
        self.caseworker = caseworker
        self.municipality = municipality
        self.openedOn = openedOn
        self.status = .active
        self.closedOn = nil
        self.consents = []
    }

    /// A client as it was stored, for the storage layer only: hand-overs, closing and the
    /// consents were checked when they happened, so the stored state is taken as it is.
    public static func restored(id: ClientID, caseworker: UserName, municipality: MunicipalityID, openedOn: CalendarDate,
                                status: ClientStatus, closedOn: CalendarDate?, consents: [Consent]) -> Client {
        var client = Client(id: id, caseworker: caseworker, municipality: municipality, openedOn: openedOn)
        client.status = status
        client.closedOn = closedOn
        client.consents = consents
        return client
    }

    /// Records a consent, which must not predate the case unless it was given on paper
    /// before the case was opened in Lotse.
    public mutating func record(_ consent: Consent) -> Result<Void, ModelError> {
        if consent.givenOn < openedOn && !consent.onPaper {
            return .failure(ModelError(field: "consent date", en: "\(consent.givenOn) is before the case was opened (\(openedOn))",
            de: "\(consent.givenOn.displayText) liegt vor der Eröffnung des Falls (\(openedOn.displayText))"))
        }
        consents.append(consent)
        return .success(())
    }

    /// The coordinator's hand-over to another caseworker (audited by the caller).
    public mutating func handOver(to other: UserName) -> Result<Void, ModelError> {
        if status == .closed { return .failure(ModelError(field: "client", en: "\(id) is closed; reopen the case before handing it over",
            de: "\(id) ist abgeschlossen; öffnen Sie den Fall wieder, bevor Sie ihn übergeben")) }
        if other == caseworker { return .failure(ModelError(field: "caseworker", en: "\(id) already belongs to \(other)",
            de: "\(id) gehört schon zu \(other)")) }
        caseworker = other
        return .success(())
    }

    /// Closes the case on a day; starts the retention clock.
    public mutating func close(on date: CalendarDate) -> Result<Void, TransitionError> {
        status.transition(to: .closed).map {
            status = $0
            closedOn = date
        }
    }

    /// Reopens a closed case (before it was purged).
    public mutating func reopen() -> Result<Void, TransitionError> {
        status.transition(to: .active).map {
            status = $0
            closedOn = nil
        }
    }

    /// The first day on which the client's data must be gone, or nil while the case is open.
    public func purgeDate(monthsAfterClose: Int) -> CalendarDate? {
        guard status == .closed, let closedOn else { return nil }
        return closedOn.adding(months: monthsAfterClose)
    }

    /// Whether the nightly purge deletes this client on `date`.
    public func isDueForPurge(on date: CalendarDate, monthsAfterClose: Int) -> Bool {
        purgeDate(monthsAfterClose: monthsAfterClose).map { $0 <= date } ?? false
    }
}
