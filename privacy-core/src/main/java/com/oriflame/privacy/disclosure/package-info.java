/**
 * Disclosures to recipients beyond the purposes' own rules: the register of business transfers
 * that is the only ground for giving data to a business buyer (§3.1, §3.3, R17).
 */
package com.oriflame.privacy.disclosure;
