-- Privacy SDK schema V3, PostgreSQL 14+: the key behind the subjects' pseudonyms in audit records
-- and receipts, for engines whose host sets none. One row, generated and inserted once by the first
-- engine that needs it (JdbcStores.pseudonymKey(), under the audit head lock), then read by all.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

CREATE TABLE ${privacy_schema}${privacy_prefix}pseudonym_key (
  id          INTEGER                  NOT NULL,
  secret      BYTEA                    NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ${privacy_prefix}pseudonym_key_pkey PRIMARY KEY (id),
  CONSTRAINT ${privacy_prefix}pseudonym_key_one_row CHECK (id = 1),
  CONSTRAINT ${privacy_prefix}pseudonym_key_length CHECK (OCTET_LENGTH(secret) >= 16)
);
