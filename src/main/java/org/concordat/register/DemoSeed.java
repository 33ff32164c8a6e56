package org.concordat.register;

import java.io.IOException;
import java.io.InputStream;

import org.concordat.db.Cypher;
import org.concordat.db.SchemaMigrations;
import org.concordat.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo register ({@code cypher/seed/demo-register.json}) into an empty register on start-up, through
 * the same checks and writer as an import. A register that holds anything is left alone, so restarts never
 * duplicate; {@code concordat.seed.enabled=false} starts with an empty register.
 */
@Component
public class DemoSeed implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

	static final String LOCATION = "cypher/seed/demo-register.json";

	private final RegisterImport imports;

	private final Cypher cypher;

	private final JsonMapper json;

	private final boolean enabled;

	DemoSeed(SchemaMigrations schema, RegisterImport imports, Cypher cypher, JsonMapper json,
			@Value("${concordat.seed.enabled:true}") boolean enabled) {
		this.imports = imports;
		this.cypher = cypher;
		this.json = json;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (enabled) {
			// Start-up, not a request path: the app should not accept requests before the seed is in.
			seedIfEmpty().block();
		}
	}

	/**
	 * Imports the demo register when the register is empty; answers whether it did. The audit records it as a
	 * merge import by {@code system} at start-up, with the seed file's digest.
	 */
	public Mono<Boolean> seedIfEmpty() {
		return cypher.count("MATCH (n) WHERE n:Force OR n:Collaboration RETURN count(n)", java.util.Map.of())
			.flatMap(existing -> {
				if (existing > 0) {
					return Mono.just(false);
				}
				byte[] bytes = demoRegisterBytes();
				return imports.merge(json.readValue(bytes, RegisterDocument.class), sha256(bytes))
					.contextWrite(Actor.acting(Actor.system("demo seed " + LOCATION)))
					.doOnSuccess(done -> log.info("Seeded the demo register"))
					.thenReturn(true);
			});
	}

	public RegisterDocument demoRegister() {
		return json.readValue(demoRegisterBytes(), RegisterDocument.class);
	}

	private static byte[] demoRegisterBytes() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the demo register " + LOCATION, e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
