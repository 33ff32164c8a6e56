package org.concordat.db;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations kept as Cypher files in {@code cypher/migrations} (packaged on the classpath),
 * and those that need Java (named the same way, {@code V008__...}, in the package of the concept they change),
 * with neo4j-migrations' core API: its Spring Boot starter does not support Boot 4 yet. Runs once at start-up,
 * before anything reads or writes the register.
 *
 * <p>First it waits for the database, up to {@code concordat.neo4j.startup-wait} (default 2 minutes): a server
 * started after the app (as orchestrators do), or slow to take its first connection, is waited for rather than
 * failing the start on the driver's short timeouts, which are set for requests (README, "Operating it").
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	SchemaMigrations(Driver driver, @Value("${concordat.neo4j.startup-wait:2m}") Duration wait) {
		awaitDatabase(driver, wait);
		var config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations")
			.withPackagesToScan("org.concordat.collaboration") // the migrations written in Java: V008
			.build();
		new Migrations(config, driver).apply()
			.ifPresent(version -> log.info("Register schema at version {}", version.getValue()));
	}

	private static void awaitDatabase(Driver driver, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		for (int attempt = 1;; attempt++) {
			try {
				driver.verifyConnectivity();
				return;
			}
			catch (RuntimeException e) {
				if (!unavailable(e) || System.nanoTime() > deadline) {
					throw e;
				}
				log.info("Waiting for the database (attempt {}): {}", attempt, e.getMessage());
			}
			try {
				Thread.sleep(1_000); // start-up, not a request path
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the database", e);
			}
		}
	}

	/** The errors the driver gives while a database cannot be reached or is slow to take a connection. */
	private static boolean unavailable(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}
}
