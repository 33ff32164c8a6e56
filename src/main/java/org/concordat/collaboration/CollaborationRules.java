package org.concordat.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.entity.PartialDate;

/** The rules a collaboration, its memberships and its figures must keep before anything is written. */
public final class CollaborationRules {

	public static final Set<String> SCOPES = Set.of("bilateral", "regional", "multi-regional", "national");

	public static final Set<String> STATUSES = Set.of("proposed", "active", "ended");

	public static final Set<String> LEGAL_BASES = Set.of("s22A", "s23", "other");

	public static final Set<String> ROLES = Set.of("host", "lead", "member");

	public static final Set<String> FIGURE_KINDS = Set.of("annual-cost", "set-up-cost", "capital-cost",
			"saving-planned", "saving-achieved", "withdrawal-cost", "budget");

	/** Shares are fractions written to a few decimals; sums within this of 1 count as 1. */
	private static final double SHARE_TOLERANCE = 1e-6;

	private CollaborationRules() {
	}

	public static void check(Collaboration c, String at, KnownIds known, Checks checks) {
		checks.slug(at + "id", c.id());
		checks.text(at + "name", c.name());
		checks.text(at + "kind", c.kind());
		checks.oneOf(at + "scope", c.scope(), SCOPES, true);
		checks.oneOf(at + "status", c.status(), STATUSES, true);
		checks.oneOf(at + "confidence", c.confidence(), Checks.CONFIDENCE, false);
		LocalDate started = checks.date(at + "started", c.started());
		LocalDate ended = checks.date(at + "ended", c.ended());
		if ("ended".equals(c.status()) && c.ended() == null) {
			checks.add(at + "ended", "an ended collaboration must have an end date (a year will do)");
		}
		checks.notBefore(at + "ended", ended, started, "started");
		references(c, at, known, checks);
		members(c, at, known, checks);
		figures(c, at, known, checks);
		AgreementRules.check(c, at, known, checks);
	}

	private static void references(Collaboration c, String at, KnownIds known, Checks checks) {
		distinct(at + "functions", c.functions(), checks);
		for (int i = 0; i < c.functions().size(); i++) {
			String f = c.functions().get(i);
			if (f == null || !known.functions().contains(f)) {
				checks.add(at + "functions[" + i + "]", "unknown function '" + f + "'");
			}
		}
		for (int i = 0; i < c.dependsOn().size(); i++) {
			String d = c.dependsOn().get(i);
			if (d == null || d.equals(c.id()) || !known.collaborations().contains(d)) {
				checks.add(at + "dependsOn[" + i + "]", "'" + d + "' is not another collaboration in the register");
			}
		}
		c.dependencyConfidence().forEach((dependency, confidence) -> {
			if (!c.dependsOn().contains(dependency)) {
				checks.add(at + "dependencyConfidence." + dependency, "is not listed in dependsOn");
			}
			checks.oneOf(at + "dependencyConfidence." + dependency, confidence, Checks.CONFIDENCE, true);
		});
		for (int i = 0; i < c.partners().size(); i++) {
			checks.text(at + "partners[" + i + "]", c.partners().get(i));
		}
		for (int i = 0; i < c.sources().size(); i++) {
			checks.text(at + "sources[" + i + "]", c.sources().get(i));
		}
	}

	private static void members(Collaboration c, String at, KnownIds known, Checks checks) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < c.members().size(); i++) {
			Membership m = c.members().get(i);
			String field = at + "members[" + i + "]";
			if (m == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (checks.text(field + ".force", m.force()) && !known.forces().contains(m.force())) {
				checks.add(field + ".force", "unknown force '" + m.force() + "'");
			}
			LocalDate joined = checks.date(field + ".joined", m.joined());
			LocalDate left = checks.date(field + ".left", m.left());
			checks.notBefore(field + ".left", left, joined, "joined");
			// nobody joins or leaves a collaboration before it exists
			checks.notBeforeStart(field + ".joined", m.joined(), c.started(), "the collaboration's start");
			checks.notBeforeStart(field + ".left", m.left(), c.started(), "the collaboration's start");
			checks.oneOf(field + ".role", m.role(), ROLES, false);
			checks.oneOf(field + ".confidence", m.confidence(), Checks.CONFIDENCE, false);
			checks.between(field + ".costShare", m.costShare(), 0, 1);
			if (Boolean.TRUE.equals(m.leftDateUnknown()) && m.left() != null) {
				checks.add(field + ".leftDateUnknown", "says the date it left is not known, but left gives it: send one");
			}
			if (!keys.add(m.force() + "@" + m.joined())) {
				checks.conflict(field, "duplicate membership of '" + m.force() + "' joined " + m.joined());
			}
		}
		overlaps(c, at, checks);
		rejoins(c, at, checks);
	}

	/**
	 * A force may leave and rejoin, but holds one membership at a time: each of its memberships but the last
	 * has left by the time the next joined.
	 */
	private static void rejoins(Collaboration c, String at, Checks checks) {
		LocalDate start = PartialDate.firstDay(c.started());
		java.util.Map<String, List<Integer>> byForce = new java.util.HashMap<>();
		for (int i = 0; i < c.members().size(); i++) {
			Membership m = c.members().get(i);
			if (m != null && m.force() != null) {
				byForce.computeIfAbsent(m.force(), f -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> indexes : byForce.values()) {
			if (indexes.size() < 2) {
				continue;
			}
			indexes.sort(java.util.Comparator.comparing(i -> from(c.members().get(i), start)));
			for (int k = 1; k < indexes.size(); k++) {
				Membership earlier = c.members().get(indexes.get(k - 1));
				Membership later = c.members().get(indexes.get(k));
				LocalDate left = PartialDate.firstDay(earlier.left());
				if (left == null || left.isAfter(from(later, start))) {
					checks.add(at + "members[" + indexes.get(k) + "]", "'" + later.force() + "' is already a member from "
							+ (earlier.joined() == null ? "the start" : earlier.joined())
							+ (earlier.left() == null ? " and has not left" : " until " + earlier.left())
							+ ": a force rejoins only after it has left");
				}
			}
		}
	}

	private static LocalDate from(Membership m, LocalDate start) {
		LocalDate joined = PartialDate.firstDay(m.joined());
		return joined != null ? joined : start != null ? start : LocalDate.MIN;
	}

	/** At every moment a member joins: shares of the members then active sum to at most 1, with one host at most. */
	private static void overlaps(Collaboration c, String at, Checks checks) {
		Set<LocalDate> moments = new TreeSet<>();
		LocalDate start = PartialDate.firstDay(c.started());
		for (Membership m : c.members()) {
			if (m == null) {
				continue;
			}
			LocalDate joined = PartialDate.firstDay(m.joined());
			moments.add(joined != null ? joined : start != null ? start : LocalDate.MIN);
		}
		for (LocalDate moment : moments) {
			List<Membership> active = new ArrayList<>();
			for (Membership m : c.members()) {
				if (m != null && activeAt(m, start, moment)) {
					active.add(m);
				}
			}
			double shares = active.stream().mapToDouble(m -> m.costShare() == null ? 0 : m.costShare()).sum();
			String when = moment.equals(LocalDate.MIN) ? "at the start" : "on " + moment;
			if (shares > 1 + SHARE_TOLERANCE) {
				checks.add(at + "members", "cost shares sum to " + Math.round(shares * 1000) / 1000.0 + " " + when
						+ ", above 1");
			}
			if (active.stream().filter(m -> Membership.HOST.equals(m.role())).count() > 1) {
				checks.add(at + "members", "more than one host " + when);
			}
		}
	}

	private static boolean activeAt(Membership m, LocalDate start, LocalDate moment) {
		LocalDate joined = PartialDate.firstDay(m.joined());
		LocalDate from = joined != null ? joined : start != null ? start : LocalDate.MIN;
		LocalDate left = PartialDate.firstDay(m.left());
		return !from.isAfter(moment) && (left == null || left.isAfter(moment));
	}

	private static void figures(Collaboration c, String at, KnownIds known, Checks checks) {
		for (int i = 0; i < c.figures().size(); i++) {
			Figure f = c.figures().get(i);
			String field = at + "figures[" + i + "]";
			if (f == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (f.id() != null) {
				checks.text(field + ".id", f.id()); // optional, but a name when given (it is indexed)
			}
			String owner = f.id() == null ? null : known.figureOwners().get(f.id());
			if (owner != null && !owner.equals(c.id())) {
				checks.conflict(field + ".id", "figure '" + f.id() + "' is a figure of collaboration '" + owner
						+ "': a figure id names one figure");
			}
			checks.oneOf(field + ".kind", f.kind(), FIGURE_KINDS, true);
			if (f.amount() == null) {
				checks.add(field + ".amount", "must be given, in GBP");
			}
			checks.between(field + ".amount", f.amount(), 0, Double.MAX_VALUE);
			checks.date(field + ".date", f.date());
			checks.oneOf(field + ".confidence", f.confidence(), Checks.CONFIDENCE, false);
			if (f.force() != null && !known.forces().contains(f.force())) {
				checks.add(field + ".force", "unknown force '" + f.force() + "'");
			}
		}
	}

	private static void distinct(String field, List<String> values, Checks checks) {
		if (new HashSet<>(values).size() != values.size()) {
			checks.add(field, "lists a value twice");
		}
	}
}
