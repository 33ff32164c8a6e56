package org.concordat.account;

import java.time.Duration;
import java.util.List;

import org.concordat.db.SchemaMigrations;
import org.concordat.security.Actor;
import org.concordat.security.Role;
import org.concordat.security.SecuritySettings;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import reactor.util.retry.Retry;

/**
 * At the first start (no local account yet) creates {@code admin} with the password from
 * {@code concordat.security.admin-password} ({@code CONCORDAT_SECURITY_ADMIN_PASSWORD}), or a random one
 * printed once in the log. Later starts leave the accounts alone, whatever the setting says.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String USERNAME = "admin";

	private final Accounts accounts;

	private final SecuritySettings settings;

	FirstAdmin(SchemaMigrations schema, Accounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Start-up, not a request path: the server should not answer before its first account exists.
		if (Boolean.TRUE.equals(accounts.anyExist().block())) {
			return;
		}
		boolean configured = StringUtils.hasText(settings.adminPassword());
		String password = configured ? settings.adminPassword() : Accounts.generatePassword();
		var errors = new java.util.ArrayList<org.concordat.web.FieldError>();
		Accounts.checkPassword("concordat.security.admin-password", password, errors);
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.get(0).field() + " " + errors.get(0).reason());
		}
		// A database that is slow at this moment (its transaction timeout is set for requests, and may be short) or
		// briefly unreachable is tried again: the account does not exist until the write commits.
		accounts.ensure(USERNAME, password, List.of(Role.ADMIN))
			.contextWrite(Actor.acting(Actor.system("first start")))
			.retryWhen(Retry.backoff(4, Duration.ofMillis(500)).filter(e -> e instanceof Neo4jException))
			.block();
		if (configured) {
			log.info("Created the first account, '{}', with the password from concordat.security.admin-password", USERNAME);
		}
		else {
			log.warn("""

					  Created the first account: username '{}', password '{}'
					  This is the only time the password is shown. Sign in at /signin and change it (or add accounts);
					  README, "Signing in", says how.
					""", USERNAME, password);
		}
	}
}
