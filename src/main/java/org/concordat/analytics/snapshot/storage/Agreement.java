package org.concordat.analytics.snapshot.storage;

import java.util.List;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.CostSharing;
import org.concordat.collaboration.Collaboration;

/**
 * A collaboration's agreement side as the register records it: its terms, cost sharing and budgets by financial
 * year (empty when none). Kept in the snapshot so that the answers that put £ on a withdrawal read no database.
 * Shared with the register's records: never modify them.
 */
public record Agreement(AgreementTerms terms, CostSharing costSharing, List<Budget> budgets) {

	/** {@code c}'s agreement, or null when it records none of it. */
	static Agreement of(Collaboration c) {
		return c.terms() == null && c.costSharing() == null && c.budgets().isEmpty() ? null
				: new Agreement(c.terms(), c.costSharing(), c.budgets());
	}
}
