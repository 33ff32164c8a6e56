package org.concordat.generate;

import java.util.List;
import java.util.Random;

import tools.jackson.core.JsonGenerator;

/** Cost and saving figures: half the collaborations have one, one in ten a second; most are dated. */
final class Figures {

	private static final List<String> KINDS = List.of("annual-cost", "set-up-cost", "capital-cost",
			"saving-planned", "saving-achieved", "withdrawal-cost", "budget");

	private Figures() {
	}

	static void write(String collaboration, int[] members, int started, int ended, Random random, Agencies agencies,
			JsonGenerator out) {
		int n = random.nextInt(10) < 5 ? 0 : random.nextInt(5) == 0 ? 2 : 1;
		if (n == 0) {
			return;
		}
		out.writeName("figures");
		out.writeStartArray();
		for (int k = 0; k < n; k++) {
			out.writeStartObject();
			out.writeStringProperty("id", collaboration + "-fig-" + k);
			out.writeStringProperty("kind", KINDS.get(random.nextInt(KINDS.size())));
			out.writeNumberProperty("amount", Math.round(Math.exp(10.5 + random.nextGaussian() * 1.5)));
			if (random.nextInt(5) > 0) {
				out.writeStringProperty("date",
						Dates.written(random, Dates.between(random, started, Math.min(ended, Dates.END))));
			}
			if (random.nextInt(3) == 0) {
				out.writeStringProperty("force", agencies.ids[members[random.nextInt(members.length)]]);
			}
			out.writeStringProperty("source", "synthetic: concordat generate");
			out.writeEndObject();
		}
		out.writeEndArray();
	}
}
