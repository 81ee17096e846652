package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.ChangeFeed;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.DisclosureStore;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.spi.RequestStore;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every storage port over one host-supplied {@link DataSource}: H2 (the embedded default) or
 * PostgreSQL 14+. The adapter creates no connection pool: each call borrows one connection and
 * returns it. Writes lock the audit chain head row, so an event and its audit record commit
 * together and the chain stays valid under concurrent writers, across processes.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.create(dataSource);   // tables privacy_*, default schema
 * stores.migrate();                                     // needs Flyway on the class path (see migrate())
 * PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).build();
 * }</pre>
 *
 * <p>The schema ships as Flyway migrations under {@code db/migration/privacy/h2} and {@code
 * db/migration/privacy/postgresql}, with placeholders {@code privacy_schema} and {@code
 * privacy_prefix}; see {@link #migrationLocation()} and {@link #placeholders()} to run them with
 * the host's own Flyway.
 *
 * <p>Stability: stable.
 */
public final class JdbcStores implements Stores {
  private static final String FLYWAY_CORE = "org.flywaydb:flyway-core";
  private static final String FLYWAY_POSTGRESQL = "org.flywaydb:flyway-database-postgresql";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Tables tables;
  private final JdbcAuditLog audit;
  private final JdbcConsentStore consents;
  private final JdbcSubjectStore subjects;
  private final JdbcBusinessTransferStore businessTransfers;
  private final JdbcLegalHoldStore legalHolds;
  private final JdbcPseudonymKey pseudonymKey;
  private final JdbcDisclosureStore disclosures;
  private final JdbcStepStore steps;
  private final JdbcObligationStore obligations;
  private final JdbcChangeFeed changes;

  private JdbcStores(Builder b) {
    this.dataSource = b.dataSource;
    this.tables = new Tables(b.schema, b.prefix);
    this.dialect = Dialect.of(dataSource);
    Sql sql = new Sql(dataSource, tables);
    this.audit = new JdbcAuditLog(sql, b.chain);
    this.changes = new JdbcChangeFeed(sql, dialect);
    this.consents = new JdbcConsentStore(sql, audit, dialect, changes);
    this.subjects = new JdbcSubjectStore(sql, audit, dialect, changes);
    this.businessTransfers = new JdbcBusinessTransferStore(sql, audit);
    this.legalHolds = new JdbcLegalHoldStore(sql, audit, dialect, changes);
    this.pseudonymKey = new JdbcPseudonymKey(sql, audit);
    this.disclosures = new JdbcDisclosureStore(sql, audit);
    this.steps = new JdbcStepStore(sql, audit);
    this.requests = new JdbcRequestStore(sql, audit);
    this.obligations = new JdbcObligationStore(sql, audit);
  }

  /**
   * @param dataSource the host's data source (pooled or not)
   * @return stores on tables {@code privacy_*} in the connection's default schema
   * @throws StoreException if the database cannot be reached or is neither H2 nor PostgreSQL
   */
  public static JdbcStores create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * @param dataSource the host's data source
   * @return a builder to choose the schema and table prefix
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates or upgrades the tables by running the bundled migrations with Flyway, recording them
   * in its own history table ({@code <prefix>schema_history}) so that it never meets the host's
   * Flyway history. Needs Flyway on the class path: {@code org.flywaydb:flyway-core} for H2, and
   * also {@code org.flywaydb:flyway-database-postgresql} for PostgreSQL (the README has one
   * dependency block per database).
   *
   * @return this
   * @throws StoreException if a Flyway artifact this database needs is missing (the message names
   *     each missing {@code groupId:artifactId}), or a migration fails
   */
  public JdbcStores migrate() {
    return migrate(JdbcStores.class.getClassLoader());
  }

  /** {@link #migrate()}, looking for Flyway in {@code loader}. */
  JdbcStores migrate(ClassLoader loader) {
    List<String> missing = missingArtifacts(dialect, loader);
    if (!missing.isEmpty()) {
      throw new StoreException("JdbcStores.migrate() on " + dialect.displayName() + " needs " + String.join(" and ",
          neededArtifacts(dialect)) + " on the class path; missing: " + String.join(", ", missing) + ". Add "
          + (missing.size() == 1 ? "it" : "them") + " (one version for every Flyway artifact), or run " + migrationLocation()
          + " with your own Flyway and placeholders " + new TreeMap<>(placeholders()), null);
    }
    FlywayMigrations.run(dataSource, this);
    if (!consents.factsComplete()) {
      consents.rebuildFacts();
    }
    return this;
  }

  /**
   * Rebuilds the candidate fact tables of migration V4 ({@code <prefix>consent_facts}, {@code
   * acceptance_facts}, {@code objection_facts}) from every stored event, in one transaction that
   * holds the audit chain head lock, so writers wait until it commits. {@link #migrate()} runs it
   * once when V4 meets a ledger that already holds events; a host that runs the migrations with its
   * own Flyway calls it once after V4. Until then {@code candidates} rules nobody out (correct, but
   * no faster). Safe to run again: the facts are derived from the events alone.
   *
   * @return the number of events read
   * @throws StoreException if the database fails; nothing is changed then
   */
  public long rebuildFacts() {
    return consents.rebuildFacts();
  }

  /** @return the Flyway artifacts {@link #migrate()} needs on {@code dialect}, as groupId:artifactId */
  static List<String> neededArtifacts(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? List.of(FLYWAY_CORE, FLYWAY_POSTGRESQL) : List.of(FLYWAY_CORE);
  }

  /** @return the artifacts of {@link #neededArtifacts} whose classes {@code loader} cannot find */
  static List<String> missingArtifacts(Dialect dialect, ClassLoader loader) {
    List<String> missing = new ArrayList<>();
    for (String artifact : neededArtifacts(dialect)) {
      String probe = artifact.equals(FLYWAY_CORE) ? "org.flywaydb.core.Flyway"
          : "org.flywaydb.database.postgresql.PostgreSQLDatabaseType";
      try {
        Class.forName(probe, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        missing.add(artifact);
      }
    }
    return missing;
  }

  /** @return where this database's migrations are, e.g. {@code classpath:db/migration/privacy/postgresql} */
  public String migrationLocation() {
    return dialect.migrationLocation();
  }

  /** @return the Flyway placeholders the migrations need for this schema and prefix */
  public Map<String, String> placeholders() {
    return Map.of("privacy_schema", tables.schemaQualifier(), "privacy_prefix", tables.prefix);
  }

  /** @return {@code identifier} as the database stores an unquoted identifier */
  String folded(String identifier) {
    return dialect == Dialect.H2 ? identifier.toUpperCase(java.util.Locale.ROOT) : identifier.toLowerCase(java.util.Locale.ROOT);
  }

  /** @return the schema, or {@code null} for the connection's default */
  public String schema() {
    return tables.schema;
  }

  /** @return the table prefix */
  public String tablePrefix() {
    return tables.prefix;
  }

  @Override
  public ConsentStore consents() {
    return consents;
  }

  @Override
  public SubjectStore subjects() {
    return subjects;
  }

  @Override
  public BusinessTransferStore businessTransfers() {
    return businessTransfers;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  /**
   * The pseudonym key kept in table {@code <prefix>pseudonym_key} (migration V3): generated (32
   * random bytes) and inserted by the first engine that needs it, under the audit head lock, so
   * engines starting at once on one database, in any process, all get the one key inserted; read
   * once, then kept. To rotate it, see the README.
   *
   * @return a copy of the key
   * @throws StoreException if it cannot be read or stored (e.g. the V3 migration has not run)
   */
  @Override
  public byte[] pseudonymKey() {
    return pseudonymKey.get();
  }

  /**
   * The disclosure log in table {@code <prefix>disclosures} (migration V8); each write holds the
   * audit chain head lock, so a disclosure or a notice's sending commits with its audit record.
   *
   * @return the disclosure log's storage
   */
  @Override
  public DisclosureStore disclosures() {
    return disclosures;
  }

  @Override
  public String toString() {
    return "JdbcStores[" + dialect + ", tables " + tables.schemaQualifier() + tables.prefix + "*]";
  }

  /**
   * The steps of data-subject requests, in table {@code <prefix>source_steps} (migration V6).
   *
   * @return the step store
   */
  @Override
  public StepStore steps() {
    return steps;
  }

  /**
   * The legal-hold register and the journal of applied retention actions, in tables {@code
   * <prefix>legal_holds} and {@code <prefix>retention_applied} (migration V7).
   *
   * @return the legal-hold store
   */
  @Override
  public LegalHoldStore legalHolds() {
    return legalHolds;
  }

  /**
   * The Consultants' tracked obligations in table {@code <prefix>consultant_obligations}
   * (migration V9).
   *
   * @return the obligation store
   */
  @Override
  public ObligationStore obligations() {
    return obligations;
  }

  /**
   * The subjects written since a position, from table {@code <prefix>subject_changes} (migration
   * V10), which every write about a subject updates in its own transaction.
   *
   * @return the change feed
   */
  @Override
  public Optional<ChangeFeed> changes() {
    return Optional.of(changes);
  }

  /** Chooses schema and table prefix. */
  public static final class Builder {
    private final DataSource dataSource;
    private String schema;
    private String prefix = "privacy_";
    private AuditChain chain = AuditChain.sha256();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @param value a schema (plain identifier), or {@code null} for the connection's default
     * @return this builder
     */
    public Builder schema(String value) {
      this.schema = value;
      return this;
    }

    /**
     * @param value the table prefix (letters, digits, underscores; default {@code privacy_})
     * @return this builder
     */
    public Builder tablePrefix(String value) {
      this.prefix = Objects.requireNonNull(value, "prefix");
      return this;
    }

    /**
     * @param value how the audit log links records (default plain SHA-256); {@code
     *     AuditChain.hmacSha256(keyFromVault)} keys it so that someone with write access to the
     *     tables cannot rewrite the tail unnoticed. Keep the key outside the database.
     * @return this builder
     */
    public Builder auditChain(AuditChain value) {
      this.chain = Objects.requireNonNull(value, "audit chain");
      return this;
    }

    /**
     * @return the stores
     * @throws IllegalArgumentException if schema or prefix is not a plain identifier
     * @throws StoreException if the database cannot be reached or is not supported
     */
    public JdbcStores build() {
      return new JdbcStores(this);
    }
  }

  private final JdbcRequestStore requests;

  @Override
  public RequestStore requests() {
    return requests;
  }
}
