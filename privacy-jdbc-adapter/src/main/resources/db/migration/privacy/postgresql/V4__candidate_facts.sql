-- Privacy SDK schema V4, PostgreSQL 14+: the decision-relevant facts of the consent ledger in columns, so
-- that ConsentStore.candidates answers a campaign's question with one indexed join per batch of
-- subjects instead of decoding every event. Kept by every append in the same transaction as the
-- event and its audit record (JdbcConsentStore); each column is a minimum or maximum of effective
-- instants, so the facts do not depend on the order events arrive in.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

-- per subject and purpose: explicit grants (grants naming it, registrations ticking it) and withdrawals
CREATE TABLE ${privacy_schema}${privacy_prefix}consent_facts (
  subject_id         VARCHAR(600)             NOT NULL,
  purpose_id         VARCHAR(300)             NOT NULL,
  first_granted_at   TIMESTAMP WITH TIME ZONE,
  last_granted_at    TIMESTAMP WITH TIME ZONE,
  last_withdrawn_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${privacy_prefix}consent_facts_pkey PRIMARY KEY (subject_id, purpose_id)
);

-- per subject: the first acceptance of the policy (which may grant purposes by their consent terms)
CREATE TABLE ${privacy_schema}${privacy_prefix}acceptance_facts (
  subject_id         VARCHAR(600)             NOT NULL,
  first_accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ${privacy_prefix}acceptance_facts_pkey PRIMARY KEY (subject_id)
);

-- per subject and objection: when it was last raised (an objection, a registration's opt-out box) and lifted
CREATE TABLE ${privacy_schema}${privacy_prefix}objection_facts (
  subject_id         VARCHAR(600)             NOT NULL,
  objection_id       VARCHAR(300)             NOT NULL,
  last_raised_at     TIMESTAMP WITH TIME ZONE,
  last_lifted_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${privacy_prefix}objection_facts_pkey PRIMARY KEY (subject_id, objection_id)
);

-- one row: whether the fact tables cover every stored event. A database that already holds events
-- starts incomplete (the purposes are inside the JSON payload, which H2 cannot unnest in SQL);
-- JdbcStores.migrate() then rebuilds the facts once (JdbcStores.rebuildFacts() for hosts that run
-- these migrations with their own Flyway). While incomplete, candidates() rules nobody out.
CREATE TABLE ${privacy_schema}${privacy_prefix}facts_state (
  id        INTEGER NOT NULL,
  complete  BOOLEAN NOT NULL,
  CONSTRAINT ${privacy_prefix}facts_state_pkey PRIMARY KEY (id),
  CONSTRAINT ${privacy_prefix}facts_state_one_row CHECK (id = 1)
);
INSERT INTO ${privacy_schema}${privacy_prefix}facts_state (id, complete)
SELECT 1, NOT EXISTS (SELECT 1 FROM ${privacy_schema}${privacy_prefix}consent_events);
