package com.oriflame.privacy.rights;

/**
 * Where a request's deadline comes from.
 *
 * <p>Stability: experimental.
 */
public enum DeadlineSource {
  /** The law: access and a reasoned refusal within a week (Art. 17(e), (f)); the authorities' requests (Art. 17(g)). */
  LAW,
  /** The policy file's right, as the policy text states it (account closure within one working day, §6.2). */
  POLICY,
  /** The policy file's right, marked there as an engineering default (e.g. rectification within 7 days). */
  ENGINEERING_DEFAULT
}
