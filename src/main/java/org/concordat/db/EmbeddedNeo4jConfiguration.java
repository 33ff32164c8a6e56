package org.concordat.db;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real Neo4j inside this process when no external one is configured, with Bolt on loopback only and
 * authentication on (a password generated per data directory, {@link BoltPassword}).
 * The rest of the app cannot tell: it gets the address through {@link Neo4jConnectionDetails} and talks to
 * it with Boot's own driver, exactly as it would to a server, Aura or a cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean
	BoltPassword embeddedBoltPassword(EmbeddedNeo4jProperties properties) {
		return BoltPassword.of(properties.home().toAbsolutePath().normalize());
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, BoltPassword password) {
		Path home = properties.home().toAbsolutePath().normalize();
		long started = System.nanoTime();
		var builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt answers only with the password kept beside the data (BoltPassword)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// 256 MB of pre-allocated log per database home is waste for a register of this size.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2));
		if (StringUtils.hasText(properties.pageCache())) {
			builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
		}
		DatabaseManagementService service = builder.build();
		setPassword(service, password);
		log.info("Embedded Neo4j started in {} ms, data in {}", (System.nanoTime() - started) / 1_000_000, home);
		return service;
	}

	/**
	 * Gives the {@code neo4j} user the data directory's password. Embedded transactions need no Bolt credentials;
	 * a database made before authentication was on, or a password file written anew, is brought in line here.
	 */
	private static void setPassword(DatabaseManagementService service, BoltPassword password) {
		var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try {
			system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password.value()));
		}
		catch (RuntimeException e) {
			// Neo4j refuses to "change" a password to the one it already has: then it is already set
			if (password.created() || !String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
				throw e;
			}
		}
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j, BoltPassword password) {
		var system = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var bolt = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info("Embedded Neo4j listens for Bolt on {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic("neo4j", password.value());
			}
		};
	}
}
