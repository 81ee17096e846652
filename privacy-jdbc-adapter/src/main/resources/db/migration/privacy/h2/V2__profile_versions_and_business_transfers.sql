-- Privacy SDK schema V2, H2 2.x: profiles kept as versions, blockings with their ground and
-- categories, and the register of business transfers.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

-- one row per version of a subject's profile; blocks is a JSON array of
-- {"categories": [category ids, empty for the whole subject], "ground": BlockingGround name}
CREATE TABLE ${privacy_schema}${privacy_prefix}subject_versions (
  subject_id          VARCHAR(600)             NOT NULL,
  valid_from          TIMESTAMP WITH TIME ZONE NOT NULL,
  birth_date          DATE,
  contract_start      TIMESTAMP WITH TIME ZONE,
  contract_end        TIMESTAMP WITH TIME ZONE,
  credit_assessment   BOOLEAN                  NOT NULL,
  provided            VARCHAR(1000000)         NOT NULL,
  product_lines       VARCHAR(1000000)         NOT NULL,
  open_claim          BOOLEAN                  NOT NULL,
  last_activity       TIMESTAMP WITH TIME ZONE,
  account_closed_at   TIMESTAMP WITH TIME ZONE,
  blocks              VARCHAR(1000000)         NOT NULL,
  erased              BOOLEAN                  NOT NULL,
  legal_holds         VARCHAR(1000000)         NOT NULL,
  restricted_purposes VARCHAR(1000000)         NOT NULL,
  CONSTRAINT ${privacy_prefix}subject_versions_pkey PRIMARY KEY (subject_id, valid_from)
);

-- every V1 profile becomes one version valid from the epoch; V1 kept no blocking ground, so a
-- blocked subject becomes a whole-subject blocking with ground NOT_STATED
INSERT INTO ${privacy_schema}${privacy_prefix}subject_versions (subject_id, valid_from, birth_date, contract_start,
  contract_end, credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at, blocks, erased,
  legal_holds, restricted_purposes)
SELECT subject_id, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00', birth_date, contract_start, contract_end,
  credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at,
  CASE WHEN blocked THEN '[{"categories":[],"ground":"NOT_STATED"}]' ELSE '[]' END, erased, legal_holds,
  restricted_purposes
FROM ${privacy_schema}${privacy_prefix}subjects;

DROP TABLE ${privacy_schema}${privacy_prefix}subjects;

-- recorded business transfers (§3.3): buyer and reference are free text, ends_at is null while in force
CREATE TABLE ${privacy_schema}${privacy_prefix}business_transfers (
  transfer_id  VARCHAR(300)             NOT NULL,
  buyer        VARCHAR(1000000)         NOT NULL,
  reference    VARCHAR(1000000)         NOT NULL,
  starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ${privacy_prefix}business_transfers_pkey PRIMARY KEY (transfer_id),
  CONSTRAINT ${privacy_prefix}business_transfers_period CHECK (ends_at IS NULL OR ends_at > starts_at)
);
