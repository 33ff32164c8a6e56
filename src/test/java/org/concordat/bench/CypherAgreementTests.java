package org.concordat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.ContactFinder;
import org.concordat.analytics.ForceSimilarity;
import org.concordat.analytics.Overlaps;
import org.concordat.analytics.WithdrawalImpact;
import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.concordat.bulk.BulkLoader;
import org.concordat.bulk.BulkProgress;
import org.concordat.bulk.BulkSettings;
import org.concordat.bulk.ExistingIds;
import org.concordat.bulk.Neo4jBatchSink;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's Cypher-only queries answer the same questions as the snapshot: checked on a small generated
 * register, where even the contacts query (a shortest-path search that takes minutes at national scale)
 * finishes, for every force with a network collaboration at two dates.
 */
class CypherAgreementTests extends ApiTest {

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@Test
	void everyCypherOnlyAnswerEqualsTheSnapshotsAnswer() throws IOException {
		Path file = dir.resolve("register.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			new NationalGenerator(GeneratorOptions.scaled(120, 5)).write(out);
		}
		new BulkLoader(JsonMapper.builder().build()).load(file, BulkSettings.of(500, 1), new Neo4jBatchSink(driver),
				ExistingIds.of(driver), new BulkProgress("test", file.toString()));
		snapshots.rebuild().block();
		RegisterSnapshot snapshot = snapshots.current();
		CypherQuestions cypher = new CypherQuestions(driver);
		int compared = 0;
		for (LocalDate at : List.of(LocalDate.of(2015, 6, 30), LocalDate.of(2025, 6, 30))) {
			for (String force : BenchCommand.sample(snapshot, at, 25, 3)) {
				int f = snapshot.force(force);
				AsOf asOf = new AsOf(snapshot, at, false);
				Map<String, Object> p = Map.of("force", force, "at", at.toString(), "topic", "withdrawal", "limit", 10);
				assertAgree(Answers.similar(new ForceSimilarity(asOf).of(f, 10, false)),
						Answers.similar(cypher.run(CypherQuestions.query("similar-forces"), p), true), "similar", force, at);
				assertAgree(Answers.overlaps(new Overlaps(asOf).find(f, -1, null)),
						Answers.overlaps(cypher.run(CypherQuestions.query("overlaps-for-force"), p), true), "overlaps", force, at);
				assertAgree(Answers.withdrawal(new WithdrawalImpact(asOf).collaborations(f, -1)),
						Answers.withdrawal(cypher.run(CypherQuestions.query("withdrawal"), p), true), "withdrawal", force, at);
				assertAgree(Answers.contacts(new ContactFinder(asOf).find(f, "withdrawal", 10)),
						Answers.contacts(cypher.run(CypherQuestions.query("contacts"), p), true), "contacts", force, at);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(20);
	}

	private static void assertAgree(Answers snapshot, Answers cypher, String question, String force, LocalDate at) {
		assertThat(snapshot.agrees(cypher)).as("%s for %s at %s:%n snapshot %s%n cypher   %s", question, force, at,
				snapshot, cypher).isTrue();
	}
}
