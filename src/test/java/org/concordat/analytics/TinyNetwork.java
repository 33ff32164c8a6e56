package org.concordat.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;

/**
 * A hand-built register small enough to work every answer out on paper. At 2016-01-01, leaving aside the
 * national "n": x = {a host, b, c} with shares .5/.3/.2 and £1m a year; w = {a, b}; y = {c host, d, g};
 * z = {d, e}, which builds on y; "old" = {b, f} ended in 2014. So the co-membership graph is the triangle
 * a-b-c, c-d, c-g, d-g, d-e, and f alone.
 */
public final class TinyNetwork {

	public static final LocalDate AT = LocalDate.of(2016, 1, 1);

	private TinyNetwork() {
	}

	public static AsOf at(LocalDate day, boolean includeNational) {
		return new AsOf(SnapshotBuilder.build(1, register()), day, includeNational);
	}

	public static AsOf asOf() {
		return at(AT, false);
	}

	public static RegisterDocument register() {
		return new RegisterDocument(
				List.of(fn("air-support"), fn("dogs"), fn("firearms"), fn("roads-policing")),
				List.of(force("a", "North"), force("b", "North"), force("c", "North"), force("d", "South"),
						force("e", "South"), force("f", "West"), force("g", "South")),
				List.of(collab("x", "specialist unit", "regional", "2010", null, 1_000_000.0, List.of("roads-policing", "dogs"),
						List.of(), List.of(member("a", "host", 0.5), member("b", "member", 0.3), member("c", "member", 0.2))),
						collab("w", "strategic alliance", "bilateral", "2013", null, null, List.of("roads-policing"), List.of(),
								List.of(member("a", "member", null), member("b", "member", null))),
						collab("y", "specialist unit", "regional", "2012", null, null, List.of("firearms"), List.of(),
								List.of(member("c", "host", null), member("d", "member", null),
										member("g", "member", null))),
						collab("z", "specialist unit", "bilateral", "2015", null, null, List.of("dogs"), List.of("y"),
								List.of(member("d", "member", null), member("e", "member", null))),
						collab("n", "national programme", "national", "2012", null, null, List.of("air-support"),
								List.of(), List.of("a", "b", "c", "d", "e", "f", "g").stream()
									.map(f -> member(f, "member", null)).toList()),
						new Collaboration("old", "Old Unit", "specialist unit", "bilateral", null, "ended", "2008",
								"2014", null, null, null, List.of("roads-policing"), List.of(), List.of(), List.of(),
								List.of(member("b", "member", null), member("f", "member", null)),
								List.of(new Figure(null, "withdrawal-cost", 250_000.0, null, "2013-06", null, "s", null,
										null)),
								Map.of())),
				List.of(new Person("p-old", null, "Old Unit lead", null, "f", null,
						List.of(new Person.Lead("old", "2008", null)), List.of()),
						new Person("p-y", null, "Y contact", null, "d", null, List.of(),
								List.of(new Person.ContactRole("y", List.of("withdrawal"), "2012", null)))),
				List.of(new Lesson("old-exit", "Plan the exit", "s", "withdrawal", "2014-06", "src", "old", "p-old")));
	}

	private static PolicingFunction fn(String id) {
		return new PolicingFunction(id, id);
	}

	private static Force force(String id, String region) {
		return new Force(id, id.toUpperCase(), region, new Force.Headquarters(id, 52.0, -1.0));
	}

	private static Membership member(String force, String role, Double share) {
		return new Membership(force, null, null, role, share, null);
	}

	private static Collaboration collab(String id, String kind, String scope, String started, String ended,
			Double annualCost, List<String> functions, List<String> dependsOn, List<Membership> members) {
		return new Collaboration(id, id.toUpperCase(), kind, scope, null, ended == null ? "active" : "ended", started,
				ended, null, annualCost, null, functions, List.of(), dependsOn, List.of(), members, List.of(),
				Map.of());
	}
}
