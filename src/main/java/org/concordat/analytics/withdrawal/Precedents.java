package org.concordat.analytics.withdrawal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.RecentlyUsed;
import org.concordat.analytics.snapshot.storage.Day;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Withdrawals and endings dated before D in collaborations that resemble the affected ones (the same kind,
 * or a function in common), with the figures and lessons recorded for them by D, latest first (ties by
 * collaboration id). Undated figures are left out: nothing that may postdate D can inform an answer as of D.
 *
 * <p>Every ending and withdrawal of the snapshot is listed once, in that order ({@link Events}); a question
 * walks the list from D backwards and stops at the twentieth that resembles, so it reads a handful of events
 * rather than every membership of the register. Questions at one date walk mostly the same latest events, so
 * each event's record, which depends only on the event and the date, is kept with the snapshot once written
 * (for the last {@link #DATES_KEPT} dates asked).
 */
public final class Precedents {

	public record Figure(String kind, double amount, String date, String force, String source, String note,
			String confidence) {
	}

	/** {@code date} as the register records it: {@code 2018}, {@code 2018-05} or {@code 2018-05-01}. */
	public record Precedent(String collaboration, String name, String force, String event, String date,
			List<Figure> figures, List<String> lessons) {
	}

	/** How many precedents an answer lists, the latest first: it does not count the others. */
	public static final int LIMIT = 20;

	static final int DATES_KEPT = 4;

	/** Records kept a date: a few hundred kilobytes at most. */
	private static final int RECORDS_KEPT = 1_000;

	private final AsOf asOf;

	public Precedents(AsOf asOf) {
		this.asOf = asOf;
	}

	public List<Precedent> like(int[] affected) {
		RegisterSnapshot s = asOf.snapshot();
		Events events = s.derived(Events.class, Events::of);
		java.util.Map<Integer, Precedent> written = s.derived(Precedent.class,
				x -> new RecentlyUsed<Integer, java.util.Map<Integer, Precedent>>(DATES_KEPT))
			.get(asOf.day(), java.util.concurrent.ConcurrentHashMap::new);
		List<Precedent> found = new ArrayList<>();
		IntPredicate alike = alike(affected);
		for (int e = events.firstBefore(asOf.day()); e < events.day.length && found.size() < LIMIT; e++) {
			int c = events.collab[e];
			int m = events.membership[e];
			if (known(c, m) && alike.test(c)) {
				Precedent p = written.get(e);
				if (p == null) {
					p = m < 0 ? precedent(c, null, "ending", s.collab(c).endedAsWritten())
							: precedent(c, s.forceId(s.memberForce(m)), "withdrawal", Day.written(s.left(m), s.leftPrecision(m)));
					if (written.size() < RECORDS_KEPT) { // the latest events are the ones asked for again
						written.put(e, p);
					}
				}
				found.add(p);
			}
		}
		return found;
	}

	/**
	 * Every ending (membership -1) and every withdrawal before its collaboration's end, sorted as answers list
	 * them: latest first, then by collaboration id, an ending before the withdrawals of the same day, those in
	 * membership order.
	 */
	record Events(int[] day, int[] collab, int[] membership) {

		static Events of(RegisterSnapshot s) {
			List<int[]> all = new ArrayList<>();
			for (int c = 0; c < s.collabCount(); c++) {
				int ended = s.collab(c).ended();
				if (ended != Day.OPEN) {
					all.add(new int[] { ended, c, -1 });
				}
				for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
					if (s.left(m) != Day.OPEN && s.left(m) < ended) {
						all.add(new int[] { s.left(m), c, m });
					}
				}
			}
			all.sort(Comparator.<int[]>comparingInt(e -> -e[0]).thenComparingInt(e -> e[1])
				.thenComparingInt(e -> e[2]));
			return new Events(all.stream().mapToInt(e -> e[0]).toArray(), all.stream().mapToInt(e -> e[1]).toArray(),
					all.stream().mapToInt(e -> e[2]).toArray());
		}

		/** The first event strictly before {@code d} (days descend along the list). */
		int firstBefore(int d) {
			int lo = 0;
			int hi = day.length;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (day[mid] >= d) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return lo;
		}
	}

	/**
	 * Whether collaboration {@code c} (and membership {@code m}, unless -1) is known at D: a collaboration that had
	 * not started by D is not, nor a membership that had not begun.
	 */
	private boolean known(int c, int m) {
		return asOf.snapshot().collab(c).started() <= asOf.day() && (m < 0 || asOf.snapshot().joined(m) <= asOf.day());
	}

	/**
	 * Whether a collaboration resembles one of {@code affected}: the same kind, or a function in common (their
	 * kinds and functions gathered once, as every event walked is asked).
	 */
	private IntPredicate alike(int[] affected) {
		RegisterSnapshot s = asOf.snapshot();
		Set<String> kinds = Arrays.stream(affected).mapToObj(a -> s.collab(a).kind()).collect(Collectors.toSet());
		int[] functions = Arrays.stream(affected).flatMap(a -> Arrays.stream(s.collabFunctions(a))).sorted().distinct().toArray();
		return c -> kinds.contains(s.collab(c).kind()) || IndexLists.intersectionSize(s.collabFunctions(c), functions) > 0;
	}

	/**
	 * The withdrawals and endings like these, outside them, that are recorded only to a year or a month whose
	 * period holds D: they may already have happened, so they are not counted as precedents but listed as
	 * uncertain (those of {@code affected} are among its own uncertain events). Adds them to {@code listed}, in
	 * their order, while it holds fewer than {@code limit}, and counts them all.
	 *
	 * @return how many there are
	 */
	int uncertainLike(int[] affected, int limit, List<UncertainEvent.Found> listed) {
		RegisterSnapshot s = asOf.snapshot();
		UncertainAtD window = uncertainAtD();
		BitSet alike = new BitSet();
		for (int a : affected) {
			alike.or(window.byKind().getOrDefault(s.collab(a).kind(), new BitSet()));
			Arrays.stream(s.collabFunctions(a)).forEach(fn -> alike.or(window.byFunction()[fn]));
		}
		Arrays.stream(affected).forEach(a -> alike.andNot(window.byCollab().getOrDefault(a, new BitSet()))); // its own
		for (int i = alike.nextSetBit(0); i >= 0 && listed.size() < limit; i = alike.nextSetBit(i + 1)) {
			listed.add(window.events().get(i));
		}
		return alike.cardinality();
	}

	/**
	 * Every withdrawal and ending known at D and recorded only to a period holding D, each once, and which of them
	 * are of each kind, cover each function and are of each collaboration (bit sets of their positions, so that a
	 * question ORs and takes out those of its collaborations instead of asking each event: a thousand at national
	 * scale). Kept for the last dates asked:
	 * the same for every question at D. A period is at most a year, so only the events of the year after D are read.
	 */
	private record UncertainAtD(List<UncertainEvent.Found> events, Map<String, BitSet> byKind, BitSet[] byFunction,
			Map<Integer, BitSet> byCollab) {
	}

	private UncertainAtD uncertainAtD() {
		RegisterSnapshot s = asOf.snapshot();
		int d = asOf.day();
		return s.derived(UncertainAtD.class, x -> new RecentlyUsed<Integer, UncertainAtD>(DATES_KEPT)).get(d, () -> {
			Events events = s.derived(Events.class, Events::of);
			java.util.LinkedHashSet<UncertainEvent.Found> found = new java.util.LinkedHashSet<>();
			for (int e = events.firstBefore(d + 1) - 1; e >= 0 && events.day[e] <= d + 367; e--) {
				int c = events.collab[e];
				int m = events.membership[e];
				byte precision = m < 0 ? s.collab(c).endedPrecision() : s.leftPrecision(m);
				if (Day.uncertainAt(events.day[e], precision, d) && known(c, m)) {
					found.add(new UncertainEvent.Found(c, m < 0 ? -1 : s.memberForce(m), m < 0 ? "ended" : "left", Day.written(events.day[e], precision)));
				}
			}
			UncertainAtD window = new UncertainAtD(List.copyOf(found), new HashMap<>(),
					Stream.generate(BitSet::new).limit(s.functionCount()).toArray(BitSet[]::new), new HashMap<>());
			for (int i = 0; i < window.events().size(); i++) {
				int c = window.events().get(i).c();
				window.byKind().computeIfAbsent(s.collab(c).kind(), k -> new BitSet()).set(i);
				window.byCollab().computeIfAbsent(c, k -> new BitSet()).set(i);
				for (int fn : s.collabFunctions(c)) {
					window.byFunction()[fn].set(i);
				}
			}
			return window;
		});
	}

	private Precedent precedent(int c, String force, String event, String date) {
		RegisterSnapshot s = asOf.snapshot();
		List<Figure> figures = s.figuresOf(c).stream()
			.filter(f -> force == null || f.force() == null || force.equals(f.force())) // the figure concerns the event
			.filter(f -> f.day() != Day.NEVER_BEFORE && f.day() <= asOf.day())
			.map(f -> new Figure(f.kind(), f.amount(), f.date(), f.force(), f.source(), f.note(), f.confidence()))
			.toList();
		List<String> lessons = s.lessonsOf(c).stream()
			.filter(l -> s.lessonDay(l) <= asOf.day())
			.map(l -> l.id())
			.sorted()
			.toList();
		return new Precedent(s.collabId(c), s.collab(c).name(), force, event, date, figures, lessons);
	}
}
