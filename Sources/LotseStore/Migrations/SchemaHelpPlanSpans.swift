/// Schema version 4: help-plan goals stored as spans of versions (issue 12, "no caller can
/// stall the writer").
///
/// Until version 3 every help-plan version copied every goal (`help_plan_goals`, one row
/// per goal and version), so the n-th change of a plan wrote n × goals rows and a client
/// with a long history made every change — and the single writer — slower. Now a goal's
/// row holds the run of versions in which it stood unchanged: `from_version` to
/// `to_version` (NULL while it is still current). A change writes one version row, closes
/// the rows of the goals it changed and adds one row per changed or new goal, whatever the
/// length of the history. Version *v* of the plan is every row with
/// `from_version <= v AND (to_version IS NULL OR to_version >= v)`, ordered by position,
/// so `helpplan show` and `helpplan history` give exactly the answers they gave before.
///
/// The migration turns each run of identical rows of one goal in consecutive versions of
/// the old table into one span; a span that reaches the plan's newest version stays open.
enum SchemaHelpPlanSpans {
    static let migration = Migration(version: 4, name: "help-plan goals as version spans", sql: sql)

    static let sql = """
    CREATE TABLE help_plan_goal_spans (
        client          TEXT NOT NULL,
        goal_id         INTEGER NOT NULL CHECK (goal_id >= 1),
        from_version    INTEGER NOT NULL CHECK (from_version >= 1),
        to_version      INTEGER CHECK (to_version >= from_version),
        position        INTEGER NOT NULL CHECK (position >= 1),
        domain          TEXT NOT NULL CHECK (domain IN ('language', 'work', 'recognition-of-qualifications', 'housing',
                                                        'school-and-education', 'health-and-psychosocial-support')),
        title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        status          TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'reached', 'dropped')),
        target_on       TEXT CHECK (target_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        notes           TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
        recommendation  TEXT CHECK (length(recommendation) BETWEEN 1 AND 64),
        steps           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps) AND json_type(steps) = 'array'),
        PRIMARY KEY (client, goal_id, from_version),
        FOREIGN KEY (client, from_version) REFERENCES help_plan_versions (client, number) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
    -- The current goals of a plan: the only rows a change reads or closes.
    CREATE INDEX help_plan_goal_spans_open ON help_plan_goal_spans (client, goal_id) WHERE to_version IS NULL;

    -- A span is written once and closed once; nothing else about it ever changes.
    CREATE TRIGGER help_plan_goal_spans_close_once BEFORE UPDATE ON help_plan_goal_spans
    WHEN OLD.to_version IS NOT NULL OR NEW.to_version IS NULL
      OR NEW.client IS NOT OLD.client OR NEW.goal_id IS NOT OLD.goal_id OR NEW.from_version IS NOT OLD.from_version
      OR NEW.position IS NOT OLD.position OR NEW.domain IS NOT OLD.domain OR NEW.title IS NOT OLD.title
      OR NEW.status IS NOT OLD.status OR NEW.target_on IS NOT OLD.target_on OR NEW.notes IS NOT OLD.notes
      OR NEW.recommendation IS NOT OLD.recommendation OR NEW.steps IS NOT OLD.steps
    BEGIN
        SELECT RAISE(ABORT, 'help-plan goal spans are kept as written: only an open span can be closed');
    END;

    WITH marked AS (
        SELECT g.*,
               CASE WHEN EXISTS (
                   SELECT 1 FROM help_plan_goals p
                   WHERE p.client = g.client AND p.goal_id = g.goal_id AND p.version = g.version - 1
                     AND p.position = g.position AND p.domain = g.domain AND p.title = g.title AND p.status = g.status
                     AND p.target_on IS g.target_on AND p.notes = g.notes AND p.recommendation IS g.recommendation
                     AND p.steps = g.steps)
               THEN 0 ELSE 1 END AS starts
        FROM help_plan_goals g
    ),
    numbered AS (
        SELECT *, sum(starts) OVER (PARTITION BY client, goal_id ORDER BY version) AS span FROM marked
    ),
    spans AS (
        SELECT client, goal_id, min(version) AS first, max(version) AS last, span FROM numbered GROUP BY client, goal_id, span
    )
    INSERT INTO help_plan_goal_spans (client, goal_id, from_version, to_version, position, domain, title, status, target_on,
                                      notes, recommendation, steps)
    SELECT s.client, s.goal_id, s.first,
           CASE WHEN s.last = (SELECT max(number) FROM help_plan_versions v WHERE v.client = s.client) THEN NULL ELSE s.last END,
           g.position, g.domain, g.title, g.status, g.target_on, g.notes, g.recommendation, g.steps
    FROM spans s JOIN help_plan_goals g ON g.client = s.client AND g.goal_id = s.goal_id AND g.version = s.first;

    DROP TABLE help_plan_goals;
    """
}
