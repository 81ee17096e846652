package com.oriflame.privacy;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.rights.AccessExport;
import com.oriflame.privacy.rights.ErasurePlan;
import com.oriflame.privacy.rights.ErasureReport;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.rights.WorkProgress;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work of a data-subject request across the host's systems (the registered {@link
 * DataSources}): exporting, erasing, closing the account, rectifying and blocking. From {@code
 * PrivacyEngine.hostSystems()}.
 *
 * <p>Each call names a work id, the request's id: every step it sends to a source is recorded in
 * the {@link com.oriflame.privacy.spi.StepStore} with its audit record, keyed by work id, source and
 * step ({@link com.oriflame.privacy.rights.OperationKey}). A step already done is never sent again, so
 * calling again with the same work id after a crash or a failed source resumes the work: it retries
 * only what is not done. A source that fails leaves the work in progress, with the failure recorded
 * on its step.
 *
 * <p>This interface carries out work; whether a request may be carried out (identity verified,
 * R28; deadlines, R27) is the request lifecycle's decision, made before calling it.
 *
 * <p>Stability: experimental.
 */
public interface HostSystems {

  /** @return the registered sources */
  DataSources sources();

  /**
   * Answers an access request (§6.2, Law Art. 17(e)): reads every source and the ledger. Nothing is
   * changed; each source read is recorded as a step (a read that failed is read again on the next
   * call). Credentials never appear (R25).
   *
   * @param work the work id
   * @param subject whose data
   * @param language the subject's language, for {@link AccessExport#report}
   * @return the export; {@link AccessExport#complete()} is false if a source could not be read
   */
  AccessExport export(String work, SubjectId subject, Language language);

  /**
   * Plans an erasure without carrying it out: what would go and what would be kept, why and until
   * when.
   *
   * @param subject whose data
   * @param categories the categories; empty for every category
   * @param closure whether it is an account closure
   * @return the plan as of now
   */
  ErasurePlan plan(SubjectId subject, Set<CategoryId> categories, boolean closure);

  /**
   * Erases what may go of the given categories in every source and depersonalizes what its
   * retention rule depersonalizes; keeps what an active hold or the contract in force keeps (§6.2).
   *
   * @param work the work id
   * @param subject whose data
   * @param categories the categories; empty for every category
   * @return what went and what was kept, why and until when
   */
  ErasureReport erase(String work, SubjectId subject, Set<CategoryId> categories);

  /**
   * Closes the account (§6.2, R29): erases what may go in every source, keeps what the holds of
   * §6.2 keep, and when every source has answered records the closure on the subject's profile at
   * that instant, so every purpose that does not survive closure is denied from then on.
   *
   * @param work the work id
   * @param subject whose account
   * @return what went and what was kept; {@link ErasureReport#closedAt()} once closed
   */
  ErasureReport closeAccount(String work, SubjectId subject);

  /**
   * Rectification by staff on a request (§6.2, R28): sends the corrections to every source that may
   * hold the categories and records, on every step, who acted.
   *
   * @param work the work id
   * @param subject whose data
   * @param corrections the new value per category, as text
   * @param staff the acting staff member's id (not personal data of the subject)
   * @return the steps
   */
  WorkProgress rectify(String work, SubjectId subject, Map<CategoryId, String> corrections, String staff);

  /**
   * Blocks the given categories in every source (R39): processing stops, the data is kept.
   *
   * @param work the work id
   * @param subject whose data
   * @param categories the categories; empty for every category
   * @return the steps
   */
  WorkProgress block(String work, SubjectId subject, Set<CategoryId> categories);

  /**
   * @param work a work id
   * @return every step recorded for it, ordered by source then step
   */
  List<SourceStep> steps(String work);
}
