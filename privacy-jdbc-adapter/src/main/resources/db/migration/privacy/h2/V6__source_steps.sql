-- Privacy SDK schema V6, H2 2.x: the steps of data-subject requests sent to the host's
-- PersonalDataSources (export, erase, depersonalize, block, rectify, close-account), one row per
-- work id, source and step, replaced as the step goes from STARTED to DONE or FAILED; every change
-- is written with its audit record. No personal data: category ids, counts, the acting staff
-- member's id and the source's failure message.
-- Placeholders (Flyway syntax): ${privacy_schema} is empty or a schema name followed by a dot,
-- ${privacy_prefix} is the table prefix (default privacy_). JdbcStores.migrate() sets both.

CREATE TABLE ${privacy_schema}${privacy_prefix}source_steps (
  work_id     VARCHAR(300)             NOT NULL,
  source_id   VARCHAR(300)             NOT NULL,
  step        VARCHAR(100)             NOT NULL,
  status      VARCHAR(20)              NOT NULL, -- STARTED, DONE or FAILED
  attempts    INTEGER                  NOT NULL,
  done        VARCHAR(1000000)         NOT NULL,
  not_held    VARCHAR(1000000)         NOT NULL,
  actor       VARCHAR(1000000)         NOT NULL,
  failure     VARCHAR(1000000)         NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ${privacy_prefix}source_steps_pkey PRIMARY KEY (work_id, source_id, step),
  CONSTRAINT ${privacy_prefix}source_steps_attempts CHECK (attempts >= 1)
);
