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
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
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
 * register for sample forces with a network collaboration at two dates, contacts for three topics (a lesson
 * theme with its outcome factor, another theme, a function). Beside it lies a chain of twelve forces, each
 * sharing a bilateral collaboration with the next, so that contacts from its ends are farther than the eight
 * levels the contacts query writes out and its shortest-path fallback is exercised.
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
		load(file);
		Path chain = dir.resolve("chain.json");
		Files.writeString(chain, chain(12));
		load(chain);
		snapshots.rebuild().block();
		RegisterSnapshot snapshot = snapshots.current();
		CypherQuestions cypher = new CypherQuestions(driver);
		int compared = 0;
		for (LocalDate at : List.of(LocalDate.of(2015, 6, 30), LocalDate.of(2025, 6, 30))) {
			for (String force : BenchCommand.sample(snapshot, at, 25, 3)) {
				int f = snapshot.force(force);
				AsOf asOf = new AsOf(snapshot, at, false);
				Map<String, Object> p = Map.of("force", force, "at", at.toString(), "topic", "withdrawal", "limit", 10,
						"memberLimit", SideBySide.EVERY_MEMBER);
				assertAgree(Answers.similar(new ForceSimilarity(asOf).of(f, 10, false)),
						Answers.similar(cypher.run(CypherQuestions.query("similar-forces"), p), true), "similar", force, at);
				assertAgree(Answers.similar(new ForceSimilarity(asOf).byCollaborations(f, 10, ForceSimilarity.Method.ADAMIC_ADAR)),
						Answers.similar(cypher.run(CypherQuestions.query("similar-forces-adamic-adar"), p), true),
						"similar by Adamic-Adar", force, at);
				assertAgree(Answers.overlaps(new Overlaps(asOf).find(f, -1, null)),
						Answers.overlaps(cypher.run(CypherQuestions.query("overlaps-for-force"), p), true), "overlaps", force, at);
				assertAgree(Answers.withdrawal(WithdrawalImpact.collaborations(asOf, f, -1, SideBySide.EVERY_MEMBER)),
						Answers.withdrawal(cypher.run(CypherQuestions.query("withdrawal"), p), true), "withdrawal", force, at);
				Map<String, Object> paged = new java.util.HashMap<>(p);
				paged.put("memberLimit", 3); // a page shorter than most collaborations here
				assertAgree(Answers.withdrawal(WithdrawalImpact.collaborations(asOf, f, -1, 3)),
						Answers.withdrawal(cypher.run(CypherQuestions.query("withdrawal"), paged), true),
						"withdrawal, 3 members listed", force, at);
				for (String topic : List.of("withdrawal", "purpose", snapshot.functionId(0))) {
					assertContactsAgree(snapshot, cypher, force, topic, at);
				}
				compared++;
			}
			for (String end : List.of("chain-00", "chain-06", "chain-11")) {
				assertContactsAgree(snapshot, cypher, end, "withdrawal", at);
			}
		}
		assertThat(compared).isGreaterThan(20);
		// the chain's far end is beyond the eight levels written out: 10 hops from chain-00
		var far = new ContactFinder(new AsOf(snapshot, LocalDate.of(2025, 6, 30), false))
			.find(snapshot.force("chain-00"), "withdrawal", 12);
		assertThat(far).extracting(ContactFinder.Contact::hops).contains(9, 10);
		// the undated leaving is met: its contact went through its own force's withdrawal
		assertThat(far).filteredOn(c -> c.collaboration().equals("undated-exit"))
			.extracting(c -> c.parts().outcome()).containsExactly(2.0);
	}

	private void assertContactsAgree(RegisterSnapshot snapshot, CypherQuestions cypher, String force, String topic,
			LocalDate at) {
		Map<String, Object> p = Map.of("force", force, "at", at.toString(), "topic", topic, "limit", 11);
		assertAgree(Answers.contacts(new ContactFinder(new AsOf(snapshot, at, false)).find(snapshot.force(force), topic, 11)),
				Answers.contacts(cypher.run(CypherQuestions.query("contacts"), p), true), "contacts on " + topic, force, at);
	}

	private void load(Path file) throws IOException {
		new BulkLoader(JsonMapper.builder().build()).load(file, BulkSettings.of(500, 1), new Neo4jBatchSink(driver, 0),
				ExistingIds.of(driver), new BulkProgress("test", file.toString()));
	}

	/**
	 * Forces chain-00 … chain-(n-1), link-i joining chain-(i-1) and chain-i, each with a withdrawal contact; and an
	 * ended alliance that chain-01 left on a date not known, with a withdrawal contact.
	 */
	private static String chain(int n) {
		StringBuilder forces = new StringBuilder();
		StringBuilder collabs = new StringBuilder();
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < n; i++) {
			forces.append(i == 0 ? "" : ",").append(String.format(
					"{\"id\": \"chain-%02d\", \"name\": \"Chain %d\", \"region\": \"Chain\"}", i, i));
			if (i > 0) {
				collabs.append(i == 1 ? "" : ",").append(String.format("{\"id\": \"link-%02d\", \"name\": \"Link %d\", "
						+ "\"kind\": \"alliance\", \"scope\": \"bilateral\", \"status\": \"active\", \"started\": \"2010\", "
						+ "\"members\": [{\"force\": \"chain-%02d\"}, {\"force\": \"chain-%02d\"}]}", i, i, i - 1, i));
				people.append(i == 1 ? "" : ",").append(String.format("{\"id\": \"chain-person-%02d\", \"title\": \"Lead\", "
						+ "\"force\": \"chain-%02d\", \"contactFor\": [{\"collaboration\": \"link-%02d\", "
						+ "\"topics\": [\"withdrawal\"], \"from\": \"2011\"}]}", i, i, i));
			}
		}
		// chain-01 left an alliance with chain-00 on a date not known, before it ended (2014): its contact for the
		// alliance went through its own force's withdrawal (outcome 2, where reading only dated leavings gives 1.5)
		collabs.append(", {\"id\": \"undated-exit\", \"name\": \"Undated Exit\", \"kind\": \"alliance\", "
				+ "\"scope\": \"bilateral\", \"status\": \"ended\", \"started\": \"2010\", \"ended\": \"2014\", "
				+ "\"members\": [{\"force\": \"chain-00\"}, {\"force\": \"chain-01\", \"leftDateUnknown\": true}]}");
		people.append(", {\"id\": \"undated-exit-contact\", \"title\": \"Contact\", \"force\": \"chain-01\", "
				+ "\"contactFor\": [{\"collaboration\": \"undated-exit\", \"topics\": [\"withdrawal\"], \"from\": \"2010\"}]}");
		return "{\"forces\": [" + forces + "], \"collaborations\": [" + collabs + "], \"people\": [" + people + "]}";
	}

	private static void assertAgree(Answers snapshot, Answers cypher, String question, String force, LocalDate at) {
		assertThat(snapshot.agrees(cypher)).as("%s for %s at %s:%n snapshot %s%n cypher   %s", question, force, at,
				snapshot, cypher).isTrue();
	}
}
