package org.concordat.agreement;

import java.util.List;

/**
 * A collaboration's agreement side as the register records it, without its members: its terms, cost sharing and
 * budgets by financial year (empty when none). What the withdrawal answer reads to put £ and terms beside the
 * snapshot's memberships.
 */
public record RecordedAgreement(String collaboration, AgreementTerms terms, CostSharing costSharing,
		List<Budget> budgets) {
}
