-- Privacy SDK schema V9, PostgreSQL 14+: Consultants' tracked obligations (§7, R31): created by the
-- cancellation of a Consultant's registration (return and destroy the entrusted data) and by the
-- company's requests (check and report, answer a query or a suspected breach), open until closed
-- with evidence. Policy versions (§9, R34) need no table: re-consent lists are computed from the
-- consent ledger.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

-- reference and evidence are free text; closed_at and evidence are null while the obligation is open
CREATE TABLE ${privacy_schema}${privacy_prefix}consultant_obligations (
  obligation_id   VARCHAR(300)             NOT NULL,
  consultant_id   VARCHAR(600)             NOT NULL,
  duty_id         VARCHAR(300)             NOT NULL,
  cause           VARCHAR(40)              NOT NULL,
  reference       TEXT                     NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  policy_version  VARCHAR(100)             NOT NULL,
  closed_at       TIMESTAMP WITH TIME ZONE,
  evidence        TEXT,
  CONSTRAINT ${privacy_prefix}consultant_obligations_pkey PRIMARY KEY (obligation_id),
  CONSTRAINT ${privacy_prefix}consultant_obligations_due CHECK (due_at >= created_at),
  CONSTRAINT ${privacy_prefix}consultant_obligations_closure CHECK ((closed_at IS NULL) = (evidence IS NULL))
);

-- obligations of one Consultant
CREATE INDEX ${privacy_prefix}consultant_obligations_consultant
  ON ${privacy_schema}${privacy_prefix}consultant_obligations (consultant_id, created_at);

-- the overdue list: open obligations by due instant
CREATE INDEX ${privacy_prefix}consultant_obligations_open
  ON ${privacy_schema}${privacy_prefix}consultant_obligations (due_at) WHERE closed_at IS NULL;
