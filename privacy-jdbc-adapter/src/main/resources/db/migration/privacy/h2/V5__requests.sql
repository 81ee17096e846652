-- Privacy SDK schema V5, H2 2.x: data-subject requests (§6, §10; Law Art. 15, 17) and their
-- lifecycle. A request's row keeps its canonical form (RequestCodec) with the columns the queries
-- need; each move of its lifecycle is one transition row, appended in sequence with its audit record.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

-- one row per request; body holds personal data (references, corrections, descriptions);
-- expires_at is null for kinds without a deadline; is_open is false once the last transition is terminal
CREATE TABLE ${privacy_schema}${privacy_prefix}requests (
  request_id   VARCHAR(300)             NOT NULL,
  subject_id   VARCHAR(600)             NOT NULL,
  kind         VARCHAR(40)              NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE,
  is_open      BOOLEAN                  NOT NULL,
  body         VARCHAR(1000000)         NOT NULL,
  CONSTRAINT ${privacy_prefix}requests_pkey PRIMARY KEY (request_id)
);

CREATE INDEX ${privacy_prefix}requests_subject ON ${privacy_schema}${privacy_prefix}requests (subject_id, received_at);
CREATE INDEX ${privacy_prefix}requests_open_expiry ON ${privacy_schema}${privacy_prefix}requests (is_open, expires_at);

-- one row per move: seq 1 is RECEIVED, then 2, 3, ...; body is the transition's canonical form
CREATE TABLE ${privacy_schema}${privacy_prefix}request_transitions (
  request_id   VARCHAR(300)             NOT NULL,
  seq          INTEGER                  NOT NULL,
  state        VARCHAR(40)              NOT NULL,
  moved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  body         VARCHAR(1000000)         NOT NULL,
  CONSTRAINT ${privacy_prefix}request_transitions_pkey PRIMARY KEY (request_id, seq),
  CONSTRAINT ${privacy_prefix}request_transitions_request FOREIGN KEY (request_id)
    REFERENCES ${privacy_schema}${privacy_prefix}requests (request_id)
);
