-- Privacy SDK schema, H2 2.x (the embedded default).
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

CREATE TABLE ${privacy_schema}${privacy_prefix}consent_events (
  event_id        VARCHAR(300)             NOT NULL PRIMARY KEY,
  holder_kind     CHAR(1)                  NOT NULL,
  holder_id       VARCHAR(600)             NOT NULL,
  linked_browser  VARCHAR(600),
  event_type      VARCHAR(32)              NOT NULL,
  actor           VARCHAR(16)              NOT NULL,
  policy_version  VARCHAR(64)              NOT NULL,
  effective_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  payload         VARCHAR(1000000)         NOT NULL
);
CREATE INDEX ${privacy_prefix}consent_events_holder ON ${privacy_schema}${privacy_prefix}consent_events (holder_kind, holder_id, effective_at);
CREATE INDEX ${privacy_prefix}consent_events_browser ON ${privacy_schema}${privacy_prefix}consent_events (linked_browser);
CREATE INDEX ${privacy_prefix}consent_events_actor ON ${privacy_schema}${privacy_prefix}consent_events (actor, holder_kind);

CREATE TABLE ${privacy_schema}${privacy_prefix}subjects (
  subject_id          VARCHAR(600)             NOT NULL PRIMARY KEY,
  birth_date          DATE,
  contract_start      TIMESTAMP WITH TIME ZONE,
  contract_end        TIMESTAMP WITH TIME ZONE,
  credit_assessment   BOOLEAN                  NOT NULL,
  provided            VARCHAR(1000000)         NOT NULL,
  product_lines       VARCHAR(1000000)         NOT NULL,
  open_claim          BOOLEAN                  NOT NULL,
  last_activity       TIMESTAMP WITH TIME ZONE,
  account_closed_at   TIMESTAMP WITH TIME ZONE,
  blocked             BOOLEAN                  NOT NULL,
  erased              BOOLEAN                  NOT NULL,
  legal_holds         VARCHAR(1000000)         NOT NULL,
  restricted_purposes VARCHAR(1000000)         NOT NULL
);

CREATE TABLE ${privacy_schema}${privacy_prefix}audit_records (
  seq             BIGINT                   NOT NULL PRIMARY KEY CHECK (seq > 0),
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  action          VARCHAR(64)              NOT NULL,
  subject_ref     VARCHAR(128)             NOT NULL,
  policy_version  VARCHAR(64)              NOT NULL,
  details         VARCHAR(1000000)         NOT NULL,
  previous_hash   CHAR(64)                 NOT NULL,
  hash            CHAR(64)                 NOT NULL
);

-- the chain head: one row, locked by every writer, so appends are serialised inside the database
CREATE TABLE ${privacy_schema}${privacy_prefix}audit_head (
  id    INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
  seq   BIGINT   NOT NULL,
  hash  CHAR(64) NOT NULL
);
INSERT INTO ${privacy_schema}${privacy_prefix}audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
