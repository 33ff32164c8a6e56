package org.concordat.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that serves when no {@code spring.neo4j.uri} is set.
 *
 * @param home where the database files live (relative paths resolve against the working directory)
 * @param boltPort the loopback port Bolt listens on; 0 picks any free port
 * @param pageCache page cache size, e.g. {@code 256m}; empty lets Neo4j choose
 */
@ConfigurationProperties("concordat.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path home, @DefaultValue("0") int boltPort,
		String pageCache) {
}
