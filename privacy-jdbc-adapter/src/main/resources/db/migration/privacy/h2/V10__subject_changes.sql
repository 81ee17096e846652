-- Privacy SDK schema V10, H2 2.x: the change feed (spi.ChangeFeed). One row per subject holding the audit
-- sequence of the last write about it (a consent event, a profile version, a register legal hold),
-- written in that write's transaction under the chain-head lock, so sequences grow in commit order.
-- The engine asks "which subjects changed after sequence p?" before it trusts what filter kept.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

CREATE TABLE ${privacy_schema}${privacy_prefix}subject_changes (
  subject_id  VARCHAR(600) NOT NULL,
  seq         BIGINT       NOT NULL,
  CONSTRAINT ${privacy_prefix}subject_changes_pkey PRIMARY KEY (subject_id)
);

-- "changed after p": a range scan from p
CREATE INDEX ${privacy_prefix}subject_changes_seq ON ${privacy_schema}${privacy_prefix}subject_changes (seq);
