package com.oriflame.privacy.rights;

import static com.oriflame.privacy.rights.ReportWords.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.RetentionTrigger;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.internal.Implements;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The answer to an access request (§6.2; Law Art. 17(e)): one document with everything held about
 * the subject: the data from every source, the consent and objection history (with channels and who
 * acted, never the evidence references, which may name staff), the purposes the data serves with
 * their legal bases and clauses, the retention that applies, and the disclosures made. Credentials
 * never appear (§5, R25): items of a credential category are dropped even if a source sends them.
 *
 * <p>As JSON ({@link #toJson()}, described by the schema resource {@value #SCHEMA}) and as a
 * readable report in the subject's language ({@link #report(Policy)}). It is the subject's own data:
 * give it to them, never log it; {@link #toString()} prints counts only.
 *
 * <p>Stability: experimental.
 *
 * @param subject whose data
 * @param at when the export was made
 * @param zone the zone dates are shown in
 * @param policyVersion the policy revision in force
 * @param language the subject's language for the report
 * @param sources what each source holds, in the order the sources are registered
 * @param missingSources sources that could not be read: the export is incomplete until a retry
 * @param consentHistory the subject's consent events, in the order they apply
 * @param purposes the purposes data of the categories held may serve
 * @param retention the retention rules that govern the categories held
 * @param holds the legal holds in force (§6.2)
 * @param disclosuresKnown whether a disclosure log answered ({@link ExportDisclosures})
 * @param disclosures the disclosures made about the subject
 */
@Implements({"R25"})
public record AccessExport(
    SubjectId subject,
    Instant at,
    ZoneId zone,
    String policyVersion,
    Language language,
    List<SourceExport> sources,
    List<String> missingSources,
    List<ConsentEntry> consentHistory,
    List<PurposeUse> purposes,
    List<RetentionUse> retention,
    Set<HoldReason> holds,
    boolean disclosuresKnown,
    List<Disclosure> disclosures) {

  /** The class-path resource of the JSON Schema of {@link #toJson()}. */
  public static final String SCHEMA = "/com/oriflame/privacy/rights/access-export.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Copies the collections; rejects missing fields. Dropping credential items is the job of {@link
   * #assemble}.
   *
   * @param subject whose data
   * @param at when the export was made
   * @param zone the zone dates are shown in
   * @param policyVersion the policy revision in force
   * @param language the subject's language
   * @param sources what each source holds
   * @param missingSources sources that could not be read
   * @param consentHistory the subject's consent events
   * @param purposes the purposes the data serves
   * @param retention the retention rules that apply
   * @param holds the legal holds in force
   * @param disclosuresKnown whether a disclosure log answered
   * @param disclosures the disclosures made about the subject
   */
  public AccessExport {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(language, "language");
    sources = List.copyOf(sources);
    missingSources = List.copyOf(missingSources);
    consentHistory = List.copyOf(consentHistory);
    purposes = List.copyOf(purposes);
    retention = List.copyOf(retention);
    holds = Set.copyOf(holds);
    disclosures = List.copyOf(disclosures);
  }

  /**
   * One consent-ledger event as the subject sees it: what, when, through which channel and by whom
   * (the subject, the guardian, staff on the subject's instruction). The evidence reference is left
   * out: a call id or a form number may identify staff.
   *
   * @param event the event's id
   * @param kind what happened
   * @param effectiveAt when it took effect
   * @param recordedAt when it was recorded
   * @param policyVersion the revision it was given under
   * @param channel the channel
   * @param actor who acted
   * @param elements the purposes, objections or cookie categories it names; a refused cookie
   *     category is prefixed with {@code "-"}
   */
  public record ConsentEntry(String event, EventKind kind, Instant effectiveAt, Instant recordedAt, String policyVersion,
      Channel channel, Actor actor, List<String> elements) {
    /**
     * Copies the elements.
     *
     * @param event the event's id
     * @param kind what happened
     * @param effectiveAt when it took effect
     * @param recordedAt when it was recorded
     * @param policyVersion the revision it was given under
     * @param channel the channel
     * @param actor who acted
     * @param elements the ids it names
     */
    public ConsentEntry {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(kind, "kind");
      elements = List.copyOf(elements);
    }
  }

  /**
   * A purpose the subject's data may serve.
   *
   * @param purpose its id
   * @param labels its names
   * @param legalBasis its legal basis
   * @param basisInferred whether the basis is this rendering's inference, not policy text
   * @param clauses the clauses it comes from
   * @param categories the categories held about the subject that it may use
   */
  public record PurposeUse(PurposeId purpose, Labels labels, LegalBasis legalBasis, boolean basisInferred,
      List<ClauseRef> clauses, Set<CategoryId> categories) {
    /**
     * Copies the collections.
     *
     * @param purpose its id
     * @param labels its names
     * @param legalBasis its legal basis
     * @param basisInferred whether the basis is inferred
     * @param clauses the clauses it comes from
     * @param categories the categories held that it may use
     */
    public PurposeUse {
      Objects.requireNonNull(purpose, "purpose");
      clauses = List.copyOf(clauses);
      categories = Set.copyOf(new TreeSet<>(categories));
    }
  }

  /**
   * A retention rule that governs data held about the subject.
   *
   * @param rule its id
   * @param labels its names
   * @param period how long data is kept after the trigger
   * @param trigger what the period runs from
   * @param action what happens when it has run out
   * @param holds reasons that keep data longer
   * @param clauses the clauses behind it
   * @param categories the categories held that it governs
   * @param until when the period ends for this subject, if the trigger has happened
   * @param engineeringDefault whether the period is a default, not policy text (L7)
   */
  public record RetentionUse(RetentionRuleId rule, Labels labels, Period period, RetentionTrigger trigger,
      RetentionAction action, Set<HoldReason> holds, List<ClauseRef> clauses, Set<CategoryId> categories,
      Optional<Instant> until, boolean engineeringDefault) {
    /**
     * Copies the collections.
     *
     * @param rule its id
     * @param labels its names
     * @param period how long data is kept
     * @param trigger what the period runs from
     * @param action what happens then
     * @param holds reasons that keep data longer
     * @param clauses the clauses behind it
     * @param categories the categories held that it governs
     * @param until when the period ends, if known
     * @param engineeringDefault whether the period is a default
     */
    public RetentionUse {
      Objects.requireNonNull(rule, "rule");
      holds = Set.copyOf(holds);
      clauses = List.copyOf(clauses);
      categories = Set.copyOf(new TreeSet<>(categories));
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * A disclosure of the subject's data to a recipient, as the disclosure log records it.
   *
   * @param recipient the recipient's id or name
   * @param at when the data was disclosed
   * @param categories which categories
   * @param purpose the purpose of the disclosure, if recorded
   * @param clauses the clauses that allow it
   */
  public record Disclosure(String recipient, Instant at, Set<CategoryId> categories, Optional<PurposeId> purpose,
      List<ClauseRef> clauses) {
    /**
     * Copies the collections.
     *
     * @param recipient the recipient's id or name
     * @param at when
     * @param categories which categories
     * @param purpose the purpose, if recorded
     * @param clauses the clauses that allow it
     */
    public Disclosure {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(at, "at");
      categories = Set.copyOf(categories);
      Objects.requireNonNull(purpose, "purpose");
      clauses = List.copyOf(clauses);
    }

    /** @return the instant, categories and purpose; the recipient text only by length (it may name a person) */
    @Override
    public String toString() {
      return "Disclosure[recipient=" + recipient.length() + " chars, at=" + at + ", categories=" + categories
          + purpose.map(p -> ", purpose=" + p).orElse("") + "]";
    }
  }

  /**
   * Assembles an export from what the ledger and the sources hold. Drops credential items (R25) and
   * events of any other holder.
   *
   * @param policy the policy
   * @param subject whose data
   * @param profile the subject's profile, or {@code null} if none
   * @param events the subject's consent events (and those of browsers linked to them)
   * @param sources what the sources returned
   * @param missingSources the ids of sources that failed
   * @param disclosures the disclosures, or empty if no disclosure log is connected
   * @param at now
   * @param zone the zone dates are read in
   * @param language the subject's language
   * @return the export
   */
  public static AccessExport assemble(Policy policy, SubjectId subject, SubjectProfile profile, List<ConsentEvent> events,
      List<SourceExport> sources, List<String> missingSources, Optional<List<Disclosure>> disclosures, Instant at,
      ZoneId zone, Language language) {
    Objects.requireNonNull(policy, "policy");
    Set<CategoryId> credentials = new LinkedHashSet<>();
    for (DataCategory c : policy.categories()) {
      if (c.has(CategoryTrait.CREDENTIAL)) {
        credentials.add(c.id());
      }
    }
    List<SourceExport> kept = new ArrayList<>();
    Set<CategoryId> held = new LinkedHashSet<>();
    for (SourceExport s : sources) {
      List<SourceExport.Item> items = new ArrayList<>();
      for (SourceExport.Item item : s.items()) {
        if (!touches(credentials, item.category())) { // §5, R25: a password never leaves, whatever the source sends
          items.add(item);
          held.add(item.category());
        }
      }
      kept.add(new SourceExport(s.source(), items));
    }
    if (profile != null) {
      profile.providedCategories().stream().filter(c -> !touches(credentials, c)).forEach(held::add);
    }
    List<ConsentEntry> history = new ArrayList<>();
    Set<String> linked = new LinkedHashSet<>();
    for (ConsentEvent e : events) {
      e.linkedBrowser().ifPresent(b -> linked.add(b.value()));
    }
    events.stream().filter(e -> e.holder().equals(subject)
        || (!(e.holder() instanceof SubjectId) && linked.contains(e.holder().value()))).sorted(ConsentEvent.ORDER).forEach(e -> history.add(entry(e)));
    List<PurposeUse> purposes = new ArrayList<>();
    for (Purpose p : policy.purposes()) {
      Set<CategoryId> used = new TreeSet<>();
      for (CategoryId c : held) {
        if (touches(p.categories(), c)) {
          used.add(c);
        }
      }
      if (!used.isEmpty()) {
        purposes.add(new PurposeUse(p.id(), p.labels(), p.legalBasis(), p.basisInferred(), p.clauses(), used));
      }
    }
    Optional<Instant> ended = ErasurePlan.endedAt(profile, at);
    List<RetentionUse> retention = new ArrayList<>();
    for (RetentionRule r : policy.retentionRules()) {
      Set<CategoryId> governed = new TreeSet<>();
      for (CategoryId c : held) {
        if (touches(r.categories(), c)) {
          governed.add(c);
        }
      }
      if (!governed.isEmpty()) {
        retention.add(new RetentionUse(r.id(), r.labels(), r.period(), r.trigger(), r.action(), r.holds(), r.clauses(),
            governed, ErasurePlan.until(r, profile, ended, zone), r.engineeringDefault()));
      }
    }
    return new AccessExport(subject, at, zone, policy.version(), language, kept, missingSources, history, purposes,
        retention, ErasurePlan.activeHolds(profile), disclosures.isPresent(), disclosures.orElse(List.of()));
  }

  private static ConsentEntry entry(ConsentEvent e) {
    List<String> elements = e.accept(new ConsentEvent.Visitor<List<String>>() {
      @Override
      public List<String> acceptance(PolicyAccepted a) {
        List<String> ids = ids(a.consents());
        a.optOuts().forEach(o -> ids.add(o.value()));
        return ids;
      }

      @Override
      public List<String> grant(ConsentGranted g) {
        return ids(g.purposes());
      }

      @Override
      public List<String> withdrawal(ConsentWithdrawn w) {
        return ids(w.purposes());
      }

      @Override
      public List<String> objection(ObjectionRaised o) {
        return o.objections().stream().map(x -> x.value()).collect(Collectors.toList());
      }

      @Override
      public List<String> objectionLifted(ObjectionLifted o) {
        return o.objections().stream().map(x -> x.value()).collect(Collectors.toList());
      }

      @Override
      public List<String> cookies(CookiePreferencesSet c) {
        List<String> ids = new ArrayList<>();
        c.allowed().forEach(x -> ids.add(x.value()));
        c.refused().forEach(x -> ids.add("-" + x.value()));
        return ids;
      }

      @Override
      public List<String> visitorLinked(VisitorLinked v) {
        return new ArrayList<>();
      }
    });
    return new ConsentEntry(e.id().value(), e.kind(), e.effectiveAt(), e.recordedAt(), e.policyVersion(),
        e.evidence().channel(), e.evidence().actor(), elements);
  }

  private static List<String> ids(Collection<PurposeId> purposes) {
    return purposes.stream().map(PurposeId::value).collect(Collectors.toCollection(ArrayList::new));
  }

  private static boolean touches(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether every source answered */
  public boolean complete() {
    return missingSources.isEmpty();
  }

  /** @return how many data items the export holds */
  public int itemCount() {
    return sources.stream().mapToInt(s -> s.items().size()).sum();
  }

  /**
   * The export as JSON, fitting the schema {@value #SCHEMA}; absent values are left out.
   *
   * @return the JSON document
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "oriflame-privacy/access-export");
    root.put("formatVersion", 1);
    root.put("subject", subject.value());
    root.put("at", at.toString());
    root.put("zone", zone.getId());
    root.put("policyVersion", policyVersion);
    root.put("language", language.tag());
    root.put("complete", complete());
    ArrayNode src = root.putArray("sources");
    for (SourceExport s : sources) {
      ObjectNode n = src.addObject();
      n.put("source", s.source());
      ArrayNode items = n.putArray("items");
      for (SourceExport.Item i : s.items()) {
        items.addObject().put("category", i.category().value()).put("field", i.field()).put("value", i.value());
      }
    }
    strings(root.putArray("missingSources"), missingSources);
    ArrayNode consents = root.putArray("consentHistory");
    for (ConsentEntry c : consentHistory) {
      ObjectNode n = consents.addObject();
      n.put("event", c.event()).put("kind", c.kind().type()).put("effectiveAt", c.effectiveAt().toString())
          .put("recordedAt", c.recordedAt().toString()).put("policyVersion", c.policyVersion())
          .put("channel", c.channel().name()).put("actor", c.actor().name());
      strings(n.putArray("elements"), c.elements());
    }
    ArrayNode ps = root.putArray("purposes");
    for (PurposeUse p : purposes) {
      ObjectNode n = ps.addObject();
      n.put("purpose", p.purpose().value());
      labels(n.putObject("labels"), p.labels());
      n.put("legalBasis", p.legalBasis().name()).put("basisInferred", p.basisInferred());
      strings(n.putArray("clauses"), p.clauses().stream().map(ClauseRef::value).collect(Collectors.toList()));
      strings(n.putArray("categories"), p.categories().stream().map(CategoryId::value).sorted().collect(Collectors.toList()));
    }
    ArrayNode rs = root.putArray("retention");
    for (RetentionUse r : retention) {
      ObjectNode n = rs.addObject();
      n.put("rule", r.rule().value());
      labels(n.putObject("labels"), r.labels());
      n.put("period", r.period().toString()).put("trigger", r.trigger().name()).put("action", r.action().name());
      strings(n.putArray("holds"), r.holds().stream().map(Enum::name).sorted().collect(Collectors.toList()));
      strings(n.putArray("clauses"), r.clauses().stream().map(ClauseRef::value).collect(Collectors.toList()));
      strings(n.putArray("categories"), r.categories().stream().map(CategoryId::value).sorted().collect(Collectors.toList()));
      r.until().ifPresent(u -> n.put("until", u.toString()));
      n.put("engineeringDefault", r.engineeringDefault());
    }
    strings(root.putArray("holds"), holds.stream().map(Enum::name).sorted().collect(Collectors.toList()));
    root.put("disclosuresKnown", disclosuresKnown);
    ArrayNode ds = root.putArray("disclosures");
    for (Disclosure d : disclosures) {
      ObjectNode n = ds.addObject();
      n.put("recipient", d.recipient()).put("at", d.at().toString());
      strings(n.putArray("categories"), d.categories().stream().map(CategoryId::value).sorted().collect(Collectors.toList()));
      d.purpose().ifPresent(p -> n.put("purpose", p.value()));
      strings(n.putArray("clauses"), d.clauses().stream().map(ClauseRef::value).collect(Collectors.toList()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the access export as JSON (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void labels(ObjectNode node, Labels labels) {
    for (Language l : Language.values()) {
      labels.get(l).ifPresent(v -> node.put(l.tag(), v));
    }
  }

  /**
   * The export as a report a person reads, in the export's {@link #language()}, with the policy's
   * labels for categories, purposes and rules.
   *
   * @param policy the policy the export was made under
   * @return the report, as plain text
   */
  public String report(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    Language l = language;
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    StringBuilder sb = new StringBuilder();
    sb.append(in(ReportWords.TITLE, l)).append('\n');
    sb.append(in(ReportWords.CONTROLLER, l)).append(": ").append(policy.controller().name().in(l, "")).append('\n');
    sb.append(in(ReportWords.PREPARED, l)).append(": ").append(time.format(at)).append(" (").append(zone.getId()).append(")\n");
    sb.append(in(ReportWords.POLICY, l)).append(": ").append(policyVersion).append("\n\n");

    sb.append("1. ").append(in(ReportWords.DATA, l)).append('\n');
    for (SourceExport s : sources) {
      sb.append("  ").append(in(ReportWords.SOURCE, l)).append(": ").append(s.source()).append('\n');
      if (s.items().isEmpty()) {
        sb.append("    ").append(in(ReportWords.NOTHING_HELD, l)).append('\n');
      }
      for (SourceExport.Item i : s.items()) {
        sb.append("    ").append(category(policy, i.category(), l)).append(" / ").append(i.field()).append(": ")
            .append(i.value()).append('\n');
      }
    }
    for (String missing : missingSources) {
      sb.append("  ").append(in(ReportWords.SOURCE, l)).append(": ").append(missing).append(": ")
          .append(in(ReportWords.MISSING, l)).append('\n');
    }

    sb.append("\n2. ").append(in(ReportWords.CONSENTS, l)).append('\n');
    if (consentHistory.isEmpty()) {
      sb.append("  ").append(in(ReportWords.NONE, l)).append('\n');
    }
    for (ConsentEntry c : consentHistory) {
      sb.append("  ").append(time.format(c.effectiveAt())).append(": ").append(in(ReportWords.of(c.kind()), l));
      if (!c.elements().isEmpty()) {
        sb.append(" (").append(c.elements().stream().map(e -> element(policy, e, l)).collect(Collectors.joining("; ")))
            .append(')');
      }
      sb.append("; ").append(in(ReportWords.CHANNEL, l)).append(": ").append(in(ReportWords.of(c.channel()), l))
          .append("; ").append(in(ReportWords.BY, l)).append(": ").append(in(ReportWords.of(c.actor()), l)).append('\n');
    }

    sb.append("\n3. ").append(in(ReportWords.PURPOSES, l)).append('\n');
    for (PurposeUse p : purposes) {
      sb.append("  ").append(p.labels().in(l, p.purpose().value())).append(" (").append(in(ReportWords.BASIS, l))
          .append(": ").append(in(ReportWords.of(p.legalBasis()), l)).append("; ").append(in(ReportWords.CLAUSES, l))
          .append(": ").append(clauses(p.clauses())).append(")\n");
    }

    sb.append("\n4. ").append(in(ReportWords.RETENTION, l)).append('\n');
    for (RetentionUse r : retention) {
      sb.append("  ").append(r.labels().in(l, r.rule().value())).append(": ").append(in(ReportWords.PERIOD, l)).append(' ')
          .append(r.period()).append(' ').append(in(ReportWords.of(r.trigger()), l)).append(", ")
          .append(in(ReportWords.of(r.action()), l));
      r.until().ifPresent(u -> sb.append("; ").append(in(ReportWords.UNTIL, l)).append(' ').append(day.format(u)));
      sb.append(" (").append(clauses(r.clauses())).append(")\n");
    }
    if (!holds.isEmpty()) {
      sb.append("  ").append(in(ReportWords.HOLDS, l)).append(": ").append(holds.stream().sorted()
          .map(h -> in(ReportWords.of(h), l)).collect(Collectors.joining("; "))).append('\n');
    }

    sb.append("\n5. ").append(in(ReportWords.DISCLOSURES, l)).append('\n');
    if (!disclosuresKnown) {
      sb.append("  ").append(in(ReportWords.NOT_KNOWN, l)).append('\n');
    } else if (disclosures.isEmpty()) {
      sb.append("  ").append(in(ReportWords.NONE, l)).append('\n');
    }
    for (Disclosure d : disclosures) {
      sb.append("  ").append(day.format(d.at())).append(": ").append(d.recipient()).append(" (")
          .append(d.categories().stream().sorted().map(c -> category(policy, c, l)).collect(Collectors.joining(", ")))
          .append(")\n");
    }
    return sb.toString();
  }

  private static String category(Policy policy, CategoryId id, Language l) {
    return policy.categories().find(id).map(c -> c.labels().in(l, id.value())).orElse(id.value());
  }

  private static String element(Policy policy, String id, Language l) {
    String bare = id.startsWith("-") ? id.substring(1) : id;
    String label = policy.purposes().find(bare).map(p -> p.labels().in(l, bare))
        .or(() -> policy.objections().find(bare).map(o -> o.labels().in(l, bare)))
        .or(() -> policy.cookieCategories().find(bare).map(c -> c.labels().in(l, bare)))
        .orElse(bare);
    return id.startsWith("-") ? "−" + label : label;
  }

  static String clauses(List<ClauseRef> clauses) {
    return clauses.stream().map(ClauseRef::value).collect(Collectors.joining(", "));
  }

  /** Prints counts only: the export is the subject's personal data. */
  @Override
  public String toString() {
    return "AccessExport[" + subject + ", " + sources.size() + " sources, " + itemCount() + " items, " + consentHistory.size()
        + " events, missing=" + missingSources.size() + "]";
  }
}
