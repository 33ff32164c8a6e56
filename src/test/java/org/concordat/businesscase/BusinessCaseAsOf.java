package org.concordat.businesscase;

import java.util.List;

import org.concordat.agreement.RecordedAgreement;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.collaboration.Collaboration;

/** The business case for the as-of property test (AnalyticsPropertyTests), which lives in another package. */
public final class BusinessCaseAsOf {

	private BusinessCaseAsOf() {
	}

	/**
	 * The business case for {@code force} leaving {@code rc} with notice served on the date asked, as the endpoint
	 * writes it ({@code whole}: the whole network at that date); {@code butUncertain}: written
	 * from the withdrawal answer with its uncertain events taken out, so without them and their words.
	 */
	public static BusinessCase of(AsOf asOf, Connectivity whole, String force, Collaboration rc, boolean butUncertain) {
		int f = asOf.snapshot().force(force);
		WithdrawalImpact.Answer impact = new WithdrawalImpact(asOf, whole).of(f,
				asOf.snapshot().collab(rc.id()), 25);
		if (butUncertain) {
			impact = new WithdrawalImpact.Answer(impact.force(), impact.at(), impact.notMember(), impact.collaborations(),
					impact.functionsLost(), impact.cascade(), impact.network(), impact.risk(), impact.precedents(),
					List.of(), 0, impact.snapshot());
		}
		var agreement = new RecordedAgreement(rc.id(), rc.terms(), rc.costSharing(), rc.budgets());
		return new BusinessCaseWriter(asOf.snapshot()).write(impact, agreement, asOf.date(),
				new ContactFinder(asOf).find(f, "withdrawal", 5), null);
	}
}
