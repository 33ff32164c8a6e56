package org.concordat.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * What happens if force F leaves all its collaborations active at D, or just one.
 *
 * <p>A collaboration stays viable when at least 2 of its active members remain and F is not its host. For
 * each affected collaboration the answer gives the members before and after, whether and why it stays
 * viable, and the remaining members' cost shares ({@link CostShares}). Then: the functions each remaining
 * member of a non-viable collaboration loses (those none of its other active, still-viable collaborations
 * covers); the collaborations put at risk through DEPENDS_ON ({@link Cascade}); the change to the
 * co-membership graph ({@link NetworkEffect}); each other force's exposure ({@link DependencyRisk}); and
 * earlier withdrawals and endings like this one ({@link Precedents}). National collaborations count among the
 * affected ones even when they are left out of the network.
 */
public final class WithdrawalImpact {

	/**
	 * One affected collaboration. {@code membersBefore}, {@code membersAfter} and {@code costShare} list at most
	 * the first {@code memberLimit} in id order (a national collaboration has thousands of members);
	 * {@code memberCount} and {@code remainingCount} are always whole.
	 */
	public record Affected(String id, String name, int memberCount, int remainingCount, List<String> membersBefore,
			List<String> membersAfter, boolean viable, List<String> reasons, boolean sharesAssumed, Double annualCost,
			List<CostShares.Share> costShare) {
	}

	/** The part of the answer about the collaborations themselves: each one's fate, and the functions lost. */
	public record Collaborations(List<Affected> collaborations, List<FunctionsLost> functionsLost) {
	}

	public record FunctionsLost(String force, String collaboration, List<String> functions) {
	}

	public record Answer(String force, LocalDate at, boolean notMember, List<Affected> collaborations,
			List<FunctionsLost> functionsLost, List<Cascade.AtRisk> cascade, NetworkEffect.Network network,
			List<DependencyRisk.Risk> risk, List<Precedents.Precedent> precedents) {
	}

	/** How many exposed forces an answer lists unless asked otherwise. */
	public static final int DEFAULT_RISK_LIMIT = 25;

	/**
	 * How many members (and cost shares) an answer lists per collaboration unless asked otherwise: a national
	 * collaboration has thousands, and the counts are always whole. The explorer asks for more.
	 */
	public static final int DEFAULT_MEMBER_LIMIT = 20;

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public WithdrawalImpact(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	/** The whole answer, every member listed; see {@link #of(int, int, int, int)}. */
	public Answer of(int force, int collab, int riskLimit) {
		return of(force, collab, riskLimit, Integer.MAX_VALUE);
	}

	/**
	 * @param collab one collaboration to leave, or -1 for all of F's active ones
	 * @param riskLimit how many of the most exposed forces to list
	 * @param memberLimit how many members (and cost shares) to list per affected collaboration
	 */
	public Answer of(int force, int collab, int riskLimit, int memberLimit) {
		int[] affected = affectedBy(force, collab);
		DependencyRisk risk = DependencyRisk.forThread(s.forceCount());
		Collaborations fate = collaborations(force, affected, memberLimit, risk);
		int[] nonViable = nonViable(affected, fate.collaborations());
		List<Cascade.AtRisk> cascade = new Cascade(asOf).from(nonViable);
		for (Cascade.AtRisk r : cascade) {
			int c = s.collab(r.id());
			for (int g : asOf.members(c)) {
				if (g != force) {
					risk.atRisk(g, c);
				}
			}
		}
		return new Answer(s.forceId(force), asOf.date(), affected.length == 0, fate.collaborations(),
				fate.functionsLost(), cascade, new NetworkEffect(asOf).of(force, affected, nonViable),
				risk.ranked(s, riskLimit), affected.length == 0 ? List.of() : new Precedents(asOf).like(affected));
	}

	/**
	 * Only what happens to the collaborations F leaves (members, viability, cost shares, functions lost), at
	 * most {@code memberLimit} members listed per collaboration: the part of the question a plain Cypher query
	 * also answers (cypher/queries/withdrawal.cypher).
	 */
	public Collaborations collaborations(int force, int collab, int memberLimit) {
		return collaborations(force, affectedBy(force, collab), memberLimit, null);
	}

	private int[] affectedBy(int force, int collab) {
		int[] mine = asOf.collabsOf(force);
		return collab < 0 ? mine : Ids.contains(mine, collab) ? new int[] { collab } : new int[0];
	}

	/** @param risk where exposures are noted as they are found, or null when nobody asks */
	private Collaborations collaborations(int force, int[] affected, int memberLimit, DependencyRisk risk) {
		List<Affected> collaborations = new ArrayList<>();
		for (int c : affected) {
			collaborations.add(affected(c, force, memberLimit, risk));
		}
		return new Collaborations(collaborations, functionsLost(force, nonViable(affected, collaborations), risk));
	}

	/** The affected collaborations that would not stay viable, ascending ({@code fates} in the order of {@code affected}). */
	private static int[] nonViable(int[] affected, List<Affected> fates) {
		return IntStream.range(0, affected.length).filter(i -> !fates.get(i).viable()).map(i -> affected[i]).sorted()
			.toArray();
	}

	private Affected affected(int c, int force, int memberLimit, DependencyRisk risk) {
		int[] before = asOf.members(c);
		int remaining = before.length - (Ids.contains(before, force) ? 1 : 0);
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
		CostShares.Split split = new CostShares(asOf).afterLeaving(c, force);
		if (viable && risk != null) {
			for (int i = 0; i < before.length; i++) {
				if (before[i] != force) {
					risk.shareRises(before[i], c, Ids.round(split.before(i)), Ids.round(split.after(i)));
				}
			}
		}
		// only the members listed are put in order and have their ids decoded: a national collaboration has
		// thousands, an answer lists 50 (one more is picked in case the leaver is among them)
		int[] listed = IdOrder.of(s).firstForces(before, memberLimit >= before.length ? before.length : memberLimit + 1);
		List<String> membersBefore = new ArrayList<>();
		List<String> membersAfter = new ArrayList<>();
		List<CostShares.Share> shares = new ArrayList<>();
		for (int g : listed) {
			String id = s.forceId(g);
			if (membersBefore.size() < memberLimit) {
				membersBefore.add(id);
			}
			if (g != force && membersAfter.size() < memberLimit) {
				membersAfter.add(id);
				if (before.length >= 2) {
					shares.add(split.share(id, Arrays.binarySearch(before, g)));
				}
			}
		}
		return new Affected(s.collabId(c), s.collabName(c), before.length, remaining, membersBefore, membersAfter,
				viable, reasons, split.sharesAssumed(), split.annualCost(), shares);
	}

	/**
	 * For each remaining member of each non-viable collaboration, the functions it loses: those of the
	 * collaboration that none of its other active, still viable ones covers.
	 */
	private List<FunctionsLost> functionsLost(int force, int[] nonViable, DependencyRisk risk) {
		List<FunctionsLost> lost = new ArrayList<>();
		BitSet coveredElsewhere = new BitSet(s.functionCount());
		for (int c : nonViable) {
			for (int g : asOf.members(c)) {
				if (g == force) {
					continue;
				}
				coveredElsewhere.clear();
				for (int other : asOf.collabsOf(g)) {
					if (other != c && !Ids.contains(nonViable, other)) {
						for (int fn : s.collabFunctions(other)) {
							coveredElsewhere.set(fn);
						}
					}
				}
				int[] gone = Arrays.stream(s.collabFunctions(c)).filter(fn -> !coveredElsewhere.get(fn)).toArray();
				List<String> functions = Ids.functions(s, gone);
				if (!functions.isEmpty()) {
					lost.add(new FunctionsLost(s.forceId(g), s.collabId(c), functions));
				}
				if (risk != null) {
					risk.lostCollaboration(g, c, functions);
				}
			}
		}
		lost.sort(Comparator.comparing(FunctionsLost::force).thenComparing(FunctionsLost::collaboration));
		return lost;
	}
}
