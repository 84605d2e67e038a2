/// Schema version 8: the reason an appointment was cancelled (issue 15, "appointments have
/// a life cycle a caseworker can drive").
///
/// `lotse appointment cancel ID --reason …` frees a booked slot before the day. The
/// reason is kept with the appointment it explains — the person who cancelled and when
/// are already `attendance_by` and `attendance_at` — so the caseworker, the coordinator
/// and a later reader of the month see why the slot came free. It is never put into a
/// mail: the specialist is told only that the slot is free. Old rows have none.
enum SchemaAppointmentCancellation {
    static let migration = Migration(version: 8, name: "appointment cancellation reason", sql: sql)

    static let sql = """
    ALTER TABLE appointments ADD COLUMN cancel_reason TEXT
        CHECK (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 500);
    """
}
