package org.concordat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Concordat: a register of police-to-police collaborations, kept as a Neo4j graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConcordatApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConcordatApplication.class, args);
	}
}
