/**
 * A Consultant's duties regarding the personal data of customers and downline entrusted to them
 * (§7): their mandate (a purpose of §2 with the data subject's consent, no onward transfer,
 * encrypted exchange with the company; R24, R30), and the obligations with due dates that the
 * cancellation of their registration and the company's requests create (R31), tracked until
 * closed with evidence. Get the service from {@code PrivacyEngine#consultants()}.
 */
package com.oriflame.privacy.consultant;
