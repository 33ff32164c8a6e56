package org.concordat.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordat.ApiTest;
import org.concordat.ConcordatApplication;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.neo4j.uri} set, the app starts no database of its own and serves the one it is pointed
 * at. Without Docker, the Neo4j to point at is the test run's embedded one, reached over Bolt like a server.
 */
class ExternalNeo4jTests extends ApiTest {

	@Autowired
	private Neo4jConnectionDetails embedded;

	@Autowired
	private BoltPassword password;

	@Test
	void anAppPointedAtAnExternalNeo4jServesItsDataAndStartsNoEmbeddedDatabase() {
		load(Fixtures.tinyRegister());
		String uri = embedded.getUri().toString().replace("bolt://", "neo4j://");
		// command-line arguments, so they win over application.properties
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ConcordatApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + password.value(), "--concordat.seed.enabled=false",
					"--spring.main.web-application-type=none")) {
			assertThat(second.getBeansOfType(DatabaseManagementService.class)).isEmpty();
			var export = second.getBean(org.concordat.register.RegisterExport.class).document().block();
			assertThat(export.forces()).hasSize(4);
			assertThat(export.collaborations()).extracting("id").containsExactly("alliance", "mg");
		}
	}
}
