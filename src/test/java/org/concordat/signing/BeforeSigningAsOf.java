package org.concordat.signing;

import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.words.Words;

/** The before-signing check for the as-of property test (AnalyticsPropertyTests), which lives in another package. */
public final class BeforeSigningAsOf {

	private BeforeSigningAsOf() {
	}

	/**
	 * A draft of {@code members} (the first its host) covering {@code functions}; {@code butUncertain}: the answer
	 * with its uncertain events and their sentence taken out, and without its snapshot stamp.
	 */
	public static Object of(AsOf asOf, List<String> members, List<String> functions, boolean butUncertain) {
		var s = asOf.snapshot();
		var draft = new BeforeSigning.Draft("Draft", "specialist unit", null, null, members, members.get(0), functions,
				null);
		var a = BeforeSigning.check(asOf, draft, members.stream().mapToInt(s::force).toArray(),
				functions.stream().mapToInt(s::function).sorted().toArray());
		String summary = butUncertain ? a.summary().substring(0, a.summary().length() - Words.uncertain(a.uncertain().size()).length())
				: a.summary();
		return new BeforeSigning.Answer(summary, a.at(), a.overlaps(), a.similarElsewhere(), a.contacts(), a.notYetMet(),
				butUncertain ? List.of() : a.uncertain(), null);
	}
}
