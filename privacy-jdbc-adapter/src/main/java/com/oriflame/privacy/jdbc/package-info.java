/**
 * JDBC implementations of the storage ports of {@code privacy-core}: H2 as the embedded default,
 * PostgreSQL 14+ in production. The ports themselves (consent store, subject store, audit log)
 * arrive with the consent ledger; this module then implements each of them over a host-supplied
 * {@link javax.sql.DataSource}.
 */
package com.oriflame.privacy.jdbc;
