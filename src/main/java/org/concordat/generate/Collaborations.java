package org.concordat.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the collaborations: each gets a heavy-tailed size ({@link SizeDistribution}); two members make a
 * bilateral agreement between neighbours, up to 40 a regional one within a state, up to 400 a multi-state
 * one, more a national one. Members are mostly founders; some join later, some leave; a third of the larger
 * ones have a host; a quarter record cost shares (founders' shares sum to 1). What people and lessons need
 * later (id, dates, first member, functions) is kept, the rest is written and forgotten.
 */
final class Collaborations {

	private static final String[] PARTNERS = { "FBI", "DEA", "ATF", "US Marshals Service",
			"Homeland Security Investigations", "State Department of Transportation", "County Prosecutor's Office" };

	final String[] ids;

	final int[] started;

	final int[] ended;

	final int[] firstMember;

	final int[][] functions;

	private final Agencies agencies;

	private final List<String> vocabulary;

	private final Random random;

	private final List<List<Integer>> byRegion = new ArrayList<>();

	Collaborations(int count, Agencies agencies, List<String> vocabulary, Random random) {
		this.ids = new String[count];
		this.started = new int[count];
		this.ended = new int[count];
		this.firstMember = new int[count];
		this.functions = new int[count][];
		this.agencies = agencies;
		this.vocabulary = vocabulary;
		this.random = random;
		Places.REGIONS.forEach(r -> byRegion.add(new ArrayList<>()));
	}

	void write(JsonGenerator out) {
		out.writeName("collaborations");
		out.writeStartArray();
		for (int c = 0; c < ids.length; c++) {
			write(c, out);
		}
		out.writeEndArray();
	}

	private void write(int c, JsonGenerator out) {
		int size = SizeDistribution.sample(random, Math.max(2, agencies.count() / 4));
		int home = weightedRegion();
		Scope scope = Scope.of(size, agencies.byRegion[home].length);
		int[] members = Members.pick(scope, size, home, agencies, random);
		ids[c] = String.format("%s-%s-%05d", scope == Scope.NATIONAL ? "us" : Places.REGIONS.get(home).code(),
				scope.code, c);
		firstMember[c] = members[0];
		functions[c] = pickFunctions();
		String kind = scope.kinds[random.nextInt(scope.kinds.length)];
		int status = random.nextInt(100);
		String startedText = Dates.written(random, Dates.between(random, Dates.FIRST, Dates.END - 200));
		started[c] = Dates.firstDay(startedText);
		String endedText = status < 25 ? Dates.written(random, Dates.between(random, started[c] + 366, Dates.END))
				: null;
		ended[c] = endedText == null || Dates.firstDay(endedText) <= started[c] ? Integer.MAX_VALUE
				: Dates.firstDay(endedText);
		endedText = ended[c] == Integer.MAX_VALUE ? null : endedText;
		out.writeStartObject();
		out.writeStringProperty("id", ids[c]);
		out.writeStringProperty("name", name(scope, kind, home, members, functions[c][0]));
		out.writeStringProperty("kind", kind);
		out.writeStringProperty("scope", scope.scope);
		out.writeStringProperty("status", endedText != null ? "ended" : status > 97 ? "proposed" : "active");
		out.writeStringProperty("started", startedText);
		if (endedText != null) {
			out.writeStringProperty("ended", endedText);
		}
		if (random.nextBoolean()) {
			// a budget for one financial year (the register's money over time); the same draws as the single
			// annualCost it replaces, so every other value generated stays as it was
			out.writeName("budgets");
			out.writeStartArray();
			out.writeStartObject();
			out.writeStringProperty("year", "2025/26");
			out.writeNumberProperty("amount", Math.round(Math.exp(11.5 + random.nextGaussian() * 1.2)));
			out.writeStringProperty("source", "synthetic: concordat generate");
			out.writeEndObject();
			out.writeEndArray();
		}
		out.writeName("functions");
		out.writeArray(Arrays.stream(functions[c]).mapToObj(vocabulary::get).toArray(String[]::new), 0,
				functions[c].length);
		out.writeName("sources");
		out.writeArray(new String[] { "synthetic: concordat generate" }, 0, 1);
		writeDependsOn(c, scope, home, out);
		if (random.nextInt(12) == 0) {
			out.writeName("partners");
			out.writeArray(new String[] { PARTNERS[random.nextInt(PARTNERS.length)] }, 0, 1);
		}
		new MemberWriter(random, agencies).write(members, scope, started[c], ended[c], out);
		Figures.write(ids[c], members, started[c], ended[c], random, agencies, out);
		out.writeEndObject();
		if (scope == Scope.REGIONAL) {
			byRegion.get(home).add(c);
		}
	}

	/** One in fifty regional collaborations builds on an earlier one of the same state. */
	private void writeDependsOn(int c, Scope scope, int home, JsonGenerator out) {
		List<Integer> earlier = byRegion.get(home);
		if (scope == Scope.REGIONAL && !earlier.isEmpty() && random.nextInt(50) == 0) {
			out.writeName("dependsOn");
			out.writeArray(new String[] { ids[earlier.get(random.nextInt(earlier.size()))] }, 0, 1);
		}
	}

	private int[] pickFunctions() {
		int n = 1 + random.nextInt(3);
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < n) {
			chosen.add(random.nextInt(vocabulary.size()));
		}
		return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	private int weightedRegion() {
		return agencies.region[random.nextInt(agencies.count())];
	}

	private String name(Scope scope, String kind, int home, int[] members, int function) {
		String fn = vocabulary.get(function).replace('-', ' ');
		return switch (scope) {
			case BILATERAL -> agencies.towns[members[0]] + "–" + agencies.towns[members[1]] + " " + kind;
			case REGIONAL -> agencies.towns[members[0]] + " area " + fn + " " + kind;
			case MULTI_REGIONAL -> Places.REGIONS.get(home).name() + " and neighbours " + fn + " " + kind;
			case NATIONAL -> "National " + fn + " " + kind;
		};
	}
}
