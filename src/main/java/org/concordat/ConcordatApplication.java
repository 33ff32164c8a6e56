package org.concordat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Concordat: a register of police-to-police collaborations, kept as a Neo4j graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConcordatApplication {

	/** The server alone; the jar starts {@code org.concordat.launch.Launcher}, which also runs the commands. */
	public static void main(String[] args) {
		SpringApplication.run(ConcordatApplication.class, args);
	}
}
