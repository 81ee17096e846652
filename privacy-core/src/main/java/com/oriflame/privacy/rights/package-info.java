/**
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
