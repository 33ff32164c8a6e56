package org.concordat.generate;

import java.util.Random;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one collaboration's memberships. Seven in ten members found it (no join date: since it started),
 * the rest join later; one in eight leaves before it ends. A third of the non-bilateral ones have a host, the
 * founding member, who stays. A quarter of those up to 30 members record cost shares: the founders' sum to 1,
 * later joiners record none, so the register's rule (shares of the members active at any moment ≤ 1) holds.
 */
final class MemberWriter {

	private final Random random;

	private final Agencies agencies;

	MemberWriter(Random random, Agencies agencies) {
		this.random = random;
		this.agencies = agencies;
	}

	void write(int[] members, Scope scope, int started, int ended, JsonGenerator out) {
		boolean hosted = scope != Scope.BILATERAL && random.nextInt(3) == 0;
		boolean[] founder = new boolean[members.length];
		int founders = 0;
		for (int i = 0; i < members.length; i++) {
			founder[i] = i < 2 || random.nextInt(10) < 7;
			founders += founder[i] ? 1 : 0;
		}
		double[] shares = scope != Scope.BILATERAL && members.length <= 30 && random.nextInt(4) == 0
				? shares(founders) : null;
		int last = Math.min(ended, Dates.END);
		out.writeName("members");
		out.writeStartArray();
		int f = 0;
		for (int i = 0; i < members.length; i++) {
			out.writeStartObject();
			out.writeStringProperty("force", agencies.ids[members[i]]);
			int joined = started;
			if (!founder[i]) {
				String written = Dates.written(random, Dates.between(random, started + 30, last - 30));
				joined = Math.max(started, Dates.firstDay(written));
				out.writeStringProperty("joined", written);
			}
			boolean host = hosted && i == 0;
			if (!host && random.nextInt(8) == 0 && last - joined > 400) {
				int day = Dates.between(random, joined + 180, last);
				String written = Dates.written(random, day);
				out.writeStringProperty("left", Dates.firstDay(written) > joined ? written
						: java.time.LocalDate.ofEpochDay(day).toString());
			}
			if (host) {
				out.writeStringProperty("role", "host");
			}
			if (shares != null && founder[i]) {
				out.writeNumberProperty("costShare", shares[f++]);
			}
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	/** Random shares to four decimals, rounded down, the last taking the rest, so they sum to exactly 1. */
	private double[] shares(int n) {
		double[] weights = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			weights[i] = 0.5 + random.nextDouble();
			total += weights[i];
		}
		double[] shares = new double[n];
		int sum = 0;
		for (int i = 0; i < n - 1; i++) {
			int tenThousandths = (int) Math.floor(weights[i] / total * 10_000);
			shares[i] = tenThousandths / 10_000.0;
			sum += tenThousandths;
		}
		shares[n - 1] = (10_000 - sum) / 10_000.0;
		return shares;
	}
}
