-- Privacy SDK schema V8, PostgreSQL 14+: the disclosure log (R17, R18, R22) and the notices it owes
-- subjects (R40). One row per disclosure, never changed but for the sending instant of its notice.
-- payload is DisclosureCodec's form (with \ and NUL escaped as in the key columns): the row's
-- content whose digest the audit record carries; the other columns repeat what queries select on.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

CREATE TABLE ${privacy_schema}${privacy_prefix}disclosures (
  disclosure_id    VARCHAR(300)             NOT NULL,
  subject_id       VARCHAR(600)             NOT NULL,
  recipient_id     VARCHAR(300)             NOT NULL,
  country          VARCHAR(2),
  cross_border     BOOLEAN                  NOT NULL,
  disclosed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  notice_required  BOOLEAN                  NOT NULL,
  notice_sent_at   TIMESTAMP WITH TIME ZONE,
  payload          TEXT                     NOT NULL,
  CONSTRAINT ${privacy_prefix}disclosures_pkey PRIMARY KEY (disclosure_id),
  CONSTRAINT ${privacy_prefix}disclosures_notice CHECK (notice_required OR notice_sent_at IS NULL)
);

-- an access export reads a subject's disclosures; a recipient's are read for audits and the register
CREATE INDEX ${privacy_prefix}disclosures_subject ON ${privacy_schema}${privacy_prefix}disclosures (subject_id, disclosed_at);
CREATE INDEX ${privacy_prefix}disclosures_recipient ON ${privacy_schema}${privacy_prefix}disclosures (recipient_id, disclosed_at);
-- the pending notices, oldest first, without reading the sent ones
CREATE INDEX ${privacy_prefix}disclosures_pending ON ${privacy_schema}${privacy_prefix}disclosures (disclosed_at)
  WHERE notice_required AND notice_sent_at IS NULL;
