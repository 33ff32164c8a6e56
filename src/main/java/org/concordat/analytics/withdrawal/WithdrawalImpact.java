package org.concordat.analytics.withdrawal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * What happens if force F leaves all its collaborations active at D, or just one, worked out as a pipeline of
 * plain stages, each a function of the ones before:
 * <ol>
 * <li>the affected collaborations: each one's members before and after, and whether it stays viable (at least
 * 2 active members remain and F is not its host), as {@link Fate}s;</li>
 * <li>the remaining members' cost shares in each ({@link CostShares});</li>
 * <li>the functions each remaining member of a non-viable collaboration loses: those none of its other active,
 * still-viable collaborations covers ({@link Loss});</li>
 * <li>the collaborations put at risk through DEPENDS_ON ({@link Cascade});</li>
 * <li>the change to the co-membership network ({@link NetworkEffect});</li>
 * <li>each other force's exposure ({@link DependencyRisk}), from the shares, losses and cascade;</li>
 * <li>earlier withdrawals and endings like this one ({@link Precedents});</li>
 * <li>the events recorded only to a year or a month that may or may not have happened by D, counted as not yet
 * happened by every stage above ({@link UncertainEvent}).</li>
 * </ol>
 * National collaborations count among the affected ones even when they are left out of the network.
 */
public final class WithdrawalImpact {

	/**
	 * One affected collaboration. {@code membersBefore}, {@code membersAfter} and {@code costShare} list at most
	 * the first {@code memberLimit} in id order (a national collaboration has thousands of members);
	 * {@code memberCount} and {@code remainingCount} are always whole. Where shares are assumed equal,
	 * {@code equalShare} (no force named) is what every remaining member pays, the same for all, and
	 * {@code costShare} is empty; else {@code equalShare} is null.
	 */
	public record Affected(String id, String name, int memberCount, int remainingCount, List<String> membersBefore,
			List<String> membersAfter, boolean viable, List<String> reasons, boolean sharesAssumed, Double annualCost,
			CostShares.Share equalShare, List<CostShares.Share> costShare) {

		/** Each listed stayer's share: the recorded ones, or the one equal share named for each of them. */
		public List<CostShares.Share> listedShares() {
			return equalShare == null ? costShare : membersAfter.stream().map(f -> new CostShares.Share(f, equalShare.before(),
					equalShare.after(), equalShare.extraAnnualCost())).toList();
		}
	}

	/** The part of the answer about the collaborations themselves: each one's fate, and the functions lost. */
	public record Collaborations(List<Affected> collaborations, List<FunctionsLost> functionsLost) {
	}

	public record FunctionsLost(String force, String collaboration, List<String> functions) {
	}

	public record Answer(String force, LocalDate at, boolean notMember, List<Affected> collaborations,
			List<FunctionsLost> functionsLost, List<Cascade.AtRisk> cascade, NetworkEffect.Network network,
			List<DependencyRisk.Risk> risk, List<Precedents.Precedent> precedents, List<UncertainEvent> uncertain,
			int uncertainCount, SnapshotStamp snapshot) {
	}

	/** Stage 1: an affected collaboration, its active members before (ascending), and whether it stays viable. */
	record Fate(int collab, int[] members, int remaining, boolean viable, List<String> reasons) {
	}

	/** Stage 3: what remaining member {@code force} of non-viable {@code collab} loses (perhaps nothing). */
	record Loss(int force, int collab, int[] functions) {
	}

	/** How many exposed forces an answer lists unless asked otherwise. */
	public static final int DEFAULT_RISK_LIMIT = 25;

	/**
	 * How many members (and cost shares) an answer lists per collaboration unless asked otherwise: a national
	 * collaboration has thousands, and the counts are always whole. The explorer asks for more.
	 */
	public static final int DEFAULT_MEMBER_LIMIT = 20;

	/** How many uncertain events an answer lists unless asked otherwise ({@code uncertainCount} is whole). */
	public static final int DEFAULT_UNCERTAIN_LIMIT = 10;

	/** How many of the partner pairs lost an answer lists unless asked otherwise ({@code lostPartnerPairCount} is whole). */
	public static final int DEFAULT_PAIR_LIMIT = 20;

	private final AsOf asOf;

	private final RegisterSnapshot s;

	private final Connectivity whole;

	/** @param whole the whole network at D (its components and cut vertices) */
	public WithdrawalImpact(AsOf asOf, Connectivity whole) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
		this.whole = whole;
	}

	/** The whole answer, every member and pair lost and up to {@link UncertainEvent#LIMIT} uncertain events listed. */
	public Answer of(int force, int collab, int riskLimit) {
		return of(force, collab, riskLimit, Integer.MAX_VALUE, UncertainEvent.LIMIT, Integer.MAX_VALUE);
	}

	/**
	 * @param collab one collaboration to leave, or -1 for all of F's active ones
	 * @param riskLimit how many of the most exposed forces to list
	 * @param memberLimit how many members (and cost shares) to list per affected collaboration
	 * @param uncertainLimit how many uncertain events to list, the first in the answer's order
	 * @param pairLimit how many of the partner pairs lost to list, the first in id order
	 */
	public Answer of(int force, int collab, int riskLimit, int memberLimit, int uncertainLimit, int pairLimit) {
		int[] affected = affectedBy(force, collab);
		List<Fate> fates = fates(force, affected);
		CostShares.Split[] shares = shares(force, fates);
		int[] nonViable = nonViable(fates);
		List<Loss> losses = losses(force, nonViable);
		List<Cascade.AtRisk> cascade = new Cascade(asOf).from(nonViable);
		NetworkEffect.Network network = new NetworkEffect(asOf).of(force, affected, nonViable, whole, pairLimit);
		List<DependencyRisk.Risk> risk = DependencyRisk.of(asOf, force, fates, shares, losses, cascade, riskLimit);
		List<Precedents.Precedent> precedents = affected.length == 0 ? List.of() : new Precedents(asOf).like(affected);
		List<UncertainEvent.Found> uncertain = new ArrayList<>(new LinkedHashSet<>(UncertainEvent.found(asOf, affected,
				Integer.MAX_VALUE))); // then those of the precedents' candidates: all counted, only those listed in words
		int uncertainCount = uncertain.size() + (affected.length == 0 ? 0 : new Precedents(asOf).uncertainLike(affected, uncertainLimit, uncertain));
		return new Answer(s.forceId(force), asOf.date(), affected.length == 0, listed(force, fates, shares, memberLimit),
				functionsLost(losses), cascade, network, risk, precedents,
				uncertain.stream().limit(uncertainLimit).map(u -> u.words(s)).toList(), uncertainCount, asOf.stamp());
	}

	/**
	 * Only what happens to the collaborations F leaves (members, viability, cost shares, functions lost), at
	 * most {@code memberLimit} members listed per collaboration: the part of the question a plain Cypher query
	 * also answers (cypher/queries/withdrawal.cypher).
	 */
	public static Collaborations collaborations(AsOf asOf, int force, int collab, int memberLimit) {
		WithdrawalImpact impact = new WithdrawalImpact(asOf, null); // the network is not asked about
		List<Fate> fates = impact.fates(force, impact.affectedBy(force, collab));
		return new Collaborations(impact.listed(force, fates, impact.shares(force, fates), memberLimit),
				impact.functionsLost(impact.losses(force, nonViable(fates))));
	}

	private int[] affectedBy(int force, int collab) {
		int[] mine = asOf.collabsOf(force);
		return collab < 0 ? mine : IndexLists.contains(mine, collab) ? new int[] { collab } : new int[0];
	}

	private List<Fate> fates(int force, int[] affected) {
		List<Fate> fates = new ArrayList<>(affected.length);
		for (int c : affected) {
			int[] before = asOf.members(c);
			int remaining = before.length - (IndexLists.contains(before, force) ? 1 : 0);
			List<String> reasons = new ArrayList<>();
			int membership = asOf.membership(force, c);
			if (membership >= 0 && s.role(membership) == RegisterSnapshot.HOST) {
				reasons.add(s.forceId(force) + " hosts it (employs the staff, owns the premises)");
			}
			if (remaining < 2) {
				reasons.add(remaining == 1 ? "only " + s.forceId(before[before[0] == force ? 1 : 0]) + " would remain"
						: "no member would remain");
			}
			boolean viable = reasons.isEmpty();
			if (viable) {
				reasons.add(remaining + " members remain and the host stays");
			}
			fates.add(new Fate(c, before, remaining, viable, reasons));
		}
		return fates;
	}

	private CostShares.Split[] shares(int force, List<Fate> fates) {
		return fates.stream().map(f -> CostShares.afterLeaving(asOf, f.collab(), force)).toArray(CostShares.Split[]::new);
	}

	/** The collaborations that would not stay viable, ascending. */
	private static int[] nonViable(List<Fate> fates) {
		return fates.stream().filter(f -> !f.viable()).mapToInt(Fate::collab).sorted().toArray();
	}

	/** For each remaining member of each non-viable collaboration, the functions none of its other ones covers. */
	private List<Loss> losses(int force, int[] nonViable) {
		List<Loss> losses = new ArrayList<>();
		BitSet coveredElsewhere = new BitSet(s.functionCount());
		for (int c : nonViable) {
			for (int g : asOf.members(c)) {
				if (g == force) {
					continue;
				}
				coveredElsewhere.clear();
				for (int other : asOf.collabsOf(g)) {
					if (other != c && !IndexLists.contains(nonViable, other)) {
						for (int fn : s.collabFunctions(other)) {
							coveredElsewhere.set(fn);
						}
					}
				}
				losses.add(new Loss(g, c, Arrays.stream(s.collabFunctions(c)).filter(fn -> !coveredElsewhere.get(fn)).toArray()));
			}
		}
		return losses;
	}

	private List<FunctionsLost> functionsLost(List<Loss> losses) {
		return losses.stream().filter(l -> l.functions().length > 0)
			.map(l -> new FunctionsLost(s.forceId(l.force()), s.collabId(l.collab()), IndexLists.functions(s, l.functions())))
			.sorted(Comparator.comparing(FunctionsLost::force).thenComparing(FunctionsLost::collaboration))
			.toList();
	}

	/**
	 * The fates as answers list them. Only the members listed are written out: a national collaboration has
	 * thousands, an answer lists 20 (one more is looked at in case the leaver is among them).
	 */
	private List<Affected> listed(int force, List<Fate> fates, CostShares.Split[] shares, int memberLimit) {
		List<Affected> listed = new ArrayList<>(fates.size());
		for (int i = 0; i < fates.size(); i++) {
			Fate fate = fates.get(i);
			int[] before = fate.members();
			List<String> membersBefore = new ArrayList<>();
			List<String> membersAfter = new ArrayList<>();
			List<CostShares.Share> costs = new ArrayList<>();
			for (int k = 0; k < before.length && membersAfter.size() < memberLimit; k++) {
				String id = s.forceId(before[k]);
				if (membersBefore.size() < memberLimit) {
					membersBefore.add(id);
				}
				if (before[k] != force) {
					membersAfter.add(id);
					if (!shares[i].sharesAssumed()) { // recorded shares per listed stayer; equal ones once, below
						costs.add(shares[i].share(id, k));
					}
				}
			}
			listed.add(new Affected(s.collabId(fate.collab()), s.collab(fate.collab()).name(), before.length, fate.remaining(),
					membersBefore, membersAfter, fate.viable(), fate.reasons(), shares[i].sharesAssumed(), shares[i].annualCost(),
					shares[i].sharesAssumed() && fate.remaining() > 0 ? shares[i].share(null, 0) : null, costs));
		}
		return listed;
	}
}
