package org.concordat.db;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations kept as Cypher files in {@code cypher/migrations} (packaged on the classpath),
 * with neo4j-migrations' core API: its Spring Boot starter does not support Boot 4 yet. Runs once at start-up,
 * before anything reads or writes the register.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	SchemaMigrations(Driver driver) {
		var config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations").build();
		new Migrations(config, driver).apply()
			.ifPresent(version -> log.info("Register schema at version {}", version.getValue()));
	}
}
