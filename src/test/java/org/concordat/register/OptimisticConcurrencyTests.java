package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.bulk.BulkLoader;
import org.concordat.bulk.BulkProgress;
import org.concordat.bulk.BulkAudit;
import org.concordat.bulk.BulkSettings;
import org.concordat.bulk.ExistingIds;
import org.concordat.bulk.Neo4jBatchSink;
import org.concordat.entity.Precondition;
import org.concordat.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Versions, ETags and the answers to changes made without them or from stale ones, one client at a time. */
class OptimisticConcurrencyTests extends ApiTest {

	private static final Map<String, Object> FORCE = Map.of("name", "A Police", "region", "North");

	@Autowired
	private Driver driver;

	@Autowired
	private org.concordat.audit.AuditLog auditLog;

	@Test
	void everyEntityAnswersItsVersionAsAStrongETagAndInItsBody() {
		load(Fixtures.tinyRegister());
		for (String uri : List.of("/api/forces/aford", "/api/collaborations/mg", "/api/people/mg-lead",
				"/api/lessons/mg-exit-terms", "/api/functions/dogs")) {
			String etag = etag(uri);
			assertThat(etag).as(uri).matches("\"\\d+\"");
			web.get().uri(uri).exchange().expectBody().jsonPath("$.version")
				.isEqualTo(Integer.parseInt(etag.replace("\"", "")));
		}
		web.get().uri("/api/export").exchange().expectBody()
			.jsonPath("$.forces[0].version").isNumber()
			.jsonPath("$.collaborations[0].version").isNumber()
			.jsonPath("$.people[0].version").isNumber()
			.jsonPath("$.lessons[0].version").isNumber()
			.jsonPath("$.functions[0].version").isNumber();
	}

	@Test
	void aChangeWithoutTheVersionReadIsAnswered428AndChangesNothing() {
		load(Fixtures.tinyRegister());
		String etag = etag("/api/forces/aford");
		web.put().uri("/api/forces/aford").contentType(MediaType.APPLICATION_JSON).bodyValue(FORCE).exchange()
			.expectStatus().isEqualTo(428)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
		web.delete().uri("/api/people/mg-lead").exchange().expectStatus().isEqualTo(428);
		assertThat(etag("/api/forces/aford")).isEqualTo(etag);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void aChangeFromAStaleVersionIsAnswered412NamingTheCurrentOne() {
		load(Fixtures.tinyRegister());
		String first = etag("/api/forces/aford");
		String second = web.put().uri("/api/forces/aford").header("If-Match", first)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(FORCE).exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseHeaders().getETag();
		assertThat(second).isNotEqualTo(first).isEqualTo(etag("/api/forces/aford"));
		long current = Long.parseLong(second.replace("\"", ""));
		web.put().uri("/api/forces/aford").header("If-Match", first).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Lost", "region", "North")).exchange()
			.expectStatus().isEqualTo(412)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals("ETag", second)
			.expectBody()
			.jsonPath("$.currentVersion").isEqualTo(current)
			.jsonPath("$.errors[0].field").isEqualTo("If-Match")
			.jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
				.contains("now at version " + current));
		// the version in the body does the same, and is named as the field
		Map<String, Object> stale = new HashMap<>(FORCE);
		stale.put("version", Long.parseLong(first.replace("\"", "")));
		web.put().uri("/api/forces/aford").contentType(MediaType.APPLICATION_JSON).bodyValue(stale).exchange()
			.expectStatus().isEqualTo(412).expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
		web.delete().uri("/api/forces/dford").header("If-Match", "\"0\"").exchange().expectStatus().isEqualTo(412);
		web.get().uri("/api/forces/aford").exchange().expectBody().jsonPath("$.name").isEqualTo("A Police");
	}

	@Test
	void theVersionInTheBodyOrAnyVersionWithAStarWillDo() {
		load(Fixtures.tinyRegister());
		Map<String, Object> body = new HashMap<>(FORCE);
		body.put("version", Long.parseLong(etag("/api/forces/aford").replace("\"", "")));
		web.put().uri("/api/forces/aford").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isOk();
		web.put().uri("/api/forces/aford").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Starred", "region", "North")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Starred");
		web.put().uri("/api/forces/aford").header("If-Match", "W/" + etag("/api/forces/aford"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(FORCE).exchange()
			.expectStatus().isEqualTo(412); // If-Match compares strongly: a weak tag never matches
		web.put().uri("/api/forces/aford").header("If-Match", "12").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(FORCE).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
	}

	@Test
	void aCreateOfATakenIdIsAConflictAndAnIdlessOneInvalid() {
		load(Fixtures.tinyRegister());
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "aford", "name", "Again", "region", "North")).exchange()
			.expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		for (String kind : List.of("forces", "collaborations", "people", "lessons", "functions")) {
			web.post().uri("/api/" + kind).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "No id"))
				.exchange().expectStatus().isBadRequest();
		}
		web.get().uri("/api/forces/aford").exchange().expectBody().jsonPath("$.name").isEqualTo("AFORD Police");
	}

	@Test
	void aJoinOrWithdrawalGivesTheCollaborationAndTheForceNewVersionsAndChecksIfMatchWhenSent() {
		load(Fixtures.tinyRegister());
		String collaboration = etag("/api/collaborations/mg");
		String dford = etag("/api/forces/dford");
		String aford = etag("/api/forces/aford");
		web.post().uri("/api/collaborations/mg/members").header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("force", "dford", "joined", "2019")).exchange()
			.expectStatus().isEqualTo(412);
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2019")).exchange()
			.expectStatus().isCreated().expectHeader().exists("ETag");
		assertThat(etag("/api/collaborations/mg")).isNotEqualTo(collaboration);
		assertThat(etag("/api/forces/dford")).as("its memberships are part of it").isNotEqualTo(dford);
		assertThat(etag("/api/forces/aford")).as("its membership was written again unchanged").isEqualTo(aford);
		String joined = etag("/api/collaborations/mg");
		web.post().uri("/api/collaborations/mg/members/dford/withdrawal").header("If-Match", joined)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("left", "2021")).exchange()
			.expectStatus().isOk();
		assertThat(etag("/api/collaborations/mg")).isNotEqualTo(joined);
	}

	@Test
	void aForceCannotHoldTwoMembershipsOfOneCollaborationAtOnce() {
		load(Fixtures.tinyRegister());
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "aford", "joined", "2019")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
				.contains("'aford' is already a member from the start and has not left"));
		// cford left in 2018: it may rejoin from then on, not before
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "cford", "joined", "2017")).exchange().expectStatus().isBadRequest();
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "cford", "joined", "2018")).exchange().expectStatus().isCreated();
	}

	@Test
	void aDeleteGivesWhatLosesALinkWithTheDeletedANewVersion() {
		load(Fixtures.tinyRegister());
		String lead = etag("/api/people/mg-lead");
		String lesson = etag("/api/lessons/mg-exit-terms");
		web.delete().uri("/api/people/mg-lead").header("If-Match", lead).exchange().expectStatus().isNoContent();
		web.get().uri("/api/lessons/mg-exit-terms").exchange().expectBody().jsonPath("$.toldBy").isEmpty();
		assertThat(etag("/api/lessons/mg-exit-terms")).isNotEqualTo(lesson);
	}

	@Test
	void anImportMergeChecksTheVersionsItIsGivenAndRefusesStaleOnesWhole() {
		load(Fixtures.tinyRegister());
		byte[] export = web.get().uri("/api/export").exchange().expectBody().returnResult().getResponseBodyContent();
		// the export merged back as it is: every version is current
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(export).exchange()
			.expectStatus().isOk();
		// the same export again: that merge wrote every entity anew, so every version in it is now stale, and
		// nothing of it is written
		web.put().uri("/api/forces/bford").header("If-Match", etag("/api/forces/bford"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "B Renamed", "region", "North"))
			.exchange().expectStatus().isOk();
		String renamed = etag("/api/forces/bford");
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(export).exchange()
			.expectStatus().isEqualTo(412)
			.expectBody().jsonPath("$.errors[?(@.field == 'forces[1].version')].reason").value(reasons ->
					assertThat(reasons.toString()).contains("force 'bford' is now at version"));
		assertThat(etag("/api/forces/bford")).isEqualTo(renamed);
		web.get().uri("/api/forces/bford").exchange().expectBody().jsonPath("$.name").isEqualTo("B Renamed");
		// without versions, or with replace, a document is written as it is
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(export).exchange()
			.expectStatus().isOk();
		web.get().uri("/api/forces/bford").exchange().expectBody().jsonPath("$.name").isEqualTo("BFORD Police");
	}

	@Test
	void aBulkLoadStampsTheNumberItTakesWhenItStartsOnEverythingItWrites(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("tiny.json");
		Files.write(file, JsonMapper.builder().build().writeValueAsBytes(Fixtures.tinyRegister()));
		ChangeLog log = new ChangeLog("a bulk load");
		BulkAudit audit = BulkAudit.of(auditLog, Actor.command("test"), file, "tiny.json");
		new BulkLoader(JsonMapper.builder().build()).load(file, BulkSettings.of(2, 1),
				Neo4jBatchSink.beginning(driver, log, audit), ExistingIds.of(driver), new BulkProgress("test", file.toString()));
		long started = count("MATCH (c:Change {instance: 'a bulk load'}) RETURN max(c.seq)");
		assertThat(count("MATCH (c:Change {instance: 'a bulk load', seq: " + started + "}) "
				+ "RETURN size(c.forces) + size(c.collaborations) + size(c.people)")).as("it touched nothing yet")
			.isZero();
		assertThat(count("MATCH (n) WHERE n:Function OR n:Force OR n:Collaboration OR n:Person OR n:Lesson "
				+ "RETURN count(DISTINCT n.version)")).isOne();
		assertThat(etag("/api/forces/aford")).isEqualTo(Precondition.etag(started));
		log.recordBulkLoad(driver, audit);
		assertThat(count("MATCH (s:ChangeSequence) RETURN s.seq")).as("no gap in the log").isEqualTo(started + 1);
	}
}
