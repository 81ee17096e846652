package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one stored form of a {@link Disclosure}: a length-prefixed encoding of every field
 * ({@code <length>:<text>;}, lists as {@code <count>#} and their items, sets sorted), so that
 * equal disclosures have equal forms and the digest in the audit record proves the row. Written
 * and read here for every adapter. It holds the subject's id (personal data): store it like the
 * disclosure. Errors never quote it. Thread-safe.
 *
 * <p>For storage adapters, not for hosts. Stability: stable for adapters; the form itself may gain
 * fields (under a new version prefix).
 */
public final class DisclosureCodec {
  private static final String VERSION = "disclosure/1;";

  private DisclosureCodec() {}

  /**
   * @param d a disclosure
   * @return its stored form
   */
  public static String write(Disclosure d) {
    StringBuilder sb = new StringBuilder(256).append(VERSION);
    field(sb, d.id());
    field(sb, d.subject().value());
    field(sb, d.recipient().value());
    optional(sb, d.party());
    field(sb, d.purpose().value());
    sorted(sb, d.categories(), CategoryId::value);
    field(sb, d.dataForm().name());
    field(sb, d.operation().name());
    field(sb, d.legalBasis().name());
    field(sb, d.ground().name());
    optional(sb, d.groundReference());
    optional(sb, d.destinationCountry());
    field(sb, d.at().toString());
    field(sb, d.policyId());
    field(sb, d.policyVersion());
    sb.append(d.reasons().size()).append('#');
    for (Citation c : d.reasons()) {
      field(sb, c.code());
      field(sb, c.rule());
      sb.append(c.clauses().size()).append('#');
      c.clauses().forEach(x -> field(sb, x.value()));
    }
    sorted(sb, d.obligations(), ObligationKind::name);
    return sb.toString();
  }

  /**
   * @param form a stored form written by {@link #write}
   * @return the disclosure
   * @throws IllegalArgumentException if the form is not one {@link #write} produced; the message
   *     starts with "a stored disclosure" and names only a position or field, never the text
   */
  public static Disclosure read(String form) {
    if (form == null || !form.startsWith(VERSION)) {
      throw new IllegalArgumentException("a stored disclosure has an unknown form (expected " + VERSION + ")");
    }
    Reader r = new Reader(form, VERSION.length());
    try {
      Disclosure.Builder b = Disclosure.builder()
          .id(r.field())
          .subject(SubjectId.of(r.field()))
          .recipient(RecipientId.of(r.field()))
          .party(r.optional())
          .purpose(PurposeId.of(r.field()))
          .categories(r.list(CategoryId::of))
          .dataForm(DataForm.valueOf(r.field()))
          .operation(Operation.valueOf(r.field()))
          .legalBasis(LegalBasis.valueOf(r.field()))
          .ground(DisclosureGround.valueOf(r.field()))
          .groundReference(r.optional())
          .destinationCountry(r.optional())
          .at(Instant.parse(r.field()))
          .policy(r.field(), r.field());
      int reasons = r.count();
      List<Citation> citations = new ArrayList<>(reasons);
      for (int i = 0; i < reasons; i++) {
        citations.add(new Citation(r.field(), r.field(), r.list(ClauseRef::of)));
      }
      Disclosure d = b.reasons(citations).obligations(r.list(ObligationKind::valueOf)).build();
      if (r.at != form.length()) {
        throw new IllegalArgumentException("a stored disclosure has " + (form.length() - r.at) + " characters after its last field");
      }
      return d;
    } catch (IndexOutOfBoundsException | NumberFormatException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("a stored disclosure is malformed near position " + r.at + " ("
          + e.getClass().getSimpleName() + ")");
    } catch (IllegalArgumentException | NullPointerException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("a stored disclosure")) {
        throw e;
      }
      // the value checks' messages may quote stored text: name only the position
      throw new IllegalArgumentException("a stored disclosure has an invalid field before position " + r.at);
    }
  }

  private static void field(StringBuilder sb, String value) {
    sb.append(value.length()).append(':').append(value).append(';');
  }

  private static void optional(StringBuilder sb, Optional<String> value) {
    sb.append(value.isPresent() ? 1 : 0).append('#');
    value.ifPresent(v -> field(sb, v));
  }

  private static <T> void sorted(StringBuilder sb, Collection<T> values, Function<T, String> text) {
    TreeSet<String> all = new TreeSet<>();
    values.forEach(v -> all.add(text.apply(v)));
    sb.append(all.size()).append('#');
    all.forEach(v -> field(sb, v));
  }

  /** Reads fields in order. */
  private static final class Reader {
    private final String form;
    private int at;

    Reader(String form, int at) {
      this.form = form;
      this.at = at;
    }

    private int number(char end) {
      int stop = form.indexOf(end, at);
      if (stop < 0 || stop == at || stop - at > 9) {
        throw new IllegalArgumentException("a stored disclosure is malformed at position " + at);
      }
      int n = Integer.parseInt(form.substring(at, stop));
      if (n < 0) {
        throw new IllegalArgumentException("a stored disclosure has a negative length at position " + at);
      }
      at = stop + 1;
      return n;
    }

    String field() {
      int length = number(':');
      String value = form.substring(at, at + length);
      at += length;
      if (form.charAt(at) != ';') {
        throw new IllegalArgumentException("a stored disclosure is malformed at position " + at);
      }
      at++;
      return value;
    }

    int count() {
      return number('#');
    }

    String optional() {
      int n = count();
      if (n > 1) {
        throw new IllegalArgumentException("a stored disclosure has " + n + " values where one at most is allowed");
      }
      return n == 0 ? null : field();
    }

    <T> List<T> list(Function<String, T> parse) {
      int n = count();
      List<T> values = new ArrayList<>(Math.min(n, 64));
      for (int i = 0; i < n; i++) {
        values.add(parse.apply(field()));
      }
      return values;
    }
  }
}
