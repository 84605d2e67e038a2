/// Schema version 10: identifiers that say nothing about a person (issue 14).
///
/// - `outbox.reminder_key`: what makes two reminders the same one (kind, pseudonym,
///   event, recipient), so that queuing a reminder twice inserts it once. It used to be
///   the Message-ID itself, and so every mail's `Message-ID:` header — and the outbox
///   list coordinators and admins read — carried the pseudonym, the kind of mail (an
///   acute-risk alert) and the raising account's uid. The key stays inside the database;
///   the Message-ID becomes an opaque random token, fixed per outbox row, so a retried
///   mail keeps its id. Every existing row keeps its old id as its key (so a reminder
///   queued before the upgrade is not queued again) and gets an opaque id; a bounce of a
///   mail sent before the upgrade still finds its row by the key.
/// - `retired_pseudonyms`: a keyed hash (HMAC-SHA-256 under `pseudonym_key`) of every
///   pseudonym the retention purge deleted, so a pseudonym is never issued or chosen a
///   second time — old audit entries would otherwise name a different person — while the
///   database keeps no readable list of purged pseudonyms.
enum SchemaOpaqueIdentifiers {
    static let migration = Migration(version: 10, name: "opaque Message-IDs, retired pseudonyms", sql: sql)

    static let sql = """
    ALTER TABLE outbox ADD COLUMN reminder_key TEXT CHECK (reminder_key IS NULL OR length(reminder_key) BETWEEN 3 AND 255);
    UPDATE outbox SET reminder_key = message_id;
    UPDATE outbox SET message_id = '<lotse.' || lower(hex(randomblob(16))) || '@'
        || CASE WHEN instr(message_id, '@') > 0 THEN rtrim(substr(message_id, instr(message_id, '@') + 1), '>') ELSE 'localhost' END
        || '>';
    CREATE UNIQUE INDEX outbox_by_reminder_key ON outbox (reminder_key);

    CREATE TABLE pseudonym_key (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        key  BLOB NOT NULL CHECK (length(key) = 32)
    ) STRICT;
    INSERT INTO pseudonym_key (id, key) VALUES (1, randomblob(32));

    CREATE TABLE retired_pseudonyms (
        digest  BLOB PRIMARY KEY CHECK (length(digest) = 32)
    ) STRICT, WITHOUT ROWID;
    """
}
