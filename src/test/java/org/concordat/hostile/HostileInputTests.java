package org.concordat.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.TestSignIn;
import org.concordat.account.Accounts;
import org.concordat.hostile.HostileCases.HostileCase;
import org.concordat.register.DemoSeed;
import org.concordat.security.Role;
import org.concordat.security.StubIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests over every operation of the app's own OpenAPI document, against the demo register: none is
 * answered 5xx, those that must be refused are, every refusal is problem+json naming its fields, a refused write
 * changes nothing and an accepted one changes only what it named (see {@link HostileRun}).
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_CASES} cases. The long run (docs/hostile-input.md):
 * <pre>mvn -B test -DskipE2E -Dtest=HostileInputTests -Dhostile.cases=10000 -Dhostile.seed=1</pre>
 * writes its report to {@code target/hostile-input.md}; {@code -Dhostile.from=N} starts at case N (with
 * {@code -Dhostile.cases=1}, one case again: cases are repeatable, but for the versions they read).
 */
class HostileInputTests extends ApiTest {

	static final int DEFAULT_CASES = 300;

	/**
	 * The run signs in as an admin of the tests' identity provider, with a bearer JWT: the account endpoints are
	 * among the operations, and a case may change or remove a local account (the first admin's too), so the run's
	 * own sign-in must not be a local account.
	 */
	private static final StubIdentityProvider PROVIDER = StubIdentityProvider.shared().client("hostile-run",
			"hostile-run-secret", Map.of("sub", "hostile-run", "roles", List.of("admin")), StubIdentityProvider.AUDIENCE,
			Duration.ofHours(12), false);

	@Autowired
	private DemoSeed seed;

	@Autowired
	private Accounts accounts;

	/**
	 * The run starts with accounts it can put back over the API: the first admin, a viewer and an editor for a
	 * force of the demo register (an account other tests made may name a force this register lacks, which no
	 * request could set again). The other tests' accounts are made again when they next ask for them.
	 */
	@BeforeEach
	void accountsTheRunCanPutBack() {
		cypher.run("MATCH (n) WHERE n:Account OR n:ApiToken DETACH DELETE n", Map.of()).block();
		forgetMadeAccounts();
		accounts.ensure(TestSignIn.ADMIN, TestSignIn.ADMIN_PASSWORD, List.of(Role.ADMIN)).block();
		accounts.ensure("hostile-viewer", TEST_PASSWORD, List.of(Role.VIEWER)).block();
		accounts.ensure("hostile-editor", TEST_PASSWORD, List.of(Role.EDITOR),
				List.of(seed.demoRegister().forces().getFirst().id())).block();
	}

	/**
	 * A case may have changed the first admin's password (invisible to the run's checks) or made an account again
	 * with a new one: the accounts the other tests sign in with are set as they expect.
	 */
	@AfterEach
	void accountsAsTheOtherTestsKnowThem() {
		accounts.ensure(TestSignIn.ADMIN, TestSignIn.ADMIN_PASSWORD, List.of(Role.ADMIN)).block();
		forgetMadeAccounts();
	}

	private static String admin() {
		return "Bearer " + PROVIDER.accessToken("hostile-run");
	}

	@LocalServerPort
	private int port;

	@Test
	void noHostileRequestIsAnswered5xxAcceptedThoughWrongOrChangesWhatItDidNotName() throws IOException {
		load(seed.demoRegister());
		long seedNumber = Long.getLong("hostile.seed", 20261205L);
		int from = Integer.getInteger("hostile.from", 0);
		int cases = Integer.getInteger("hostile.cases", DEFAULT_CASES);
		HostileRun run = new HostileRun("http://localhost:" + port, admin());

		HostileRun.Report report = run.run(seedNumber, from, cases);

		String markdown = report.markdown();
		Files.writeString(Path.of("target", "hostile-input.md"), markdown);
		System.out.println(markdown);
		assertThat(report.violations()).as(markdown).isEmpty();
		if (cases >= DEFAULT_CASES) {
			// the generator reaches every operation, and gets both answers from the writes
			assertThat(report.operations().values()).allSatisfy(tally -> assertThat(tally.cases).isPositive());
			assertThat(report.writesAccepted()).isPositive();
			// and spoils the bodies of the writes often enough: a share of the cases sent to POST and PUT, not of all
			// cases, since the reads and deletes, whose number grows with the API, have no body to spoil
			int writeCases = report.operations().entrySet().stream()
				.filter(operation -> operation.getKey().startsWith("POST ") || operation.getKey().startsWith("PUT "))
				.mapToInt(operation -> operation.getValue().cases).sum();
			assertThat(report.mustRefuse()).isGreaterThan(writeCases / 3);
		}
	}

	@Test
	void theSameSeedGivesTheSameCasesAndTheOperationsComeFromTheApiDocument() {
		load(seed.demoRegister());
		HostileRun run = new HostileRun("http://localhost:" + port, admin());
		assertThat(run.operations()).extracting(ApiOperation::toString)
			.contains("POST /api/forces", "PUT /api/collaborations/{id}", "POST /api/import",
					"POST /api/collaborations/{id}/members/{force}/withdrawal", "GET /api/analytics/withdrawal");
		for (int n = 0; n < 50; n++) {
			HostileCase once = run.generate(7, n);
			HostileCase again = run.generate(7, n);
			assertThat(again.uri()).isEqualTo(once.uri());
			assertThat(again.mutations()).isEqualTo(once.mutations());
			assertThat(Arrays.equals(again.body(), once.body())).as(once.describe()).isTrue();
		}
		assertThat(run.generate(7, 1).describe()).isNotEqualTo(run.generate(8, 1).describe());
	}
}
