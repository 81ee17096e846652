/**
 * Data-subject rights (§6, §10): the work of a request across the host's systems. {@link
 * com.oriflame.privacy.DataSources} registers the host's {@link
 * com.oriflame.privacy.spi.PersonalDataSource}s; {@link com.oriflame.privacy.HostSystems}
 * (from {@code PrivacyEngine.hostSystems()}) exports a subject's data ({@link
 * com.oriflame.privacy.rights.AccessExport}), erases it or closes the account honouring what must
 * be kept ({@link com.oriflame.privacy.rights.ErasurePlan}, {@link
 * com.oriflame.privacy.rights.ErasureReport}), rectifies and blocks it, recording and auditing
 * every step per source so that interrupted work resumes without repeating a step. Each operation
 * takes a received request ({@link com.oriflame.privacy.rights.RequestId}) of the fitting kind
 * whose requester's identity is verified (R28), and moves it to in progress and to completed.
 * Data-subject requests (§6, §10; Law No. 58 Art. 15, Art. 17): their kinds, the channels that
 * accept them, their lifecycle as audited data, their legal deadlines on a Kyrgyz working-day
 * calendar, the fee rule for access and the legal grounds of a refusal. Get the service from
 * {@code PrivacyEngine#rights()}.
 *
 * <p>Rules: R26 (channels, every request recorded with instant and channel), R27 (due dates,
 * overdue requests listable), R28 (no staff rectification or erasure before identity is
 * verified), R35 (complaints tracked to closure), R37 (authority and Ombudsman requests within a
 * week), R38 (access free of charge on a written request; refusal only on the grounds of Art. 15).
 */
package com.oriflame.privacy.rights;
