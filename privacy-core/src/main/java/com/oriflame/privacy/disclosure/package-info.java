/**
 * Disclosures to recipients: the disclosure log with the decision behind each release and its
 * country (R17, R18, R22), the notices owed to subjects (R40), aggregate-only release with small
 * groups suppressed (R13), the recipients and countries actually disclosed to beside the register
 * declaration (R36), and the register of business transfers that is the only ground for giving
 * data to a business buyer (§3.1, §3.3, R17).
 */
package com.oriflame.privacy.disclosure;
