package org.concordat.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordat.ApiTest;
import org.concordat.TestSignIn;
import org.concordat.db.SchemaMigrations;
import org.concordat.security.Role;
import org.concordat.security.SecuritySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first start of a register with no account: an admin whose random password is printed once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests extends ApiTest {

	private static final Pattern PRINTED = Pattern.compile("username 'admin', password '([^']+)'");

	@Autowired
	private Accounts accounts;

	@Autowired
	private SchemaMigrations schema;

	@Autowired
	private SecuritySettings settings;

	@Test
	void withNoPasswordConfiguredTheFirstAdminsRandomPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
		SecuritySettings unset = new SecuritySettings(false, null, false, settings.credentialCache(), settings.signIn(),
				settings.claims(), settings.cors(), settings.tokens());
		try {
			cypher.run("MATCH (n) WHERE n:Account OR n:ApiToken DETACH DELETE n", java.util.Map.of()).block();
			new FirstAdmin(schema, accounts, unset).afterSingletonsInstantiated();
			Matcher printed = PRINTED.matcher(output.getOut());
			assertThat(printed.find()).as("the password is in the log").isTrue();
			String password = printed.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			as("admin", password).get().uri("/api/account").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.roles").value(roles -> assertThat((List<Object>) roles).contains("admin"));

			// a later start leaves the accounts alone and prints no password
			int before = output.getOut().length();
			new FirstAdmin(schema, accounts, unset).afterSingletonsInstantiated();
			assertThat(output.getOut().substring(before)).doesNotContain("password '");
			as("admin", password).get().uri("/api/account").exchange().expectStatus().isOk();
		}
		finally {
			// the other tests sign in as the admin with the known password, and make their own accounts again
			cypher.run("MATCH (n) WHERE n:Account OR n:ApiToken DETACH DELETE n", java.util.Map.of()).block();
			accounts.ensure(TestSignIn.ADMIN, TestSignIn.ADMIN_PASSWORD, List.of(Role.ADMIN)).block();
			forgetMadeAccounts();
		}
	}
}
