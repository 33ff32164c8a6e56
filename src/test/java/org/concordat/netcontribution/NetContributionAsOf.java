package org.concordat.netcontribution;

import java.util.Map;

import org.concordat.analytics.AsOf;
import org.concordat.collaboration.Collaboration;

/** Net contribution for the as-of property test (AnalyticsPropertyTests), which lives in another package. */
public final class NetContributionAsOf {

	private NetContributionAsOf() {
	}

	/** Force {@code force}'s lines for the last financial year ended by D (the endpoint's default). */
	public static Object of(AsOf asOf, int force, Map<String, Collaboration> register) {
		return new NetContribution(asOf, NetContribution.lastCompleteYear(asOf.date()), register).of(force);
	}
}
