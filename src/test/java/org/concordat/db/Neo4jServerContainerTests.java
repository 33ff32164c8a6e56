package org.concordat.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.concordat.TestSignIn;
import org.springframework.context.annotation.Import;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The app against a Neo4j server image, as it would run against a server, Aura or a cluster. Runs where
 * Docker exists and is skipped cleanly where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "concordat.security.admin-password=" + TestSignIn.ADMIN_PASSWORD)
@AutoConfigureWebTestClient
@Import(TestSignIn.class)
class Neo4jServerContainerTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("concordat-test");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient web;

	@Test
	void servesTheSeededRegisterFromTheServerWithoutStartingAnEmbeddedDatabase() {
		assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
		web.get().uri("/api/forces").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "43");
	}
}
