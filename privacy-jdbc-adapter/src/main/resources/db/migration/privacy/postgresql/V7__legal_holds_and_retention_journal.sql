-- Privacy SDK schema V7, PostgreSQL 14+: the register of legal holds (§6.2, R29) and the journal of applied
-- retention actions, so a retention run resumes after a stop and never applies an action twice.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

-- one row per hold; categories and purposes are JSON arrays of ids; ends_at is null while open-ended
CREATE TABLE ${privacy_schema}${privacy_prefix}legal_holds (
  hold_id         VARCHAR(200)             NOT NULL,
  subject_id      VARCHAR(600)             NOT NULL,
  reason          VARCHAR(40)              NOT NULL,
  case_reference  TEXT NOT NULL,
  categories      TEXT NOT NULL,
  purposes        TEXT NOT NULL,
  starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${privacy_prefix}legal_holds_pkey PRIMARY KEY (hold_id),
  CONSTRAINT ${privacy_prefix}legal_holds_period CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX ${privacy_prefix}legal_holds_subject ON ${privacy_schema}${privacy_prefix}legal_holds (subject_id);

-- one row per retention action applied (PlannedAction.id)
CREATE TABLE ${privacy_schema}${privacy_prefix}retention_applied (
  action_id   VARCHAR(100)             NOT NULL,
  applied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ${privacy_prefix}retention_applied_pkey PRIMARY KEY (action_id)
);
