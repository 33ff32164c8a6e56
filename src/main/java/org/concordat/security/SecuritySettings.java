package org.concordat.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code concordat.security.*}: who may read without signing in, the first admin's password, and how sign-ins
 * are checked. README, "Signing in", lists them with examples.
 *
 * @param publicRead anonymous clients read as {@code viewer} (off by default: nobody reads without signing in)
 * @param adminPassword the password of the {@code admin} account created at the first start; empty: a random
 *        one, printed once in the log
 * @param apiDocsPublic Swagger UI and the OpenAPI document for anyone, not only signed-in users
 * @param credentialCache how long a verified password or token is remembered, so that password hashing is paid
 *        once per client and not on every request (0 turns the cache off)
 * @param signIn the throttle on failed sign-ins
 * @param claims where an identity provider's tokens carry a principal's name, roles and forces
 * @param cors the origins allowed to call the API from a browser page of theirs (none by default)
 * @param tokens the API tokens issued for local accounts
 */
@ConfigurationProperties("concordat.security")
public record SecuritySettings(@DefaultValue("false") boolean publicRead, String adminPassword,
		@DefaultValue("false") boolean apiDocsPublic, @DefaultValue("60s") Duration credentialCache,
		@DefaultValue SignIn signIn, @DefaultValue Claims claims, @DefaultValue Cors cors,
		@DefaultValue Tokens tokens) {

	/**
	 * @param freeFailures failed sign-ins in a row for one username before it must wait
	 * @param longestWait the wait doubles from one second with every further failure, up to this
	 */
	public record SignIn(@DefaultValue("5") int freeFailures, @DefaultValue("15m") Duration longestWait) {
	}

	/**
	 * @param name the claim naming the principal (falls back to {@code sub})
	 * @param roles the claim listing its roles (a list, or one string separated by spaces or commas); a dotted
	 *        path reaches into nested claims, e.g. {@code realm_access.roles}
	 * @param forces the claim listing the forces its {@code editor} role applies to
	 * @param roleValues per role label, the claim values that grant it, where the provider's names differ from
	 *        Concordat's (e.g. {@code admin: [Concordat-Admins]}); a value equal to a role label always grants it
	 */
	public record Claims(@DefaultValue("preferred_username") String name, @DefaultValue("roles") String roles,
			@DefaultValue("forces") String forces, Map<String, List<String>> roleValues) {

		public Claims {
			roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
		}
	}

	/** @param allowedOrigins e.g. {@code https://intranet.example.police.uk}; empty keeps CORS closed */
	public record Cors(List<String> allowedOrigins) {

		public Cors {
			allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
		}
	}

	/**
	 * @param defaultLifetime how long a token lives when its request names no lifetime
	 * @param longestLifetime the longest lifetime a token may ask for
	 */
	public record Tokens(@DefaultValue("90d") Duration defaultLifetime, @DefaultValue("365d") Duration longestLifetime) {
	}
}
