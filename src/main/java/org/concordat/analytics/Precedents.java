package org.concordat.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.concordat.analytics.snapshot.Day;
import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.analytics.snapshot.Facts.FigureFact;
import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Withdrawals and endings dated before D in collaborations that resemble the affected ones (the same kind,
 * or a function in common), with the figures and lessons recorded for them by D. Undated figures are left
 * out: nothing that may postdate D can inform an answer as of D.
 */
public final class Precedents {

	public record Figure(String kind, double amount, String date, String force, String source, String note,
			String confidence) {
	}

	public record Precedent(String collaboration, String name, String force, String event, LocalDate date,
			List<Figure> figures, List<String> lessons) {
	}

	private static final int LIMIT = 20;

	private final AsOf asOf;

	public Precedents(AsOf asOf) {
		this.asOf = asOf;
	}

	public List<Precedent> like(int[] affected) {
		RegisterSnapshot s = asOf.snapshot();
		List<Precedent> found = new ArrayList<>();
		for (int c = 0; c < s.collabCount(); c++) {
			Collab collab = s.collab(c);
			if (collab.started() > asOf.day() || !resembles(c, affected)) {
				continue; // a collaboration that had not started by D is not known at D
			}
			if (collab.ended() < asOf.day()) {
				found.add(precedent(c, null, "ending", collab.ended()));
			}
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				if (s.left(m) < asOf.day() && s.left(m) < collab.ended()) {
					found.add(precedent(c, s.forceId(s.memberForce(m)), "withdrawal", s.left(m)));
				}
			}
		}
		found.sort(Comparator.comparing(Precedent::date).reversed().thenComparing(Precedent::collaboration));
		return found.subList(0, Math.min(LIMIT, found.size()));
	}

	private boolean resembles(int c, int[] affected) {
		Collab candidate = asOf.snapshot().collab(c);
		for (int a : affected) {
			Collab other = asOf.snapshot().collab(a);
			if (candidate.kind().equals(other.kind())
					|| Ids.intersection(candidate.functions(), other.functions()).length > 0) {
				return true;
			}
		}
		return false;
	}

	private Precedent precedent(int c, String force, String event, int day) {
		RegisterSnapshot s = asOf.snapshot();
		List<Figure> figures = new ArrayList<>();
		for (FigureFact f : s.collab(c).figures()) {
			boolean concerns = force == null || f.force() == null || force.equals(f.force());
			if (concerns && f.date() != Day.NEVER_BEFORE && f.date() <= asOf.day()) {
				figures.add(new Figure(f.kind(), f.amount(), f.writtenDate(), f.force(), f.source(), f.note(),
						f.confidence()));
			}
		}
		List<String> lessons = s.lessons().stream()
			.filter(l -> l.collab() == c && l.date() != Day.NEVER_BEFORE && l.date() <= asOf.day())
			.map(l -> l.id())
			.sorted()
			.toList();
		return new Precedent(s.collab(c).id(), s.collab(c).name(), force, event, Day.toDate(day), figures, lessons);
	}
}
