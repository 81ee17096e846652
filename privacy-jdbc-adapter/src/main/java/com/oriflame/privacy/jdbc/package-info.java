/**
 * JDBC implementations of every storage port of {@code privacy-core}: {@link
 * com.oriflame.privacy.jdbc.JdbcStores#create(javax.sql.DataSource)} over the host's data source,
 * H2 as the embedded default and PostgreSQL 14+ in production. The schema ships as Flyway
 * migrations under {@code db/migration/privacy/}.
 */
package com.oriflame.privacy.jdbc;
