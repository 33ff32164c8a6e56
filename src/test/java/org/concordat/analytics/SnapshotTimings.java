package org.concordat.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.concordat.analytics.snapshot.SnapshotBuilder;
import org.concordat.analytics.snapshot.SnapshotChanges;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(GeneratorOptions.NATIONAL_AGENCIES, 7)).write(out);
		RegisterDocument doc = JsonMapper.builder().build().readValue(out.toByteArray(), RegisterDocument.class);
		long[] builds = new long[5];
		RegisterSnapshot s = null;
		for (int i = 0; i < builds.length; i++) {
			long started = System.nanoTime();
			s = SnapshotBuilder.build(1, doc);
			builds[i] = System.nanoTime() - started;
		}
		System.out.printf("build from document: median %.1f ms%n", median(builds) / 1e6);

		Collaboration changed = doc.collaborations().get(1234);
		List<Membership> members = new ArrayList<>(changed.members());
		members.set(0, members.get(0).withLeft("2021-03-04"));
		SnapshotChanges one = new SnapshotChanges(List.of(), List.of(), List.of(changed.withMembers(members)), List.of(),
				List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
		long[] advances = new long[30];
		for (int i = 0; i < advances.length; i++) {
			long started = System.nanoTime();
			SnapshotBuilder.advance(s, 2, one);
			advances[i] = System.nanoTime() - started;
		}
		System.out.printf("advance by one changed collaboration: median %.2f ms (first %.2f ms)%n",
				median(advances) / 1e6, advances[0] / 1e6);

		List<String> answers = new ArrayList<>();
		String[] topics = { "intelligence", "withdrawal", "major-crime", "purpose" };
		for (int year : new int[] { 2012, 2016, 2019, 2023 }) {
			AsOf asOf = new AsOf(s, LocalDate.of(year, 6, 30), false);
			long started = System.nanoTime();
			asOf.members(0);
			long view = System.nanoTime() - started;
			long[] t = new long[6];
			for (int k = 0; k < 25; k++) {
				int f = (k * 7919 + year) % s.forceCount();
				int c = (k * 104729 + year) % s.collabCount();
				long a = System.nanoTime();
				answers.add("simC " + year + " " + f + " " + new ForceSimilarity(asOf).of(f, 10, false));
				long b = System.nanoTime();
				answers.add("simF " + year + " " + f + " " + new ForceSimilarity(asOf).of(f, 10, true));
				long d = System.nanoTime();
				answers.add("ovl " + year + " " + f + " " + new Overlaps(asOf).find(f, -1, null));
				long e = System.nanoTime();
				answers.add("contact " + year + " " + f + " " + new ContactFinder(asOf).find(f, topics[k % 4], 10));
				long g = System.nanoTime();
				answers.add("prec " + year + " " + c + " " + new Precedents(asOf).like(new int[] { c }));
				long h = System.nanoTime();
				answers.add("csim " + year + " " + c + " " + new CollaborationSimilarity(asOf).of(c, 5));
				long i = System.nanoTime();
				t[0] += b - a;
				t[1] += d - b;
				t[2] += e - d;
				t[3] += g - e;
				t[4] += h - g;
				t[5] += i - h;
			}
			answers.add("graph " + year + " " + new GraphView(asOf).forces("Ohio", -1, null, 200));
			answers.add("cascade " + year + " " + new Cascade(asOf).from(Set.of(1, 2, 3, 500, 9000)));
			answers.add("withdraw " + year + " " + new WithdrawalImpact(asOf).of(s.memberForce(s.firstMembership(77)), 77, 10));
			System.out.printf("%d: day view %.1f ms; per question (µs): similar %.0f, by functions %.0f, overlaps %.0f, "
					+ "contacts %.0f, precedents %.0f, collaboration similarity %.0f%n", year, view / 1e6,
					t[0] / 25e3, t[1] / 25e3, t[2] / 25e3, t[3] / 25e3, t[4] / 25e3, t[5] / 25e3);
		}
		String file = System.getProperty("timings.answers");
		if (file != null) {
			Files.write(Path.of(file), answers);
		}
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
