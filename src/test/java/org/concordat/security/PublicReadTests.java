package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** With {@code concordat.security.public-read=true} anonymous clients read as viewers, and only read. */
@TestPropertySource(properties = { "concordat.security.public-read=true",
		// a context of its own, so a database of its own
		"concordat.embedded.home=target/neo4j-test-public" })
class PublicReadTests extends ApiTest {

	@Test
	void anonymousClientsReadTheRegisterAndAnalyticsAsViewers() {
		RegisterDocument tiny = Fixtures.tinyRegister();
		Person lead = tiny.people().getFirst();
		load(new RegisterDocument(tiny.functions(), tiny.forces(), tiny.collaborations(), List.of(new Person(lead.id(),
				"Sam Example", lead.title(), lead.rank(), lead.force(), "sam@example.org", lead.leads(), lead.contactFor())),
				tiny.lessons()));
		anonymous().get().uri("/api/forces").exchange().expectStatus().isOk();
		anonymous().get().uri("/api/analytics/withdrawal?force=bford").exchange().expectStatus().isOk();
		anonymous().get().uri("/api/people/mg-lead").exchange().expectStatus().isOk().expectBody(String.class)
			.value(body -> assertThat(body).contains("Motorway group lead").doesNotContain("Sam Example"));
		anonymous().get().uri("/api/sign-in").exchange().expectBody().jsonPath("$.publicRead").isEqualTo(true);
	}

	@Test
	void anonymousClientsStillWriteNothingAndAreNotSignedIn() {
		load(Fixtures.tinyRegister());
		anonymous().put().uri("/api/forces/aford").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "A", "region", "North")).exchange().expectStatus().isUnauthorized();
		anonymous().get().uri("/api/account").exchange().expectStatus().isUnauthorized();
		anonymous().get().uri("/api/accounts").exchange().expectStatus().isUnauthorized();
		anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
		anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
	}
}
