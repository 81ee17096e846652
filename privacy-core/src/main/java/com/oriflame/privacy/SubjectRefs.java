package com.oriflame.privacy;

import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.Stores;

/**
 * The keyed pseudonyms of holders in audit records and receipts: under the host's key if it set
 * one, else under the key the stores keep ({@link Stores#pseudonymKey()}), read on first use (not
 * at build, so an engine can be built while its database is away) and then kept.
 */
final class SubjectRefs {
  private final Stores stores;
  private volatile Pseudonyms pseudonyms;

  /**
   * @param hostKey the host's key (checked by the builder), or {@code null} for the stores' key
   * @param stores the stores that keep a generated key
   */
  SubjectRefs(byte[] hostKey, Stores stores) {
    this.stores = stores;
    this.pseudonyms = hostKey == null ? null : new Pseudonyms(hostKey);
  }

  /**
   * @param holder a subject or browser id
   * @return its keyed pseudonym, e.g. {@code subject:1f0c...}
   * @throws StoreException if the stores' key cannot be read
   */
  String of(Holder holder) {
    return holder instanceof SubjectId s ? pseudonyms().of("subject", s.value()) : pseudonyms().of("browser", holder.value());
  }

  private Pseudonyms pseudonyms() {
    Pseudonyms p = pseudonyms;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (pseudonyms == null) {
        byte[] key;
        try {
          key = stores.pseudonymKey();
        } catch (StoreException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new StoreException("could not read the stores' pseudonym key (" + e.getClass().getSimpleName() + ")", e);
        }
        if (key == null || key.length < PrivacyEngine.MIN_PSEUDONYM_KEY_BYTES) {
          throw new StoreException("the stores' pseudonym key has " + (key == null ? "no" : key.length) + " bytes, at least "
              + PrivacyEngine.MIN_PSEUDONYM_KEY_BYTES + " are needed; the store " + stores.getClass().getSimpleName()
              + " breaks the contract of Stores.pseudonymKey()", null);
        }
        pseudonyms = new Pseudonyms(key);
      }
      return pseudonyms;
    }
  }
}
