package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The one list of a policy's top-level fields, in the order policy files hold them. Everything
 * else follows from it: {@link Policy} wraps it (its {@code equals} and {@code hashCode} are this
 * record's), {@link Policy.Builder} fills it one component at a time through {@link Draft}, {@link
 * PolicyJson} reads and writes it as the top-level JSON object (component names are the JSON
 * names), and the shipped {@code policy.schema.json} is derived from it. Adding a field means a
 * component here, an accessor on {@link Policy} and a setter on {@link Policy.Builder}.
 *
 * <p>The constructor checks what a policy cannot be without (in the order the reader reports it)
 * and normalises the rest: no list is {@code null}, a missing title is {@link Labels#none()}, a
 * missing zone UTC, a blank register number absent. Meaning (dangling references, duplicates) is
 * {@link PolicyLinter}'s job.
 *
 * @param formatVersion the file format version; always {@link PolicyJson#FORMAT_VERSION}
 * @param id dotted policy id
 * @param version revision
 * @param effectiveDate date the revision takes effect
 * @param title title in three languages
 * @param controller the operator
 * @param jurisdiction ISO 3166-1 alpha-2 code
 * @param zone the zone the policy's dates are read in
 * @param law the law followed
 * @param registerNumber register number, or {@code null}
 * @param clauses clauses elements may cite
 * @param categories data categories
 * @param purposes purposes
 * @param recipients recipients
 * @param objections objections
 * @param forms collection forms
 * @param retention retention rules
 * @param cookies cookie categories
 * @param transfers cross-border transfers
 * @param rights subject rights
 * @param duties Consultant duties
 * @param changes change rule
 * @param minors minors rule
 */
record PolicyContent(
    Integer formatVersion,
    @NotBlank String id,
    @NotBlank String version,
    @NotNull LocalDate effectiveDate,
    @NotNull @Valid Labels title,
    @NotNull @Valid Controller controller,
    @NotBlank String jurisdiction,
    @NotNull ZoneId zone,
    @NotNull @Valid Law law,
    String registerNumber,
    @NotNull List<@Valid Clause> clauses,
    @NotNull List<@Valid DataCategory> categories,
    @NotNull List<@Valid Purpose> purposes,
    @NotNull List<@Valid Recipient> recipients,
    @NotNull List<@Valid Objection> objections,
    @NotNull List<@Valid CollectionForm> forms,
    @NotNull List<@Valid RetentionRule> retention,
    @NotNull List<@Valid CookieCategory> cookies,
    @NotNull List<@Valid CrossBorderTransfer> transfers,
    @NotNull List<@Valid SubjectRight> rights,
    @NotNull List<@Valid ConsultantDuty> duties,
    @NotNull @Valid ChangeRule changes,
    @NotNull @Valid MinorsRule minors) {

  /** Checks the format version and the fields without which there is no policy; normalises. */
  PolicyContent {
    if (formatVersion == null) {
      throw new IllegalArgumentException(
          "missing required field 'formatVersion' (this reader understands " + PolicyJson.FORMAT_VERSION + ")");
    }
    if (formatVersion != PolicyJson.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "unsupported formatVersion " + formatVersion + "; this reader understands " + PolicyJson.FORMAT_VERSION);
    }
    require(id, "id");
    require(version, "version");
    require(effectiveDate, "effectiveDate");
    require(controller, "controller");
    require(jurisdiction, "jurisdiction");
    require(law, "law");
    require(changes, "changes");
    require(minors, "minors");
    try {
      Ids.requireDotted(id, "policy id");
    } catch (IllegalArgumentException e) {
      throw new FieldProblem("id", e.getMessage());
    }
    if (version.isBlank()) {
      throw new FieldProblem("version", "the policy version is blank");
    }
    if (jurisdiction.isBlank()) {
      throw new FieldProblem("jurisdiction", "the policy jurisdiction is blank");
    }
    title = Objects.requireNonNullElse(title, Labels.none());
    zone = Objects.requireNonNullElse(zone, ZoneOffset.UTC);
    registerNumber = registerNumber == null || registerNumber.isBlank() ? null : registerNumber;
    clauses = Copies.list(clauses, "clauses");
    categories = Copies.list(categories, "categories");
    purposes = Copies.list(purposes, "purposes");
    recipients = Copies.list(recipients, "recipients");
    objections = Copies.list(objections, "objections");
    forms = Copies.list(forms, "forms");
    retention = Copies.list(retention, "retention rules");
    cookies = Copies.list(cookies, "cookie categories");
    transfers = Copies.list(transfers, "transfers");
    rights = Copies.list(rights, "rights");
    duties = Copies.list(duties, "duties");
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new FieldProblem(field, "missing required field '" + field + "'");
    }
  }

  /** A problem with one top-level field, so that the reader can point at it and the builder name it. */
  static final class FieldProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field's JSON name, which is also its component name. */
    final String field;

    /**
     * @param field the field's JSON name
     * @param message what is wrong with it
     */
    FieldProblem(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  /**
   * The content of a policy under construction: one slot per component, set by name, so that {@link
   * Policy.Builder} needs no second list of fields. Not thread-safe.
   */
  static final class Draft {
    private static final RecordComponent[] COMPONENTS = PolicyContent.class.getRecordComponents();
    private static final Constructor<PolicyContent> CANONICAL = canonical();

    private final Object[] values = new Object[COMPONENTS.length];

    /** A draft with no field set but the format version. */
    Draft() {
      values[index("formatVersion")] = PolicyJson.FORMAT_VERSION;
    }

    /** A draft holding every field of {@code content}. */
    Draft(PolicyContent content) {
      for (int i = 0; i < COMPONENTS.length; i++) {
        try {
          values[i] = COMPONENTS[i].getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read policy field " + COMPONENTS[i].getName(), e);
        }
      }
    }

    /**
     * @param component a component's name
     * @param value its new value, already checked by the caller
     */
    void set(String component, Object value) {
      values[index(component)] = value;
    }

    /**
     * @return the content
     * @throws FieldProblem if a required field is not set
     */
    PolicyContent build() {
      try {
        return CANONICAL.newInstance(values.clone());
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("cannot build a policy", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build a policy", e);
      }
    }

    private static int index(String component) {
      for (int i = 0; i < COMPONENTS.length; i++) {
        if (COMPONENTS[i].getName().equals(component)) {
          return i;
        }
      }
      throw new IllegalArgumentException("a policy has no field '" + component + "'");
    }

    private static Constructor<PolicyContent> canonical() {
      Class<?>[] types = new Class<?>[COMPONENTS.length];
      for (int i = 0; i < COMPONENTS.length; i++) {
        types[i] = COMPONENTS[i].getType();
      }
      try {
        return PolicyContent.class.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor", e);
      }
    }
  }
}
