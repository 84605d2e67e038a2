/// Schema version 1: every table Lotse keeps (DESIGN.md "State").
///
/// Conventions, so that every repository stores values the same way:
/// - instants (`…_at`) are INTEGER seconds since 1970-01-01 UTC;
/// - calendar dates (`…_on`) are TEXT `YYYY-MM-DD`, months TEXT `YYYY-MM`, times of day
///   TEXT `HH:MM` in Europe/Berlin wall time;
/// - booleans are INTEGER 0/1; short lists of plain values (languages, dates) are JSON
///   arrays in TEXT, lists that reference other rows are child tables with foreign keys;
/// - every table is `STRICT`, every free-text field has a length bound, every state has a
///   CHECK of the values the model's enums allow (`LotseCore`);
/// - a slot row is written for each slot of a session when the session is stored (the
///   model's `SlotID` is session + position), so roster entries, appointments and
///   assessments reference a slot that really exists; a roster's objective is the sum of
///   its entries' weights (`roster_objectives` view), not a second copy that could disagree;
/// - client data hangs off `clients` with `ON DELETE CASCADE`, so the retention purge of
///   one pseudonym removes its consents, referrals, screenings, appointments,
///   assessments, help plans and mail in one statement. `audit_log` deliberately has no
///   foreign key to client data: it keeps who did what to which pseudonym (no content),
///   and the purge itself appends an entry saying that the deletion happened.
/// - health data (screening answers, assessment notes) live in their own tables so that
///   only the repositories serving the allowed roles read them.
enum SchemaV1 {
    static let migration = Migration(version: 1, name: "initial schema", sql: sql)

    static let sql = """
    -- Identifiers handed out before a record is stored (the model assigns ids at creation);
    -- a sequence only grows, so an id is never reused, even after the retention purge.
    CREATE TABLE id_sequences (
        name          TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
        last          INTEGER NOT NULL CHECK (last >= 0)
    ) STRICT;

    CREATE TABLE caseworkers (
        unix_user     TEXT PRIMARY KEY CHECK (length(unix_user) BETWEEN 1 AND 64),
        email         TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        language      TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en'))
    ) STRICT;

    CREATE TABLE clients (
        pseudonym     TEXT PRIMARY KEY CHECK (pseudonym GLOB 'K-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        caseworker    TEXT NOT NULL CHECK (length(caseworker) BETWEEN 1 AND 64),
        municipality  TEXT NOT NULL CHECK (length(municipality) BETWEEN 1 AND 64),
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
        opened_on     TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        closed_on     TEXT CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at    INTEGER NOT NULL,
        CHECK ((status = 'closed') = (closed_on IS NOT NULL))
    ) STRICT;
    CREATE INDEX clients_by_caseworker ON clients (caseworker);
    CREATE INDEX clients_closed ON clients (closed_on) WHERE closed_on IS NOT NULL;

    CREATE TABLE consents (
        id            INTEGER PRIMARY KEY,
        client        TEXT NOT NULL REFERENCES clients (pseudonym) ON DELETE CASCADE,
        given_on      TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        scope         TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array' AND json_array_length(scope) >= 1),
        withdrawn_on  TEXT CHECK (withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        recorded_by   TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 64),
        recorded_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX consents_by_client ON consents (client);

    -- Health data: item answers and the result, readable only through the screening
    -- repository. An escalated screening (acute risk) has no result: nothing is queued.
    CREATE TABLE screenings (
        id                    INTEGER PRIMARY KEY,
        client                TEXT NOT NULL REFERENCES clients (pseudonym) ON DELETE CASCADE,
        caseworker            TEXT NOT NULL CHECK (length(caseworker) BETWEEN 1 AND 64),
        performed_on          TEXT NOT NULL CHECK (performed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        suicidality           INTEGER NOT NULL CHECK (suicidality IN (0, 1)),
        danger_to_others      INTEGER NOT NULL CHECK (danger_to_others IN (0, 1)),
        instrument            TEXT NOT NULL CHECK (length(instrument) BETWEEN 1 AND 64),
        answers               TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
        outcome               TEXT NOT NULL CHECK (outcome IN ('escalated', 'scored')),
        score                 INTEGER,
        band                  TEXT CHECK (length(band) BETWEEN 1 AND 64),
        positive              INTEGER CHECK (positive IN (0, 1)),
        positive_by_item_rule INTEGER CHECK (positive_by_item_rule IN (0, 1)),
        urgency               TEXT CHECK (urgency IN ('routine', 'elevated', 'high')),
        recorded_at           INTEGER NOT NULL,
        CHECK ((outcome = 'scored') = (score IS NOT NULL AND band IS NOT NULL AND positive IS NOT NULL
                                       AND positive_by_item_rule IS NOT NULL AND urgency IS NOT NULL)),
        CHECK (outcome = 'scored' OR suicidality = 1 OR danger_to_others = 1)
    ) STRICT;
    CREATE INDEX screenings_by_client ON screenings (client);

    CREATE TABLE specialists (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        qualification TEXT NOT NULL CHECK (length(qualification) BETWEEN 1 AND 200),
        languages     TEXT NOT NULL CHECK (json_valid(languages) AND json_type(languages) = 'array' AND json_array_length(languages) >= 1),
        email         TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        unix_user     TEXT NOT NULL UNIQUE CHECK (length(unix_user) BETWEEN 1 AND 64),
        created_at    INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE referrals (
        id                      INTEGER PRIMARY KEY,
        client                  TEXT REFERENCES clients (pseudonym) ON DELETE CASCADE,
        caseworker              TEXT NOT NULL CHECK (length(caseworker) BETWEEN 1 AND 64),
        municipality            TEXT NOT NULL CHECK (length(municipality) BETWEEN 1 AND 64),
        kind                    TEXT NOT NULL CHECK (kind IN ('assessment', 'follow-up', 'consultation')),
        urgency                 TEXT NOT NULL CHECK (urgency IN ('routine', 'elevated', 'high')),
        urgency_reason          TEXT CHECK (length(urgency_reason) BETWEEN 1 AND 500),
        screening_id            INTEGER REFERENCES screenings (id) ON DELETE SET NULL,
        language                TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
        interpreter             INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
        unavailable_dates       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unavailable_dates) AND json_type(unavailable_dates) = 'array'),
        preferred_specialist_id INTEGER REFERENCES specialists (id),
        note                    TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        status                  TEXT NOT NULL CHECK (status IN ('waiting', 'scheduled', 'attended', 'no-show', 'needs-retriage', 'closed', 'withdrawn')),
        referred_on             TEXT NOT NULL CHECK (referred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        not_before              TEXT CHECK (not_before GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        consent_id              INTEGER REFERENCES consents (id),
        consent_override_reason TEXT CHECK (length(consent_override_reason) BETWEEN 1 AND 500),
        at_head_of_urgency      INTEGER NOT NULL DEFAULT 0 CHECK (at_head_of_urgency IN (0, 1)),
        no_show_count           INTEGER NOT NULL DEFAULT 0 CHECK (no_show_count >= 0),
        withdrawal_reason       TEXT CHECK (length(withdrawal_reason) BETWEEN 1 AND 500),
        created_at              INTEGER NOT NULL,
        updated_at              INTEGER NOT NULL,
        -- Every referral rests on a recorded consent or on an override with a reason, never both.
        CHECK ((consent_id IS NULL) <> (consent_override_reason IS NULL)),
        CHECK ((status = 'withdrawn') = (withdrawal_reason IS NOT NULL))
    ) STRICT;
    -- One open referral per client at a time.
    CREATE UNIQUE INDEX referrals_one_open_per_client ON referrals (client)
        WHERE client IS NOT NULL AND status NOT IN ('closed', 'withdrawn');
    CREATE INDEX referrals_by_status ON referrals (status, urgency, referred_on);
    CREATE INDEX referrals_by_caseworker ON referrals (caseworker);

    CREATE TABLE referral_excluded_specialists (
        referral_id   INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        specialist_id INTEGER NOT NULL REFERENCES specialists (id),
        PRIMARY KEY (referral_id, specialist_id)
    ) STRICT, WITHOUT ROWID;

    -- Recurring sessions (RFC 5545 RRULE subset); the occurrences are rows of `sessions`.
    CREATE TABLE session_series (
        id                    INTEGER PRIMARY KEY,
        specialist_id         INTEGER NOT NULL REFERENCES specialists (id),
        rrule                 TEXT NOT NULL CHECK (length(rrule) BETWEEN 1 AND 200),
        first_on              TEXT NOT NULL CHECK (first_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time            TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        slot_count            INTEGER NOT NULL CHECK (slot_count BETWEEN 1 AND 48),
        slot_minutes          INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
        place                 TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        kinds                 TEXT NOT NULL CHECK (json_valid(kinds) AND json_type(kinds) = 'array' AND json_array_length(kinds) >= 1),
        interpreter_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interpreter_languages) AND json_type(interpreter_languages) = 'array'),
        cancelled             INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        created_at            INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sessions (
        id                    INTEGER PRIMARY KEY,
        specialist_id         INTEGER NOT NULL REFERENCES specialists (id),
        series_id             INTEGER REFERENCES session_series (id),
        held_on               TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time            TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        slot_count            INTEGER NOT NULL CHECK (slot_count BETWEEN 1 AND 48),
        slot_minutes          INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
        place                 TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        kinds                 TEXT NOT NULL CHECK (json_valid(kinds) AND json_type(kinds) = 'array' AND json_array_length(kinds) >= 1),
        interpreter_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interpreter_languages) AND json_type(interpreter_languages) = 'array'),
        cancelled             INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        cancelled_at          INTEGER,
        created_at            INTEGER NOT NULL,
        UNIQUE (series_id, held_on),
        CHECK ((cancelled = 1) = (cancelled_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX sessions_by_date ON sessions (held_on);
    CREATE INDEX sessions_by_specialist ON sessions (specialist_id, held_on);

    -- The slots of a session, written with it (position 1…slot_count).
    CREATE TABLE slots (
        id            INTEGER PRIMARY KEY,
        session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL CHECK (position >= 1),
        start_time    TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
        UNIQUE (session_id, position)
    ) STRICT;

    CREATE TABLE rosters (
        id            INTEGER PRIMARY KEY,
        month         TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        version       INTEGER NOT NULL CHECK (version >= 1),
        state         TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'published', 'superseded')),
        bound         INTEGER NOT NULL,
        created_by    TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 64),
        created_at    INTEGER NOT NULL,
        approved_by   TEXT CHECK (length(approved_by) BETWEEN 1 AND 64),
        approved_at   INTEGER,
        published_by  TEXT CHECK (length(published_by) BETWEEN 1 AND 64),
        published_at  INTEGER,
        UNIQUE (month, version)
    ) STRICT;
    -- At most one version of a month is being edited or in force at a time.
    CREATE UNIQUE INDEX rosters_one_live_per_month ON rosters (month) WHERE state IN ('draft', 'approved');

    CREATE TABLE roster_entries (
        roster_id     INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
        referral_id   INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        slot_id       INTEGER NOT NULL REFERENCES slots (id),
        weight        INTEGER NOT NULL,
        pinned        INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        manual        INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
        PRIMARY KEY (roster_id, referral_id),
        UNIQUE (roster_id, slot_id)
    ) STRICT, WITHOUT ROWID;

    CREATE VIEW roster_objectives AS
        SELECT rosters.id AS roster_id, coalesce(sum(roster_entries.weight), 0) AS objective, rosters.bound AS bound
        FROM rosters LEFT JOIN roster_entries ON roster_entries.roster_id = rosters.id
        GROUP BY rosters.id;

    CREATE TABLE waiting_reasons (
        roster_id     INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
        referral_id   INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL CHECK (position >= 1),
        reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 64),
        detail        TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
        PRIMARY KEY (roster_id, referral_id)
    ) STRICT, WITHOUT ROWID;

    -- A published roster entry becomes an appointment; attendance is recorded by people,
    -- never automatically.
    CREATE TABLE appointments (
        id                    INTEGER PRIMARY KEY,
        referral_id           INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        slot_id               INTEGER NOT NULL REFERENCES slots (id),
        roster_id             INTEGER REFERENCES rosters (id),
        attendance            TEXT CHECK (attendance IN ('attended', 'no-show', 'cancelled-by-client', 'cancelled-by-service')),
        attendance_by         TEXT CHECK (length(attendance_by) BETWEEN 1 AND 64),
        attendance_at         INTEGER,
        created_at            INTEGER NOT NULL,
        CHECK ((attendance IS NULL) = (attendance_at IS NULL))
    ) STRICT;
    -- A slot holds at most one live appointment; cancellations free it.
    CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (slot_id)
        WHERE attendance IS NULL OR attendance IN ('attended', 'no-show');
    CREATE INDEX appointments_by_referral ON appointments (referral_id);

    -- Health data: the anamnesis note, visible to the specialist and the client's caseworker only.
    CREATE TABLE assessments (
        id                INTEGER PRIMARY KEY,
        referral_id       INTEGER NOT NULL UNIQUE REFERENCES referrals (id) ON DELETE CASCADE,
        client            TEXT REFERENCES clients (pseudonym) ON DELETE CASCADE,
        slot_id           INTEGER NOT NULL REFERENCES slots (id),
        specialist_id     INTEGER NOT NULL REFERENCES specialists (id),
        appointment_on    TEXT NOT NULL CHECK (appointment_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note              TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
        recorded_by       TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 64),
        recorded_at       INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX assessments_by_client ON assessments (client);

    CREATE TABLE recommendations (
        assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL CHECK (position >= 1),
        code            TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
        months          INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 36),
        PRIMARY KEY (assessment_id, position),
        UNIQUE (assessment_id, code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE follow_up_steps (
        id              INTEGER PRIMARY KEY,
        client          TEXT REFERENCES clients (pseudonym) ON DELETE CASCADE,
        assessment_id   INTEGER REFERENCES assessments (id) ON DELETE CASCADE,
        description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
        owner_role      TEXT NOT NULL CHECK (owner_role IN ('caseworker', 'specialist', 'coordinator')),
        owner_user      TEXT NOT NULL CHECK (length(owner_user) BETWEEN 1 AND 64),
        due_on          TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        changed_by      TEXT CHECK (length(changed_by) BETWEEN 1 AND 64),
        changed_at      INTEGER,
        created_at      INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX follow_up_steps_open ON follow_up_steps (due_on) WHERE status = 'open';
    CREATE INDEX follow_up_steps_by_owner ON follow_up_steps (owner_user, status);

    -- `review_on` repeats the current version's review date so the reminder planner finds
    -- due reviews without reading the history; the repository writes both together.
    CREATE TABLE help_plans (
        client          TEXT PRIMARY KEY REFERENCES clients (pseudonym) ON DELETE CASCADE,
        current_version INTEGER NOT NULL CHECK (current_version >= 1),
        review_on       TEXT NOT NULL CHECK (review_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at      INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX help_plans_by_review ON help_plans (review_on);

    -- Every change of a help plan is a new version with its author and time; versions are
    -- only ever added.
    CREATE TABLE help_plan_versions (
        client          TEXT NOT NULL REFERENCES help_plans (client) ON DELETE CASCADE,
        number          INTEGER NOT NULL CHECK (number >= 1),
        author          TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 64),
        author_role     TEXT NOT NULL CHECK (author_role IN ('caseworker', 'coordinator', 'specialist', 'admin')),
        authored_at     INTEGER NOT NULL,
        change          TEXT NOT NULL CHECK (length(change) BETWEEN 1 AND 500),
        review_on       TEXT NOT NULL CHECK (review_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        PRIMARY KEY (client, number)
    ) STRICT, WITHOUT ROWID;

    -- The goals as they stood in each version (a full snapshot per version, as the model
    -- keeps them, so `helpplan history` shows any version exactly).
    CREATE TABLE help_plan_goals (
        client          TEXT NOT NULL,
        version         INTEGER NOT NULL,
        goal_id         INTEGER NOT NULL CHECK (goal_id >= 1),
        position        INTEGER NOT NULL CHECK (position >= 1),
        domain          TEXT NOT NULL CHECK (domain IN ('language', 'work', 'recognition-of-qualifications', 'housing',
                                                        'school-and-education', 'health-and-psychosocial-support')),
        title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        status          TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'reached', 'dropped')),
        target_on       TEXT CHECK (target_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        notes           TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
        recommendation  TEXT CHECK (length(recommendation) BETWEEN 1 AND 64),
        steps           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps) AND json_type(steps) = 'array'),
        PRIMARY KEY (client, version, goal_id),
        FOREIGN KEY (client, version) REFERENCES help_plan_versions (client, number) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER help_plan_versions_no_update BEFORE UPDATE ON help_plan_versions
    BEGIN
        SELECT RAISE(ABORT, 'help plan versions are kept as written: add a new version instead');
    END;

    CREATE TABLE outbox (
        id                INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
        recipient         TEXT NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
        recipient_role    TEXT NOT NULL CHECK (recipient_role IN ('caseworker', 'coordinator', 'specialist', 'admin')),
        language          TEXT NOT NULL CHECK (language IN ('de', 'en')),
        client            TEXT REFERENCES clients (pseudonym) ON DELETE CASCADE,
        subject_kind      TEXT CHECK (length(subject_kind) BETWEEN 1 AND 64),
        subject_id        TEXT CHECK (length(subject_id) BETWEEN 1 AND 64),
        due_at            INTEGER NOT NULL,
        priority          INTEGER NOT NULL DEFAULT 0,
        state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        moot              INTEGER NOT NULL DEFAULT 0 CHECK (moot IN (0, 1)),
        attempts          INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at   INTEGER NOT NULL,
        last_attempt_at   INTEGER,
        last_exit_code    INTEGER,
        last_error        TEXT CHECK (length(last_error) <= 2000),
        message_id        TEXT NOT NULL UNIQUE CHECK (length(message_id) BETWEEN 3 AND 255),
        payload           TEXT NOT NULL CHECK (json_valid(payload)),
        created_at        INTEGER NOT NULL,
        sent_at           INTEGER
    ) STRICT;
    CREATE INDEX outbox_by_subject ON outbox (subject_kind, subject_id) WHERE subject_kind IS NOT NULL;

    -- Append-only: AUTOINCREMENT so that an id is never reused, even after a purge.
    CREATE TABLE audit_log (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            INTEGER NOT NULL,
        uid           INTEGER,
        user          TEXT NOT NULL CHECK (length(user) BETWEEN 1 AND 64),
        role          TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 32),
        action        TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
        record_kind   TEXT CHECK (length(record_kind) <= 32),
        record_id     TEXT CHECK (length(record_id) <= 64),
        outcome       TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
        detail        TEXT CHECK (length(detail) <= 200)
    ) STRICT;
    CREATE INDEX audit_log_by_time ON audit_log (at);

    -- The only way to delete audit entries: the audit-retention purge opens this gate for
    -- entries older than `purge_before` inside its own transaction and closes it again.
    CREATE TABLE audit_purge_gate (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        purge_before  INTEGER
    ) STRICT;
    INSERT INTO audit_purge_gate (id, purge_before) VALUES (1, NULL);

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed');
    END;

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN (SELECT purge_before FROM audit_purge_gate WHERE id = 1) IS NULL
      OR OLD.at >= (SELECT purge_before FROM audit_purge_gate WHERE id = 1)
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: entries are removed only by the retention purge');
    END;

    CREATE TRIGGER audit_purge_gate_no_delete BEFORE DELETE ON audit_purge_gate
    BEGIN
        SELECT RAISE(ABORT, 'audit_purge_gate must keep its row');
    END;
    """
}
