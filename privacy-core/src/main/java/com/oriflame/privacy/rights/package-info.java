/**
 * Data-subject rights (§6, §10): the work of a request across the host's systems. {@link
 * com.oriflame.privacy.rights.DataSources} registers the host's {@link
 * com.oriflame.privacy.spi.PersonalDataSource}s; {@link com.oriflame.privacy.rights.HostSystems}
 * (from {@code PrivacyEngine.hostSystems()}) exports a subject's data ({@link
 * com.oriflame.privacy.rights.AccessExport}), erases it or closes the account honouring what must
 * be kept ({@link com.oriflame.privacy.rights.ErasurePlan}, {@link
 * com.oriflame.privacy.rights.ErasureReport}), rectifies and blocks it, recording and auditing
 * every step per source so that interrupted work resumes without repeating a step.
 */
package com.oriflame.privacy.rights;
