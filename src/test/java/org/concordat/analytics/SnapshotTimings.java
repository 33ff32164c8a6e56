package org.concordat.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.snapshot.storage.SnapshotChanges;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.graph.GraphView;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.withdrawal.Cascade;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times at national scale, without a database: the snapshot's build from a document, its advance by one
 * changed collaboration, the first question at a new date (the day view), and a sample of questions. A
 * benchmark, run only with {@code mvn -Pbench test -Dtest=SnapshotTimings}; with
 * {@code -Dtimings.answers=FILE} it also writes the sample's answers there, to compare two versions of the
 * snapshot's code answer for answer.
 */
@Tag("bench")
class SnapshotTimings {

	@Test
	void buildAdvanceAndQuestions() throws IOException {
		RegisterDocument doc = NationalRegister.document();
		// the machine may be shared: every figure is the median (and the fastest) of several rounds
		long[] builds = new long[7];
		RegisterSnapshot s = null;
		for (int i = 0; i < builds.length; i++) {
			long started = System.nanoTime();
			s = SnapshotBuilder.build(1, doc);
			builds[i] = System.nanoTime() - started;
		}
		System.out.printf("build from document: median %.1f ms, fastest %.1f ms%n", median(builds) / 1e6,
				min(builds) / 1e6);

		Collaboration changed = doc.collaborations().get(1234);
		List<Membership> members = new ArrayList<>(changed.members());
		members.set(0, members.get(0).withLeft("2021-03-04"));
		SnapshotChanges one = new SnapshotChanges(List.of(), List.of(), List.of(changed.withMembers(members)), List.of(),
				List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
		long[] advances = new long[60];
		RegisterSnapshot[] fresh = new RegisterSnapshot[8];
		for (int i = 0; i < advances.length; i++) {
			long started = System.nanoTime();
			RegisterSnapshot next = SnapshotBuilder.advance(s, 2, one);
			advances[i] = System.nanoTime() - started;
			fresh[i % fresh.length] = next;
		}
		System.out.printf("advance by one changed collaboration: median %.2f ms, fastest %.2f ms (first %.2f ms)%n",
				median(advances) / 1e6, min(advances) / 1e6, advances[0] / 1e6);

		List<String> answers = new ArrayList<>();
		String[] topics = { "intelligence", "withdrawal", "major-crime", "purpose" };
		String[] kinds = { "similar", "by functions", "overlaps", "contacts", "precedents", "collaboration similarity" };
		for (int year : new int[] { 2012, 2016, 2019, 2023 }) {
			LocalDate at = LocalDate.of(year, 6, 30);
			long[] views = new long[fresh.length];
			for (int i = 0; i < fresh.length; i++) {
				long started = System.nanoTime();
				new AsOf(fresh[i], at, false).members(0); // a snapshot of its own: the day view is worked out anew
				views[i] = System.nanoTime() - started;
			}
			AsOf asOf = new AsOf(s, at, false);
			long[][] t = new long[kinds.length][4];
			for (int round = 0; round < 4; round++) { // the first round warms up and is not counted
				for (int k = 0; k < 25; k++) {
					int f = (k * 7919 + year) % s.forceCount();
					int c = (k * 104729 + year) % s.collabCount();
					long a = System.nanoTime();
					Object simC = new ForceSimilarity(asOf).of(f, 10, false);
					long b = System.nanoTime();
					Object simF = new ForceSimilarity(asOf).of(f, 10, true);
					long d = System.nanoTime();
					Object ovl = new Overlaps(asOf).find(f, -1, null);
					long e = System.nanoTime();
					Object contact = new ContactFinder(asOf).find(f, topics[k % 4], 10);
					long g = System.nanoTime();
					Object prec = new Precedents(asOf).like(new int[] { c });
					long h = System.nanoTime();
					Object csim = new CollaborationSimilarity(asOf).of(c, 5);
					long i = System.nanoTime();
					long[] spent = { b - a, d - b, e - d, g - e, h - g, i - h };
					for (int q = 0; q < kinds.length; q++) {
						t[q][round] += spent[q];
					}
					if (round == 0) {
						answers.add("simC " + year + " " + f + " " + simC);
						answers.add("simF " + year + " " + f + " " + simF);
						answers.add("ovl " + year + " " + f + " " + ovl);
						answers.add("contact " + year + " " + f + " " + contact);
						answers.add("prec " + year + " " + c + " " + prec);
						answers.add("csim " + year + " " + c + " " + csim);
					}
				}
			}
			answers.add("graph " + year + " " + new GraphView(asOf).forces("Ohio", -1, null, 200));
			answers.add("cascade " + year + " " + new Cascade(asOf).from(new int[] { 1, 2, 3, 500, 9000 }));
			answers.add("withdraw " + year + " " + new WithdrawalImpact(asOf, Connectivity.of(asOf))
				.of(s.memberForce(s.firstMembership(77)), 77, 10));
			StringBuilder line = new StringBuilder(String.format("%d: day view median %.1f ms, fastest %.1f ms; "
					+ "per question, median of 3 rounds of 25 (µs):", year, median(views) / 1e6, min(views) / 1e6));
			for (int q = 0; q < kinds.length; q++) {
				line.append(String.format(" %s %.0f%s", kinds[q],
						median(Arrays.copyOfRange(t[q], 1, 4)) / 25e3, q + 1 < kinds.length ? "," : ""));
			}
			System.out.println(line);
		}
		endpointAnswers(s, answers);
		String file = System.getProperty("timings.answers");
		if (file != null) {
			Files.write(Path.of(file), answers);
		}
	}

	/**
	 * The two answers the HTTP load finds heaviest, shaped as the endpoints give them by default (withdrawal
	 * from every collaboration; the first page of overlaps), for 100 forces that have a network collaboration
	 * today, as the bench's sample has.
	 */
	private static void endpointAnswers(RegisterSnapshot s, List<String> answers) {
		AsOf asOf = new AsOf(s, LocalDate.of(2025, 6, 30), false);
		List<Integer> forces = new ArrayList<>();
		for (int f = 0; forces.size() < 100 && f < s.forceCount(); f += 173) {
			if (asOf.networkCollabsOf(f).length > 0) {
				forces.add(f);
			}
		}
		long[][] t = new long[2][forces.size()];
		Connectivity components = Connectivity.of(asOf);
		for (int round = 0; round < 5; round++) { // the last round is the one reported, after four warming up
			for (int i = 0; i < forces.size(); i++) {
				int f = forces.get(i);
				long a = System.nanoTime();
				Object withdrawal = new WithdrawalImpact(asOf, components).of(f, -1, WithdrawalImpact.DEFAULT_RISK_LIMIT,
						WithdrawalImpact.DEFAULT_MEMBER_LIMIT, WithdrawalImpact.DEFAULT_UNCERTAIN_LIMIT, WithdrawalImpact.DEFAULT_PAIR_LIMIT);
				long b = System.nanoTime();
				Object overlaps = new Overlaps(asOf).find(f, -1, null, Overlaps.DEFAULT_LIMIT, 0);
				long c = System.nanoTime();
				t[0][i] = b - a;
				t[1][i] = c - b;
				if (round == 0) {
					answers.add("withdrawal " + f + " " + withdrawal);
					answers.add("overlaps page " + f + " " + overlaps);
				}
			}
		}
		System.out.printf("endpoint answers today, %d forces (µs): withdrawal p50 %.0f p90 %.0f max %.0f; "
				+ "overlaps page p50 %.0f p90 %.0f max %.0f%n", forces.size(), pct(t[0], 50), pct(t[0], 90), pct(t[0], 100),
				pct(t[1], 50), pct(t[1], 90), pct(t[1], 100));
	}

	private static double pct(long[] values, int p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e3;
	}

	private static double min(long[] values) {
		return Arrays.stream(values).min().orElseThrow();
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
