package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;

/**
 * The legal grounds on which a request may be refused. Access may be restricted <em>only</em> in
 * the cases of Law No. 58 Art. 15, and a refusal is given in writing, reasoned, citing the point
 * of Art. 15, within one week (Art. 17(f); R27, R38). A refusal always names one of these; free
 * text may explain it but never replaces it.
 *
 * <p><b>Confidence.</b> That Art. 15 is the article that lists the grounds is verified (the
 * Agency's FAQ, {@code dpa.gov.kg/en/question/8} and {@code /10}). The full text of Art. 15 could
 * not be read (see the policy rendering, "The law", L4): the grounds below are the restrictions
 * of access the CIS model laws and the Kyrgyz law's own structure make likely [memory, low], each
 * citing {@code Art. 15}. Check the wording and the point numbers against the consolidated text
 * at cbd.minjust.gov.kg before a refusal letter quotes a point.
 *
 * <p>Stability: experimental. Constants may be added or reworded once the text is verified.
 */
public enum RefusalGround {
  /** Giving the data would harm defence, state security or public order. */
  STATE_SECURITY(
      Labels.of("Мамлекеттин коргонуусу, коопсуздугу же коомдук тартип",
          "Оборона, безопасность государства или общественный порядок",
          "Defence, state security or public order")),
  /** The data is processed to prevent, detect or investigate crimes or in operative-investigative work. */
  CRIME_INVESTIGATION(
      Labels.of("Кылмыштардын алдын алуу, ачуу же иликтөө",
          "Предупреждение, раскрытие или расследование преступлений, оперативно-розыскная деятельность",
          "Prevention, detection or investigation of crimes; operative-investigative activity")),
  /** Giving the data would violate the constitutional rights and freedoms of other persons. */
  RIGHTS_OF_OTHERS(
      Labels.of("Башка адамдардын конституциялык укуктары жана эркиндиктери",
          "Нарушение конституционных прав и свобод других лиц",
          "It would violate the constitutional rights and freedoms of other persons")),
  /** The data is a state or other secret protected by law. */
  PROTECTED_SECRET(
      Labels.of("Мыйзам менен корголгон мамлекеттик же башка сыр",
          "Государственная или иная охраняемая законом тайна",
          "A state or other secret protected by law")),
  /** Another case in which a law of the Kyrgyz Republic restricts the subject's access. */
  RESTRICTED_BY_LAW(
      Labels.of("Кыргыз Республикасынын мыйзамында каралган башка учур",
          "Иные случаи, предусмотренные законами Кыргызской Республики",
          "Another case provided for by the laws of the Kyrgyz Republic"));

  private static final ClauseRef ART_15 = ClauseRef.of("Art. 15");

  private final Labels labels;

  RefusalGround(Labels labels) {
    this.labels = labels;
  }

  /** @return the article the ground comes from: {@code Art. 15} */
  public ClauseRef clause() {
    return ART_15;
  }

  /** @return the ground in Kyrgyz, Russian and English, for the written refusal */
  public Labels labels() {
    return labels;
  }

  /**
   * @param language the language of the refusal letter
   * @return the ground followed by its clause, e.g. {@code "… (Art. 15)"}
   */
  public String cite(Language language) {
    return labels.in(language, labels.en()) + " (" + ART_15 + ")";
  }
}
