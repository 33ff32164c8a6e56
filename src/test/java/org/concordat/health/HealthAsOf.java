package org.concordat.health;

import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.collaboration.Collaboration;
import org.concordat.words.Words;

/** Collaboration health for the as-of property test (AnalyticsPropertyTests), which lives in another package. */
public final class HealthAsOf {

	private HealthAsOf() {
	}

	/** The answer; {@code butUncertain}: with its uncertain events and their sentence taken out. */
	public static Object of(AsOf asOf, Collaboration c, boolean butUncertain) {
		CollaborationHealth h = CollaborationHealth.of(asOf, c);
		if (!butUncertain) {
			return h;
		}
		String summary = h.summary().substring(0, h.summary().length() - Words.uncertain(h.uncertain().size()).length());
		return new CollaborationHealth(summary, h.collaboration(), h.name(), h.status(), h.at(), h.colour(), h.criteria(),
				List.of());
	}
}
