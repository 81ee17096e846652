package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.PolicyFixtures.refs;

import com.oriflame.privacy.policy.AggregationTerms;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ChangeRule;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Clause;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.Controller;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.DataOrigin;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Law;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.MinorsRule;
import com.oriflame.privacy.policy.NoticeKind;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.policy.RecipientKind;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.RetentionTrigger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators for the SDK's types, for property tests in this project and in host systems.
 * Shipped in the core's test-jar; add {@code net.jqwik:jqwik} to your own test dependencies.
 *
 * <pre>{@code
 * @Property
 * void everyPolicyRoundTrips(@ForAll("policies") Policy p) { ... }
 *
 * @Provide
 * Arbitrary<Policy> policies() { return PrivacyArbitraries.validPolicies(); }
 * }</pre>
 */
public final class PrivacyArbitraries {
  private PrivacyArbitraries() {}

  /**
   * Pieces of text that break naive storage and comparison of ids: NUL and other control
   * characters, backslashes and escape-like text, quotes and SQL fragments, LIKE wildcards,
   * bidirectional and invisible marks, combining marks and precomposed letters, Kyrgyz Cyrillic,
   * Cyrillic-Latin homoglyphs, emoji (surrogate pairs, ZWJ sequences, flags), lone and reversed
   * surrogates (which ids refuse), and the replacement and non-characters.
   */
  private static final List<String> HOSTILE_PIECES = List.of(
      "", "x", "X", "a", "ab", "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\t", "\r\n", "\n", "\u2028", " ",
      "\u00A0", "\\", "\\\\", "\\0", "\\u0000", "\\x00", "'", "''", "\"", "`", "%", "_", "a_b", "?", "*",
      "'; DROP TABLE x; --", "\" OR \"1\"=\"1", "1' OR '1'='1", "$1", "NULL", "null", "{\"a\":1}", "]}", "</x>",
      "\u202E", "\u202Dabc\u202C", "\u200F", "\u200B", "\u00AD", "\uFEFF", "\u00E9", "e\u0301", "\u0301",
      "\u0401", "\u00CB", "\u0415\u0308", "\u0430", "\u0456", "\u0130", "\u0131", "\u00DF", "\uFB01",
      "Айгүл Ңөө", "АЙГҮЛ", "ңөү",
      "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDF0\uD83C\uDDEC",
      "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D", "\uFFFD", "\uFFFE", "\uFFFF", "\uE000");

  /** Pairs of different texts that a store which escapes, normalises, folds or replaces would merge. */
  private static final List<Tuple2<String, String>> LOOK_ALIKES = List.of(
      Tuple.of("x", "x\u0000"), Tuple.of("x", "\u0000x"), Tuple.of("a\\b", "a\\\\b"), Tuple.of("\\0", "\u0000"),
      Tuple.of("\\\u0000", "\\\\0"), Tuple.of("\\", "\\\\"), Tuple.of("\u00E9", "e\u0301"), Tuple.of("\u0401", "\u00CB"),
      Tuple.of("\u0401", "\u0415\u0308"), Tuple.of("a", "\u0430"), Tuple.of("x", "X"), Tuple.of("i", "\u0130"),
      Tuple.of("\u00DF", "SS"), Tuple.of("\uFB01", "fi"), Tuple.of("x", " x"), Tuple.of("x", "x "), Tuple.of("x", "x\u200B"),
      Tuple.of("abc", "\u202Ecba"), Tuple.of("ab", "a_b"), Tuple.of("ab", "a%"), Tuple.of("x?", "x\uD800"),
      Tuple.of("?", "\uDC00"), Tuple.of("\uD83D\uDE00", "\uD83D\uDE01"), Tuple.of("\uD83D?", "\uD83D\uDE00"),
      Tuple.of("Айгүл", "Айгул"), Tuple.of("x", "x".repeat(10_000)));

  /** Changes that make a text look alike but differ; a change that leaves it as it is appends NUL. */
  private static final List<UnaryOperator<String>> LOOK_ALIKE_CHANGES = List.of(
      s -> s + "\u0000",
      s -> s.replace("\\", "\\\\"),
      s -> s.replace("\u0000", "\\0"),
      s -> s.replace("?", "\uD800"),
      s -> Normalizer.normalize(s, Normalizer.Form.NFD),
      s -> Normalizer.normalize(s, Normalizer.Form.NFC),
      s -> Normalizer.normalize(s, Normalizer.Form.NFKC),
      s -> s.toUpperCase(Locale.ROOT),
      s -> s.toLowerCase(Locale.ROOT),
      s -> s + " ",
      s -> "\u202E" + s,
      s -> s.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E').replace('x', '\u0445'),
      s -> s.replace('\u0430', 'a').replace('\u0415', 'E').replace('\u0401', '\u00CB'));

  /**
   * Hostile texts for ids and references: single {@linkplain #HOSTILE_PIECES pieces}, runs of
   * two to four pieces, short strings of arbitrary UTF-16 code units (lone surrogates included), and
   * long texts of 127 to 10,000 code units around the id length limits. Some are not well-formed
   * Unicode or too long, and ids must refuse them.
   *
   * @return hostile texts, possibly empty
   */
  public static Arbitrary<String> hostileStrings() {
    Arbitrary<String> piece = Arbitraries.of(HOSTILE_PIECES);
    Arbitrary<String> run = piece.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l));
    Arbitrary<String> units = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> longText = Combinators.combine(run, Arbitraries.of(127, 128, 129, 255, 256, 257, 511, 512, 513, 10_000))
        .as(PrivacyArbitraries::fill);
    return Arbitraries.frequencyOf(Tuple.of(3, piece), Tuple.of(4, run), Tuple.of(2, units), Tuple.of(1, longText));
  }

  /** @return {@code text} repeated and cut to exactly {@code length} code units (a cut may split a surrogate pair) */
  private static String fill(String text, int length) {
    String unit = text.isEmpty() ? "x" : text;
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /**
   * Pairs of different hostile texts that look alike: known pairs ({@code "x"} and {@code "x"}
   * followed by NUL, {@code "a\b"} and {@code "a\\b"}, NFC and NFD {@code "é"}, Cyrillic {@code "Ё"}
   * and Latin {@code "Ë"}, {@code "x?"} and {@code "x"} with a lone surrogate, ...), a hostile text
   * and a look-alike change of it (NUL appended, backslashes doubled, normalised, case-changed,
   * homoglyphs swapped, ...), and two independent hostile texts.
   *
   * @return pairs whose two texts are never equal
   */
  public static Arbitrary<Tuple2<String, String>> lookAlikePairs() {
    Arbitrary<Tuple2<String, String>> known = Arbitraries.of(LOOK_ALIKES).flatMap(p -> Arbitraries.of(p, Tuple.of(p.get2(), p.get1())));
    Arbitrary<Tuple2<String, String>> changed = Combinators.combine(hostileStrings(), Arbitraries.of(LOOK_ALIKE_CHANGES))
        .as((s, change) -> Tuple.of(s, change.apply(s)));
    Arbitrary<Tuple2<String, String>> independent = Combinators.combine(hostileStrings(), hostileStrings()).as(Tuple::of);
    return Arbitraries.frequencyOf(Tuple.of(2, known), Tuple.of(4, changed), Tuple.of(1, independent))
        .map(p -> p.get1().equals(p.get2()) ? Tuple.of(p.get1(), p.get2() + "\u0000") : p);
  }

  /** @return one id segment: lower-case letters and digits, optionally hyphenated */
  public static Arbitrary<String> segments() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(word, word, Arbitraries.of(true, false))
        .as((a, b, hyphen) -> hyphen ? a + "-" + b : a);
  }

  /** @return hierarchical category ids of depth one to four */
  public static Arbitrary<CategoryId> categoryIds() {
    return segments().list().ofMinSize(1).ofMaxSize(4).map(s -> CategoryId.of(String.join(".", s)));
  }

  /** @return category ids drawn from a small alphabet, so that coverage relations are frequent */
  public static Arbitrary<CategoryId> relatedCategoryIds() {
    return Arbitraries.of("a", "b", "ab", "a-b").list().ofMinSize(1).ofMaxSize(4)
        .map(s -> CategoryId.of(String.join(".", s)));
  }

  /** @return labels in all three languages, with Cyrillic, Latin and emoji text */
  public static Arbitrary<Labels> labels() {
    Arbitrary<String> text = Arbitraries.strings()
        .withChars("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюяАБВ ")
        .withCharRange('a', 'z').withChars(' ', '«', '»', '\'', '"', '\\', '\n')
        .ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
    Arbitrary<String> withEmoji = Combinators.combine(text, Arbitraries.of("", " \uD83D\uDE00")).as(String::concat);
    return Combinators.combine(withEmoji, withEmoji, withEmoji).as(Labels::of);
  }

  /** @return references to the policy's clauses and law articles */
  public static Arbitrary<ClauseRef> clauseRefs() {
    return Arbitraries.of("§0", "§1", "§1.1", "§2", "§2(6)", "§2(2′)", "§3.3", "§6.1", "§8.4", "§9", "Art. 17(e)", "Art. 30")
        .map(ClauseRef::of);
  }

  private static final List<String> CLAUSES =
      List.of("§0", "§1", "§1.1", "§2", "§3", "§3.3", "§4", "§6", "§6.1", "§6.2", "§7", "§8", "§8.4", "§9", "Art. 17", "Art. 30");

  /**
   * Policies that lint without errors: a random category forest, recipients, purposes on every
   * legal basis (consent-based ones with withdrawal channels), objections covering every marketing
   * purpose, forms with the notices and tick boxes R11 requires, retention covering every
   * category, and the four cookie kinds.
   *
   * @return valid policies
   */
  public static Arbitrary<Policy> validPolicies() {
    return validPolicies(1, 4, 3, 1, 6, 4);
  }

  /**
   * Large policies that lint without errors, built like {@link #validPolicies()}: six to twelve
   * category trees of up to six children, eight to twenty-four purposes, up to ten recipients.
   * They shrink to six trees and eight purposes.
   *
   * @return large valid policies
   */
  public static Arbitrary<Policy> largeValidPolicies() {
    return validPolicies(6, 12, 6, 8, 24, 10);
  }

  private static Arbitrary<Policy> validPolicies(int minRoots, int maxRoots, int maxChildren, int minPurposes, int maxPurposes,
      int maxRecipients) {
    Arbitrary<List<String>> roots = segments().filter(s -> !s.equals("guardian")).list().uniqueElements()
        .ofMinSize(minRoots).ofMaxSize(maxRoots);
    Arbitrary<List<String>> children = segments().list().uniqueElements().ofMaxSize(maxChildren);
    Arbitrary<List<List<String>>> childLists = children.list().ofSize(maxRoots);
    return Combinators.combine(roots, childLists, labels(), recipients(maxRecipients), purposeSeeds(minPurposes, maxPurposes),
            Arbitraries.integers().between(0, 2))
        .as(PrivacyArbitraries::assemble);
  }

  private record PurposeSeed(LegalBasis basis, boolean marketing, Set<Operation> operations, boolean inForm) {}

  private static Arbitrary<List<PurposeSeed>> purposeSeeds(int min, int max) {
    Arbitrary<PurposeSeed> seed = Combinators.combine(
            Arbitraries.of(LegalBasis.class), Arbitraries.of(true, false),
            Arbitraries.of(Operation.class).set().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false))
        .as((basis, marketing, ops, inForm) ->
            new PurposeSeed(basis, marketing && basis != LegalBasis.LEGAL_OBLIGATION, ops, inForm));
    return seed.list().ofMinSize(min).ofMaxSize(max);
  }

  private static Arbitrary<List<Recipient>> recipients(int max) {
    Arbitrary<Recipient> recipient = Combinators.combine(
            segments(), labels(), Arbitraries.of(RecipientKind.class), Arbitraries.of(DataForm.class),
            Arbitraries.of(true, false), Arbitraries.integers().between(2, 1000))
        .as((id, labels, kind, form, abroad, group) -> {
          DataForm dataForm = kind == RecipientKind.ADVERTISING ? DataForm.AGGREGATE_ONLY : form;
          Recipient.Builder r = Recipient.builder("recipient." + id).labels(labels).clauses(refs("§3.3"))
              .kind(kind).dataForm(dataForm).processor(abroad).mayBeAbroad(abroad)
              .obligations(EnumSet.of(ObligationKind.RECORD_DISCLOSURE));
          if (kind == RecipientKind.CREDIT_AGENCY) {
            r.conditions(Set.of(Condition.CREDIT_ASSESSMENT_REQUIRED));
          }
          if (dataForm == DataForm.AGGREGATE_ONLY) {
            r.aggregation(new AggregationTerms(group, true));
          }
          return r.build();
        });
    return recipient.list().uniqueElements(Recipient::id).ofMaxSize(max);
  }

  private static Policy assemble(List<String> roots, List<List<String>> childLists, Labels labels,
      List<Recipient> recipients, List<PurposeSeed> seeds, int forms) {
    List<DataCategory> categories = new ArrayList<>();
    List<CategoryId> rootIds = new ArrayList<>();
    List<CategoryId> all = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      CategoryId root = CategoryId.of(roots.get(i));
      rootIds.add(root);
      all.add(root);
      categories.add(new DataCategory(root, labels, refs("§1"), DataOrigin.SUBJECT, Set.of(), Set.of()));
      for (String child : childLists.get(i)) {
        CategoryId id = CategoryId.of(root.value() + "." + child);
        all.add(id);
        categories.add(new DataCategory(id, labels, refs("§1.1"), DataOrigin.AUTOMATIC, Set.of("src"), Set.of()));
      }
    }
    CategoryId guardian = CategoryId.of("guardian");
    CategoryId guardianName = CategoryId.of("guardian.full-name");
    categories.add(new DataCategory(guardian, labels, refs("§1.1"), DataOrigin.SUBJECT, Set.of(), Set.of()));
    categories.add(new DataCategory(guardianName, labels, refs("§1.1"), DataOrigin.SUBJECT, Set.of(), Set.of()));
    rootIds.add(guardian);

    RetentionRuleId retentionId = RetentionRuleId.of("retention.all");
    List<Purpose> purposes = new ArrayList<>();
    Set<PurposeId> marketing = new LinkedHashSet<>();
    Set<PurposeId> inForm = new LinkedHashSet<>();
    for (int i = 0; i < seeds.size(); i++) {
      PurposeSeed s = seeds.get(i);
      PurposeId id = PurposeId.of("purpose.p" + i);
      Optional<ConsentTerms> consent = s.basis().consentBased()
          ? Optional.of(new ConsentTerms(i % 2 == 0 ? Optional.empty() : Optional.of(Period.ofMonths(i + 1)),
              Set.of(Channel.CAF_PAPER), Set.of(Channel.EMAIL, Channel.PHONE), i % 3 == 0))
          : Optional.empty();
      Set<PurposeTrait> traits = EnumSet.noneOf(PurposeTrait.class);
      if (s.marketing()) {
        traits.add(PurposeTrait.MARKETING);
      }
      Set<RecipientId> recipientIds = new LinkedHashSet<>();
      for (int r = 0; r < recipients.size(); r++) {
        if ((r + i) % 2 == 0) {
          recipientIds.add(recipients.get(r).id());
          if (recipients.get(r).kind() == RecipientKind.BUSINESS_BUYER) {
            traits.add(PurposeTrait.BUSINESS_TRANSFER); // only a business-transfer purpose may give data to buyers (R17)
          }
        }
      }
      purposes.add(Purpose.builder(id).labels(Labels.of("ky " + i, "ru " + i, "en " + i)).clauses(refs("§2(" + (i + 1) + ")"))
          .legalBasis(s.basis()).categories(Set.of(all.get(i % all.size()))).recipients(recipientIds)
          .operations(s.operations()).modes(EnumSet.of(ProcessingMode.AUTOMATED)).traits(traits)
          .consent(consent).retention(retentionId).build());
      if (s.marketing()) {
        marketing.add(id);
      }
      if (s.inForm()) {
        inForm.add(id);
      }
    }
    List<Objection> objections = new ArrayList<>();
    ObjectionId marketingObjection = ObjectionId.of("objection.marketing");
    if (!marketing.isEmpty()) {
      objections.add(new Objection(marketingObjection, labels, refs("§6.1"),
          EnumSet.of(Channel.EMAIL, Channel.PHONE, Channel.ACCOUNT_SETTINGS), marketing, Set.of()));
    }
    List<CollectionForm> formList = new ArrayList<>();
    for (int f = 0; f < forms && !inForm.isEmpty(); f++) {
      boolean anyMarketing = inForm.stream().anyMatch(marketing::contains);
      formList.add(new CollectionForm(FormId.of("form.f" + f), labels, refs("§0", "§6.1"),
          f == 0 ? Channel.CAF_PAPER : Channel.CAF_WEB, inForm, Set.of(all.get(0)),
          anyMarketing ? EnumSet.of(NoticeKind.POLICY_ACCEPTANCE, NoticeKind.MARKETING_USE) : EnumSet.of(NoticeKind.POLICY_ACCEPTANCE),
          anyMarketing ? Set.of(marketingObjection) : Set.of(), true));
    }
    List<Clause> clauses = new ArrayList<>();
    for (String c : CLAUSES) {
      clauses.add(new Clause(ClauseRef.of(c), labels));
    }
    return Policy.builder()
        .id("generated.policy")
        .version("1")
        .effectiveDate(LocalDate.of(2017, 1, 1))
        .title(labels)
        .controller(new Controller(labels, "Bishkek", "KG"))
        .jurisdiction("KG")
        .law(new Law(labels, "58", LocalDate.of(2008, 4, 14)))
        .registerNumber("REG-1")
        .clauses(clauses)
        .categories(categories)
        .purposes(purposes)
        .recipients(recipients)
        .objections(objections)
        .forms(formList)
        .retentionRules(List.of(new RetentionRule(retentionId, labels, refs("§6.2"), new LinkedHashSet<>(rootIds), Period.ofYears(3),
            RetentionTrigger.END_OF_CONTRACT, RetentionAction.DEPERSONALIZE, EnumSet.of(HoldReason.DISPUTE), true)))
        .cookieCategories(PolicyFixtures.cookies(purposes.get(0).id()))
        .changes(new ChangeRule(refs("§9"), Set.of(Channel.WEBSITE, Channel.EMAIL), true, true, List.of(new PolicyChange("1", LocalDate.of(2017, 1, 1), Set.of(), labels))))
        .minors(new MinorsRule(18, guardianName, refs("§1.1"), true))
        .build();
  }
}
