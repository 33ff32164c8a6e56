package org.concordat;

import java.util.List;
import java.util.Map;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;

/** A tiny hand-built register: four forces, a motorway group one of them left, and an alliance that ended. */
public final class Fixtures {

	private Fixtures() {
	}

	public static RegisterDocument tinyRegister() {
		return new RegisterDocument(
				List.of(new PolicingFunction("dogs", "Dogs"), new PolicingFunction("firearms", "Firearms"),
						new PolicingFunction("roads-policing", "Roads policing")),
				List.of(force("aford", "North"), force("bford", "North"), force("cford", "North"),
						force("dford", "South")),
				List.of(motorwayGroup(), alliance()),
				List.of(new Person("mg-lead", null, "Motorway group lead", "Superintendent", "aford", null,
						List.of(new Person.Lead("mg", "2008", null)),
						List.of(new Person.ContactRole("mg", List.of("withdrawal", "roads-policing"), null, null)))),
				List.of(new Lesson("mg-exit-terms", "Agree exit terms early", "Leaving took longer than planned.",
						"withdrawal", "2019", "https://example.org/report", "mg", "mg-lead")));
	}

	public static Force force(String id, String region) {
		return new Force(id, id.toUpperCase() + " Police", region, new Force.Headquarters("Town of " + id, 52.5, -1.5));
	}

	public static Collaboration motorwayGroup() {
		return new Collaboration("mg", "Motorway Group", "motorway group", "regional", "Patrol the motorways",
				"active", "2008-06", null, "s22A", 1_200_000.0, null, List.of("roads-policing"),
				List.of("https://example.org/mg"), List.of(), List.of("Highways Agency"),
				List.of(new Membership("aford", null, null, "host", 0.5, null),
						new Membership("bford", "2011", null, "member", 0.25, null),
						new Membership("cford", null, "2018", "member", 0.25, "approximate")),
				List.of(new Figure(null, "annual-cost", 1_200_000.0, "per year", "2017", null,
						"https://example.org/mg-costs", null, null)),
				Map.of(), null, null, null,
				List.of(new org.concordat.benefit.Benefit("mg-calls", "Fewer calls to force control rooms",
						"non-cashable", "calls handled by the group's control room", "calls a year", null,
						List.of(new org.concordat.benefit.BenefitValue("2019/20", 1000.0, null, null, null, null)),
						List.of(), "Head of roads policing", List.of(), "planned", null)),
				null);
	}

	public static Collaboration alliance() {
		return new Collaboration("alliance", "Strategic Alliance", "strategic alliance", "bilateral", null, "ended",
				"2012", "2020-04-01", null, null, null, List.of("dogs", "firearms"), List.of(), List.of("mg"),
				List.of(), List.of(new Membership("aford", null, "2020-04-01", "lead", null, null),
						new Membership("dford", null, null, "host", null, null)),
				List.of(new Figure(null, "withdrawal-cost", 10_500_000.0, null, "2020-03-30", "aford",
						"https://example.org/a", null, null),
						new Figure(null, "withdrawal-cost", 10_700_000.0, null, "2020-03-30", "aford",
								"https://example.org/b", null, "approximate")),
				Map.of("mg", "unconfirmed"));
	}
}
