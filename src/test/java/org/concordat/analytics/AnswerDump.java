package org.concordat.analytics;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.graph.GraphView;
import org.concordat.analytics.network.Alliances;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every question's answer on 150 registers (100 random ones, 50 generated national-shaped ones of 50 to 400
 * agencies), on the demo register at three dates and, with {@code -Danswers.national=true}, on a sample of the
 * national register, written as JSON
 * lines to {@code -Danswers.out=FILE}: {@code mvn -Pbench test -Dtest=AnswerDump}. The same dump from another
 * version of the code (its own copy of this class, calling its own API) is compared line by line to show
 * that the answers did not change but where a definition did (docs/analytics.md, "Old and new answers").
 */
@Tag("bench")
class AnswerDump {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2005, 6, 30), LocalDate.of(2012, 6, 30),
			LocalDate.of(2018, 6, 30), LocalDate.of(2025, 6, 30));

	@Test
	void dump() throws IOException {
		Path out = Path.of(System.getProperty("answers.out", "target/answers.jsonl"));
		try (BufferedWriter w = Files.newBufferedWriter(out)) {
			Random seeds = new Random(20261205);
			for (int r = 0; r < 150; r++) {
				long seed = seeds.nextLong();
				RegisterDocument doc = r < 100 ? RandomRegister.of(seed)
						: generated(50 + (int) Math.floorMod(seed, 351L), seed);
				RegisterSnapshot s = SnapshotBuilder.build(1, exported(doc));
				for (LocalDate at : DATES) {
					for (boolean national : new boolean[] { false, true }) {
						questions(w, "register " + r + " at " + at + " national " + national, new AsOf(s, at, national),
								Math.max(1, s.forceCount() / 30));
					}
				}
			}
			RegisterSnapshot demo = SnapshotBuilder.build(1, exported(JSON.readValue(
					Path.of("cypher/seed/demo-register.json").toFile(), RegisterDocument.class)));
			for (LocalDate at : List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30))) {
				questions(w, "demo at " + at, new AsOf(demo, at, false), 1);
			}
			if (Boolean.getBoolean("answers.national")) {
				RegisterSnapshot s = SnapshotBuilder.build(1, exported(generated(GeneratorOptions.NATIONAL_AGENCIES, 7)));
				questions(w, "national at 2025-06-30", new AsOf(s, LocalDate.of(2025, 6, 30), false), 88);
			}
		}
	}

	/** The register in the export's order (by id, members by force then joined), as the server reads it. */
	private static RegisterDocument exported(RegisterDocument doc) {
		return new RegisterDocument(
				doc.functions().stream().sorted(java.util.Comparator.comparing(x -> x.id())).toList(),
				doc.forces().stream().sorted(java.util.Comparator.comparing(x -> x.id())).toList(),
				doc.collaborations().stream().map(c -> c.withMembers(c.members().stream()
					.sorted(java.util.Comparator.comparing((org.concordat.collaboration.Membership m) -> m.force())
						.thenComparing(m -> org.concordat.entity.PartialDate.firstDay(m.joined()),
								java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
					.toList())).sorted(java.util.Comparator.comparing(x -> x.id())).toList(),
				doc.people().stream().map(p -> p.sorted()).sorted(java.util.Comparator.comparing(x -> x.id())).toList(),
				doc.lessons().stream().sorted(java.util.Comparator.comparing(x -> x.id())).toList());
	}

	private static RegisterDocument generated(int agencies, long seed) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(agencies, seed)).write(bytes);
		return JSON.readValue(bytes.toByteArray(), RegisterDocument.class);
	}

	/** The questions about every {@code step}-th force and collaboration, and the whole-network ones. */
	private static void questions(BufferedWriter w, String where, AsOf asOf, int step) throws IOException {
		RegisterSnapshot s = asOf.snapshot();
		Connectivity components = Connectivity.of(asOf);
		List<String> topics = s.functionCount() == 0 ? List.of("withdrawal", "purpose")
				: List.of("withdrawal", "purpose", java.util.stream.IntStream.range(0, s.functionCount())
					.mapToObj(s::functionId).min(String::compareTo).orElseThrow());
		// in id order, which is index order in one version of the code and not in the other
		int[] byId = java.util.stream.IntStream.range(0, s.forceCount()).boxed()
			.sorted(java.util.Comparator.comparing(s::forceId)).mapToInt(Integer::intValue).toArray();
		int[] collabsById = java.util.stream.IntStream.range(0, s.collabCount()).boxed()
			.sorted(java.util.Comparator.comparing(s::collabId)).mapToInt(Integer::intValue).toArray();
		for (int k = 0; k < s.forceCount(); k += step) {
			int f = byId[k];
			String force = where + " force " + s.forceId(f);
			write(w, force + " withdrawal", new WithdrawalImpact(asOf, components).of(f, -1, 25, 20, 50, 20));
			int[] mine = asOf.collabsOf(f);
			if (mine.length > 0) {
				int first = java.util.Arrays.stream(mine).boxed().min(java.util.Comparator.comparing(s::collabId)).orElseThrow();
				write(w, force + " withdrawal from " + s.collabId(first),
						new WithdrawalImpact(asOf, components).of(f, first, 25, 20, 50, 20));
			}
			write(w, force + " similar", new ForceSimilarity(asOf).of(f, 10, false));
			write(w, force + " similar by functions", new ForceSimilarity(asOf).of(f, 10, true));
			write(w, force + " overlaps", new Overlaps(asOf).find(f, -1, null, 50, 0));
			for (String topic : topics) {
				write(w, force + " contacts " + topic, new ContactFinder(asOf).find(f, topic, 10));
			}
		}
		for (int k = 0; k < s.collabCount(); k += step * Math.max(1, s.collabCount() / Math.max(1, s.forceCount()))) {
			int c = collabsById[k];
			write(w, where + " collaboration " + s.collabId(c) + " similar", new CollaborationSimilarity(asOf).of(c, 10));
		}
		if (step == 1) {
			write(w, where + " overlaps", new Overlaps(asOf).find(-1, -1, null, 100, 0));
		}
		write(w, where + " graph", new GraphView(asOf).forces(null, -1, null, 200));
		write(w, where + " graph by region", new GraphView(asOf).regions(null, -1, null, 2_000));
		write(w, where + " alliances", Alliances.of(asOf));
	}

	private static void write(BufferedWriter w, String question, Object answer) throws IOException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("question", question);
		line.put("answer", answer);
		w.write(JSON.writeValueAsString(line));
		w.newLine();
	}
}
