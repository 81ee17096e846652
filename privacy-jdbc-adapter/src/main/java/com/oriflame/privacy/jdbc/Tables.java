package com.oriflame.privacy.jdbc;

import java.util.regex.Pattern;

/** Qualified table names; schema and prefix are validated identifiers, never user input. */
final class Tables {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");

  final String schema;
  final String prefix;
  final String events;
  final String subjectVersions;
  final String businessTransfers;
  final String audit;
  final String head;
  final String pseudonymKey;
  final String consentFacts;
  final String acceptanceFacts;
  final String objectionFacts;
  final String factsState;
  final String disclosures;
  final String sourceSteps;
  final String legalHolds;
  final String retentionApplied;
  final String requests;
  final String requestTransitions;
  final String consultantObligations;
  final String subjectChanges;

  Tables(String schema, String prefix) {
    if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema '" + schema + "' must be a plain SQL identifier: letters, digits, underscores");
    }
    if (!prefix.isEmpty() && !IDENTIFIER.matcher(prefix).matches()) {
      throw new IllegalArgumentException("table prefix '" + prefix + "' must be letters, digits and underscores");
    }
    this.schema = schema;
    this.prefix = prefix;
    String qualifier = schemaQualifier() + prefix;
    this.events = qualifier + "consent_events";
    this.subjectVersions = qualifier + "subject_versions";
    this.businessTransfers = qualifier + "business_transfers";
    this.audit = qualifier + "audit_records";
    this.head = qualifier + "audit_head";
    this.pseudonymKey = qualifier + "pseudonym_key";
    this.consentFacts = qualifier + "consent_facts";
    this.acceptanceFacts = qualifier + "acceptance_facts";
    this.objectionFacts = qualifier + "objection_facts";
    this.factsState = qualifier + "facts_state";
    this.disclosures = qualifier + "disclosures";
    this.sourceSteps = qualifier + "source_steps";
    this.legalHolds = qualifier + "legal_holds";
    this.retentionApplied = qualifier + "retention_applied";
    this.requests = qualifier + "requests";
    this.requestTransitions = qualifier + "request_transitions";
    this.consultantObligations = qualifier + "consultant_obligations";
    this.subjectChanges = qualifier + "subject_changes";
  }

  /** @return {@code schema.} or the empty string: the value of the {@code privacy_schema} placeholder */
  String schemaQualifier() {
    return schema == null ? "" : schema + ".";
  }
}
