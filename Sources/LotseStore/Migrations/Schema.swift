/// The Lotse schema's history, oldest first. Append new migrations; never edit old ones.
public enum Schema {
    /// Every migration, in order.
    public static let migrations: [Migration] = [SchemaV1.migration, SchemaV2.migration, SchemaSubmitPath.migration,
                                                    SchemaHelpPlanSpans.migration, SchemaWidePseudonyms.migration,
                                                    SchemaCorrections.migration, SchemaReadAudit.migration,
                                                    SchemaAppointmentCancellation.migration,
                                                    SchemaEscalationCounts.migration, SchemaOpaqueIdentifiers.migration,
                                                    SchemaAuditRoleWidth.migration, SchemaFrozenQuarters.migration,
                                                    SchemaAuditForgetting.migration]

    /// The schema version this build writes.
    public static var newestVersion: Int { migrations.count }
}
