package org.concordat.analytics.contacts;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Who force F should ask about a topic (a function or a lesson theme) at D: people who lead, or are
 * contacts for, a collaboration that existed by D and matches the topic by one of its functions, by the
 * theme of one of its lessons (dated by D), or by the contact's own topics.
 *
 * <p>{@code hops} is the fewest force-to-force steps in the co-membership graph at D from F to a force whose
 * membership of that collaboration began by D (0 when F is or was a member); {@code path} spells that route
 * as ids alternating force, collaboration, force, …, ending with the contact's collaboration, ties broken by
 * the smallest id; unreachable gives null and is listed after the reachable. The score multiplies
 * <ul>
 * <li>match: 1.0 for the contact's own topic, 0.9 for a function, 0.8 for a lesson theme, +0.1 for each
 * further kind of match;</li>
 * <li>proximity: 0.5 + 0.5 / (1 + hops), or 0.5 when unreachable;</li>
 * <li>outcome, for the withdrawal theme, what the role went through while it ran, by D: 2 when the contact's own
 * force left the collaboration, 1.5 when the collaboration ended or lost another member, else 1 (and 1 for
 * every other topic);</li>
 * <li>recency: 0.5 + 0.5 · exp(−years since the role ended / 10), an ongoing role ending at D.</li>
 * </ul>
 * A person with several such roles for one collaboration is listed once, with the role scoring highest (the
 * first in register order on ties).
 *
 * <p>The list is ranked in two tiers ({@link ContactScore#tier}), then as before within each: first those who
 * have done what is asked (for the withdrawal theme, their own force left the collaboration while the role ran;
 * for a function, their collaboration works in it), then the rest; within a tier reachable first, then by score
 * (highest first), person and collaboration id; cut at {@code limit}. A person with roles in both tiers for
 * one collaboration is listed in the higher, with its highest-scoring role of that tier. Issue 14: "ranked
 * first by having done what is asked (a withdrawal, a collaboration in that function), then by proximity".
 *
 * <p>How: the candidates of each tier for the topic and date are gathered once per snapshot
 * ({@link ContactCandidates}); a request runs, for tier 1 and then, while the list is short, for tier 0, one
 * breadth-first search from F that stops as soon as no candidate of that tier still unresolved could enter the
 * places left and yields every listed contact's route as well ({@link ContactSearch}): the first tier's
 * candidates all rank before the second's, so comparing (tier, score) is comparing scores within one tier. Its
 * arrays are reused from request to request ({@link ContactScratch}). A tier of few candidate collaborations (at
 * most {@link CandidateHops#FEW}, of any topic: for the withdrawal theme, those whose own force left) is not
 * searched once their hops from every force are worked out (once per snapshot and date, off the request threads:
 * {@link CandidateHops}); the request reads them.
 */
public final class ContactFinder {

	public record Contact(String person, String title, String rank, String force, String collaboration,
			List<String> matchedOn, Integer hops, List<String> path, double score, Parts parts) {
	}

	/**
	 * The factors of the score, which is their product rounded to 1e-6 (see above), and the tier that ranks
	 * before it: 1 when the contact has done what is asked, else 0.
	 */
	public record Parts(double match, double proximity, double outcome, double recency, int tier) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	/**
	 * How a tier of few candidate collaborations is answered: by searching, by its hops ({@link CandidateHops}) once
	 * they are ready, or by its hops, waiting for them (the tests hold each way to the oracle).
	 */
	enum Hops { SEARCH, WHEN_READY, WAIT }

	private final Hops hopsUsed;

	public ContactFinder(AsOf asOf) {
		this(asOf, Hops.WHEN_READY);
	}

	ContactFinder(AsOf asOf, Hops hopsUsed) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
		this.hopsUsed = hopsUsed;
	}

	public List<Contact> find(int force, String topic, int limit) {
		List<Contact> ranked = new ArrayList<>();
		for (int tier = 1; tier >= 0 && ranked.size() < limit; tier--) {
			ContactCandidates candidates = ContactCandidates.of(asOf, topic, tier);
			CandidateHops hops = candidates.keyCount() == 0 || hopsUsed == Hops.SEARCH ? null
					: CandidateHops.of(asOf, candidates, hopsUsed == Hops.WAIT);
			if (hops != null) {
				findAmongFew(force, candidates, hops, limit - ranked.size(), ranked);
			}
			else if (candidates.keyCount() > 0) {
				find(force, candidates, limit - ranked.size(), ranked);
			}
		}
		return ranked;
	}

	/** As {@link #find(int, ContactCandidates, int, List)}, for a tier whose hops are worked out ({@link CandidateHops}). */
	private void findAmongFew(int force, ContactCandidates candidates, CandidateHops hops, int limit, List<Contact> ranked) {
		int[] keys = java.util.stream.IntStream.range(0, candidates.keyCount()).toArray();
		int[] hopsOf = new int[keys.length];
		double[] score = new double[keys.length];
		for (int k = 0; k < keys.length; k++) {
			hopsOf[k] = hops.hops(candidates.keyCollab[k], force);
			score[k] = candidates.score(k, hopsOf[k]);
		}
		// the ranking: the reachable first, then by score (highest first), then by person and collaboration id
		for (int k : FirstK.of(keys, keys.length, limit, (a, b) -> hopsOf[a] < 0 != hopsOf[b] < 0 ? (hopsOf[a] < 0 ? 1 : -1)
				: score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(candidates.nameRank[a], candidates.nameRank[b]))) {
			ranked.add(contact(candidates, k, hopsOf[k], hopsOf[k] < 0 ? null : hops.route(asOf, candidates.keyCollab[k], force)));
		}
	}

	/** Adds to {@code ranked} the best {@code limit} of one tier's candidates, in the ranking's order. */
	private void find(int force, ContactCandidates candidates, int limit, List<Contact> ranked) {
		ContactScratch scratch = ContactScratch.take(s);
		try {
			ContactSearch search = new ContactSearch(asOf, candidates, scratch, limit)
				.from(force);
			int listed = 0;
			for (int k : search.best()) {
				ranked.add(contact(candidates, k, search.hops(k), search.route(k)));
				listed++;
			}
			// fewer than limit reached: the search went through the whole graph, the rest are unreachable
			for (int i = 0; listed < limit && i < candidates.keyCount(); i++) {
				int k = candidates.byUnreachable[i];
				if (!search.resolved(k)) {
					ranked.add(contact(candidates, k, -1, null));
					listed++;
				}
			}
		}
		finally {
			scratch.release(s);
		}
	}

	private Contact contact(ContactCandidates candidates, int k, int hops, int[] route) {
		int r = candidates.role(k, hops);
		Role role = candidates.roles[r];
		String collaboration = s.collabId(role.collab());
		List<String> path = null;
		if (route != null) {
			path = new ArrayList<>(route.length + 1);
			for (int i = 0; i < route.length; i++) {
				path.add(i % 2 == 0 ? s.forceId(route[i]) : s.collabId(route[i]));
			}
			path.add(collaboration);
		}
		return new Contact(role.person(), role.title(), role.rank(), role.force(), collaboration,
				candidates.matched.get(r), hops < 0 ? null : hops, path, candidates.score(k, hops), new Parts(
						candidates.match[r], ContactScore.proximity(hops), candidates.outcome[r], candidates.recency[r],
						candidates.tier));
	}
}
