package org.concordat.signing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.snapshot.storage.Collab;
import org.concordat.analytics.snapshot.storage.LessonLearned;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.health.HealthCriteria;
import org.concordat.words.Words;

/**
 * The check a force makes before entering an agreement (the duty to consider existing collaboration, Police
 * Act 1996 ss22A–23I), on a draft as of D: the collaborations active at D, and the proposed ones, that share a
 * member with it ({@code overlaps}, a {@code duplicate} when they also share a function); collaborations
 * elsewhere (no member in common) covering a function of the draft and how they went by D (ended, withdrawals,
 * lessons); whom to ask; the health criteria the draft does not meet yet.
 */
final class BeforeSigning {

	/** The draft: who would be in it (one of them its host, where known), what it would do, where. */
	record Draft(String name, String kind, String region, String purpose, List<String> members, String host,
			List<String> functions, String at) {
	}

	record Overlap(String collaboration, String name, String status, List<String> sharedMembers,
			List<String> sharedFunctions, boolean duplicate) {
	}

	record Elsewhere(String collaboration, String name, String status, String ended, List<String> sharedFunctions,
			int withdrawals, List<String> lessons) {
	}

	record Answer(String summary, LocalDate at, List<Overlap> overlaps, List<Elsewhere> similarElsewhere,
			List<ContactFinder.Contact> contacts, List<HealthCriteria.Criterion> notYetMet,
			List<org.concordat.analytics.withdrawal.UncertainEvent> uncertain, SnapshotStamp snapshot) {
	}

	private static final int ELSEWHERE_LIMIT = 10;

	private BeforeSigning() {
	}

	static Answer check(AsOf asOf, Draft draft, int[] members, int[] functions) {
		RegisterSnapshot s = asOf.snapshot();
		List<Overlap> overlaps = new ArrayList<>();
		List<Elsewhere> elsewhere = new ArrayList<>();
		for (int c = 0; c < s.collabCount(); c++) {
			Collab collab = s.collab(c);
			boolean proposed = "proposed".equals(collab.status());
			if (collab.started() > asOf.day() && !proposed) {
				continue; // not known at D
			}
			List<String> sharedFunctions = new ArrayList<>();
			for (int fn : functions) {
				if (java.util.Arrays.binarySearch(collab.functions(), fn) >= 0) {
					sharedFunctions.add(s.functionId(fn));
				}
			}
			List<String> sharedMembers = new ArrayList<>();
			if (asOf.active(c) || proposed) {
				for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
					int f = s.memberForce(m);
					boolean current = proposed || s.activeAt(c, m, asOf.day());
					if (current && java.util.Arrays.stream(members).anyMatch(x -> x == f) && !sharedMembers.contains(s.forceId(f))) {
						sharedMembers.add(s.forceId(f));
					}
				}
			}
			if (!sharedMembers.isEmpty()) {
				overlaps.add(new Overlap(collab.id(), collab.name(), proposed ? "proposed" : "active", sharedMembers,
						sharedFunctions, !sharedFunctions.isEmpty()));
			}
			else if (!sharedFunctions.isEmpty() && !proposed) {
				elsewhere.add(new Elsewhere(collab.id(), collab.name(), collab.ended() <= asOf.day() ? "ended" : "active",
						collab.ended() <= asOf.day() ? collab.endedAsWritten() : null, sharedFunctions,
						withdrawals(asOf, c), lessons(asOf, c)));
			}
		}
		elsewhere.sort(Comparator.comparingInt((Elsewhere e) -> -e.sharedFunctions().size())
			.thenComparing(e -> !"ended".equals(e.status())).thenComparingInt(e -> -e.withdrawals())
			.thenComparing(Elsewhere::collaboration));
		List<Elsewhere> listed = elsewhere.stream().limit(ELSEWHERE_LIMIT).toList();
		String topic = functions.length > 0 ? s.functionId(functions[0]) : "purpose";
		List<ContactFinder.Contact> contacts = new ContactFinder(asOf).find(members[0], topic, 5);
		List<HealthCriteria.Criterion> notYet = HealthCriteria.all(asCollaboration(draft),
				new HealthCriteria.Context(asOf.date(), draft.members(), draft.host() != null, false, List.of()))
			.stream().filter(x -> !x.colour().equals(HealthCriteria.GREEN)).toList();
		// the overlapping and listed collaborations' events recorded to a period holding D, or undated
		int[] named = java.util.stream.Stream.concat(overlaps.stream().map(Overlap::collaboration),
				listed.stream().map(Elsewhere::collaboration)).mapToInt(s::collab).sorted().toArray();
		var uncertain = org.concordat.analytics.withdrawal.UncertainEvent.of(asOf, named,
				org.concordat.analytics.withdrawal.UncertainEvent.LIMIT);
		return new Answer(summary(asOf, draft, overlaps, elsewhere.size(), listed, notYet)
				+ org.concordat.words.Words.uncertain(uncertain.size()), asOf.date(), overlaps, listed, contacts, notYet,
				uncertain, asOf.stamp());
	}

	private static int withdrawals(AsOf asOf, int c) {
		RegisterSnapshot s = asOf.snapshot();
		int n = 0;
		for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
			if (s.joined(m) <= asOf.day() && s.left(m) <= asOf.day() && s.left(m) < s.collab(c).ended()) {
				n++;
			}
		}
		return n;
	}

	private static List<String> lessons(AsOf asOf, int c) {
		RegisterSnapshot s = asOf.snapshot();
		return s.lessonsOf(c).stream().filter(l -> s.lessonDay(l) <= asOf.day()).map(LessonLearned::id).toList();
	}

	private static Collaboration asCollaboration(Draft d) {
		List<Membership> members = d.members().stream()
			.map(f -> new Membership(f, null, null, f.equals(d.host()) ? "host" : "member", null, null, null)).toList();
		return new Collaboration("draft", d.name() == null ? "the draft" : d.name(), d.kind(), "regional", d.purpose(),
				"proposed", null, null, null, d.functions() == null ? List.of() : d.functions(), List.of(), List.of(),
				List.of(), members, List.of(), Map.of(), null, null, List.of(), List.of());
	}

	private static String summary(AsOf asOf, Draft d, List<Overlap> overlaps, int elsewhereTotal, List<Elsewhere> listed,
			List<HealthCriteria.Criterion> notYet) {
		RegisterSnapshot s = asOf.snapshot();
		List<String> names = d.members().stream().map(f -> s.forceProfile(s.force(f)).name()).toList();
		long proposed = overlaps.stream().filter(o -> o.status().equals("proposed")).count();
		long duplicates = overlaps.stream().filter(Overlap::duplicate).count();
		long ended = listed.stream().filter(e -> e.status().equals("ended")).count();
		long withdrawn = listed.stream().filter(e -> e.withdrawals() > 0).count();
		return "As of " + Words.date(asOf.date()) + ", " + (d.name() == null ? "the draft" : d.name()) + " (" + Words.and(names)
				+ ") would overlap " + Words.count(overlaps.size(), "existing collaboration", "existing collaborations")
				+ (proposed > 0 ? " (" + proposed + " of them proposed)" : "") + ", " + duplicates + " of them covering a "
				+ "function it would; " + elsewhereTotal + " collaborations elsewhere cover one of its functions (of the "
				+ listed.size() + " listed, " + ended + " ended and " + withdrawn + " lost a member); it does not yet meet "
				+ notYet.size() + " of " + HealthCriteria.all(asCollaboration(d),
						new HealthCriteria.Context(asOf.date(), d.members(), false, false, List.of())).size()
				+ " health criteria; read from the register, nothing assumed, no £ weighed (a draft records none).";
	}
}
