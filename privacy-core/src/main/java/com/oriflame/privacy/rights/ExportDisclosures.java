package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.SubjectId;
import java.util.List;

/**
 * The hook through which an access export lists the disclosures made about the subject (Law Art.
 * 17; §3): whoever keeps the disclosure log supplies them. Until one is set, exports list none and
 * say so ({@link AccessExport#disclosuresKnown()}).
 *
 * <p>Stability: experimental.
 */
@FunctionalInterface
public interface ExportDisclosures {

  /**
   * @param subject the subject the export is for
   * @return the disclosures made about the subject, oldest first; never anyone else's
   */
  List<AccessExport.Disclosure> about(SubjectId subject);
}
