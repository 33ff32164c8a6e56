package org.concordat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Concordat: a register of police-to-police collaborations, kept as a Neo4j graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConcordatApplication {

	public static void main(String[] args) {
		if (org.concordat.command.Commands.isCommand(args)) {
			// generate, load and bench run instead of the server (README, "The national register")
			System.exit(org.concordat.command.Commands.run(args));
		}
		SpringApplication.run(ConcordatApplication.class, args);
	}
}
