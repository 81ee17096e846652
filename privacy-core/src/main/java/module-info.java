/**
 * The privacy SDK core: the policy model, policy files and their linter, the bundled Kyrgyz
 * policy, the consent ledger, the decision engine and the storage ports with in-memory stores.
 * Only API packages are exported; {@code com.oriflame.privacy.internal} is not.
 */
module com.oriflame.privacy.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive jakarta.validation;
  requires org.slf4j;

  exports com.oriflame.privacy;
  exports com.oriflame.privacy.audit;
  exports com.oriflame.privacy.consent;
  exports com.oriflame.privacy.decision;
  exports com.oriflame.privacy.disclosure;
  exports com.oriflame.privacy.memory;
  exports com.oriflame.privacy.policy;
  exports com.oriflame.privacy.spi;

  // Jackson maps the policy records and the package-private document type reflectively.
  opens com.oriflame.privacy.policy to
      com.fasterxml.jackson.databind;
  opens com.oriflame.privacy.consent to
      com.fasterxml.jackson.databind;
}
