package org.concordat.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.concordat.analytics.snapshot.Facts.Collab;
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

		Affected limitedTo(int limit) {
			return limit >= memberCount ? this : new Affected(id, name, memberCount, remainingCount, first(membersBefore, limit),
					first(membersAfter, limit), viable, reasons, sharesAssumed, annualCost, first(costShare, limit));
		}

		private static <T> List<T> first(List<T> list, int limit) {
			return list.size() <= limit ? list : List.copyOf(list.subList(0, limit));
		}
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
		DependencyRisk risk = new DependencyRisk();
		Collaborations fate = collaborations(force, affected, risk);
		Set<Integer> nonViable = nonViable(affected, fate.collaborations());
		List<Cascade.AtRisk> cascade = new Cascade(asOf).from(nonViable);
		for (Cascade.AtRisk r : cascade) {
			for (int g : asOf.members(s.collab(r.id()))) {
				if (g != force) {
					risk.atRisk(s.forceId(g), r.id());
				}
			}
		}
		return new Answer(s.forceId(force), asOf.date(), affected.length == 0,
				fate.collaborations().stream().map(a -> a.limitedTo(memberLimit)).toList(), fate.functionsLost(), cascade,
				new NetworkEffect(asOf).of(force, affected,
						nonViable.stream().mapToInt(Integer::intValue).sorted().toArray()), risk.ranked(riskLimit),
				affected.length == 0 ? List.of() : new Precedents(asOf).like(affected));
	}

	/**
	 * Only what happens to the collaborations F leaves (members, viability, cost shares, functions lost), every
	 * member listed: the part of the question a plain Cypher query also answers (cypher/queries/withdrawal.cypher).
	 */
	public Collaborations collaborations(int force, int collab) {
		return collaborations(force, affectedBy(force, collab), null);
	}

	private int[] affectedBy(int force, int collab) {
		int[] mine = asOf.collabsOf(force);
		return collab < 0 ? mine : Ids.contains(mine, collab) ? new int[] { collab } : new int[0];
	}

	/** @param risk where exposures are noted as they are found, or null when nobody asks */
	private Collaborations collaborations(int force, int[] affected, DependencyRisk risk) {
		List<Affected> collaborations = new ArrayList<>();
		for (int c : affected) {
			collaborations.add(affected(c, force, risk));
		}
		return new Collaborations(collaborations, functionsLost(force, nonViable(affected, collaborations), risk));
	}

	/** The affected collaborations that would not stay viable ({@code fates} in the order of {@code affected}). */
	private static Set<Integer> nonViable(int[] affected, List<Affected> fates) {
		Set<Integer> nonViable = new HashSet<>();
		for (int i = 0; i < affected.length; i++) {
			if (!fates.get(i).viable()) {
				nonViable.add(affected[i]);
			}
		}
		return nonViable;
	}

	private Affected affected(int c, int force, DependencyRisk risk) {
		Collab collab = s.collab(c);
		int[] before = asOf.members(c);
		int[] after = Arrays.stream(before).filter(g -> g != force).toArray();
		List<String> reasons = new ArrayList<>();
		int membership = asOf.membership(force, c);
		if (membership >= 0 && s.role(membership) == RegisterSnapshot.HOST) {
			reasons.add(s.forceId(force) + " hosts it (employs the staff, owns the premises)");
		}
		if (after.length < 2) {
			reasons.add(after.length == 1 ? "only " + s.forceId(after[0]) + " would remain" : "no member would remain");
		}
		boolean viable = reasons.isEmpty();
		if (viable) {
			reasons.add(after.length + " members remain and the host stays");
		}
		// each member's id decoded once, and the members put in id order once (a national collaboration has
		// thousands): the lists and the shares share both
		int[] byId = IdOrder.of(s).positionsById(before);
		List<String> beforeIds = new ArrayList<>(byId.length);
		for (int i : byId) {
			beforeIds.add(s.forceId(before[i]));
		}
		String leaving = s.forceId(force);
		List<String> afterIds = beforeIds.stream().filter(id -> !id.equals(leaving)).toList();
		CostShares.Answer shares = new CostShares(asOf).afterLeaving(c, force, beforeIds, byId);
		if (viable && risk != null) {
			shares.shares().forEach(sh -> risk.shareRises(sh.force(), collab.id(), sh.before(), sh.after()));
		}
		return new Affected(collab.id(), collab.name(), before.length, after.length, beforeIds, afterIds, viable,
				reasons, shares.sharesAssumed(), collab.annualCost(), shares.shares());
	}

	private List<FunctionsLost> functionsLost(int force, Set<Integer> nonViable, DependencyRisk risk) {
		List<FunctionsLost> lost = new ArrayList<>();
		for (int c : nonViable.stream().sorted().toList()) {
			for (int g : asOf.members(c)) {
				if (g == force) {
					continue;
				}
				Set<Integer> coveredElsewhere = new HashSet<>();
				for (int other : asOf.collabsOf(g)) {
					if (other != c && !nonViable.contains(other)) {
						Arrays.stream(s.collabFunctions(other)).forEach(coveredElsewhere::add);
					}
				}
				int[] gone = Arrays.stream(s.collabFunctions(c)).filter(fn -> !coveredElsewhere.contains(fn)).toArray();
				List<String> functions = Ids.functions(s, gone);
				if (!functions.isEmpty()) {
					lost.add(new FunctionsLost(s.forceId(g), s.collabId(c), functions));
				}
				if (risk != null) {
					risk.lostCollaboration(s.forceId(g), s.collabId(c), functions);
				}
			}
		}
		lost.sort(java.util.Comparator.comparing(FunctionsLost::force).thenComparing(FunctionsLost::collaboration));
		return lost;
	}
}
