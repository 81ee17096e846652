/**
 * The privacy SDK core: the policy model, policy files and their linter, the bundled Kyrgyz
 * policy, the consent ledger, the decision engine and the storage ports with in-memory stores.
 * Only API packages are exported; {@code com.oriflame.privacy.internal} is not.
 *
 * <p>Jackson is an implementation detail (policy files, the stored event and profile forms,
 * receipts): no Jackson type appears in an exported signature, so it is not {@code transitive}.
 * {@code jakarta.validation} is: the model's records carry its constraint annotations as API, for
 * hosts that validate policies they build, and a host compiling against them needs the annotation
 * types to read them.
 */
module com.oriflame.privacy.core {
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive jakarta.validation;
  requires org.slf4j;

  exports com.oriflame.privacy;
  exports com.oriflame.privacy.audit;
  exports com.oriflame.privacy.consent;
  exports com.oriflame.privacy.consultant;
  exports com.oriflame.privacy.decision;
  exports com.oriflame.privacy.disclosure;
  exports com.oriflame.privacy.memory;
  exports com.oriflame.privacy.policy;
  exports com.oriflame.privacy.rights;
  exports com.oriflame.privacy.retention;
  exports com.oriflame.privacy.spi;

  // Jackson maps the policy records and the package-private document type reflectively.
  opens com.oriflame.privacy.policy to
      com.fasterxml.jackson.databind;
  opens com.oriflame.privacy.consent to
      com.fasterxml.jackson.databind;
}
