package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The register of legal holds (§6.2, R29): each hold placed or lifted is stored with its audit
 * record in one atomic step. Decisions ({@code PrivacyEngine#check}) and retention plans honour
 * the holds in force. Get it from {@code PrivacyEngine#retention().holds()}.
 *
 * <p>Stability: experimental.
 */
public interface LegalHolds {

  /**
   * Places a hold, or replaces the hold with the same id.
   *
   * @param hold the hold; built with {@link LegalHold#builder}
   * @return the hold as stored
   * @throws com.oriflame.privacy.UnknownIdException if it names a category or purpose the policy does not define
   */
  LegalHold place(LegalHold hold);

  /**
   * Places a hold starting now unless the builder set a start.
   *
   * @param hold the hold's builder
   * @return the hold as stored
   */
  LegalHold place(LegalHold.Builder hold);

  /**
   * Lifts a hold now: it ends at the engine clock's instant.
   *
   * @param id the hold's id
   * @return the lifted hold
   * @throws IllegalArgumentException if no hold has that id, or it already ended
   */
  LegalHold lift(String id);

  /**
   * Lifts a hold at an instant.
   *
   * @param id the hold's id
   * @param at when it ends, after its start
   * @return the lifted hold
   * @throws IllegalArgumentException if no hold has that id, or it already ended
   */
  LegalHold lift(String id, Instant at);

  /**
   * @param id a hold id
   * @return the hold with that id
   */
  Optional<LegalHold> find(String id);

  /**
   * @param subject a subject
   * @return the subject's holds, lifted ones included, by start
   */
  List<LegalHold> of(SubjectId subject);

  /**
   * @param at an instant
   * @return every hold in force at {@code at}, by id
   */
  List<LegalHold> activeAt(Instant at);
}
