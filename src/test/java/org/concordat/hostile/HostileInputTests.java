package org.concordat.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.concordat.ApiTest;
import org.concordat.TestSignIn;
import org.concordat.hostile.HostileCases.HostileCase;
import org.concordat.register.DemoSeed;
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

	private static final String ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString(
			(TestSignIn.ADMIN + ":" + TestSignIn.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

	@Autowired
	private DemoSeed seed;

	@LocalServerPort
	private int port;

	@Test
	void noHostileRequestIsAnswered5xxAcceptedThoughWrongOrChangesWhatItDidNotName() throws IOException {
		load(seed.demoRegister());
		long seedNumber = Long.getLong("hostile.seed", 20261205L);
		int from = Integer.getInteger("hostile.from", 0);
		int cases = Integer.getInteger("hostile.cases", DEFAULT_CASES);
		HostileRun run = new HostileRun("http://localhost:" + port, ADMIN);

		HostileRun.Report report = run.run(seedNumber, from, cases);

		String markdown = report.markdown();
		Files.writeString(Path.of("target", "hostile-input.md"), markdown);
		System.out.println(markdown);
		assertThat(report.violations()).as(markdown).isEmpty();
		if (cases >= DEFAULT_CASES) {
			// the generator reaches every operation, and gets both answers from the writes
			assertThat(report.operations().values()).allSatisfy(tally -> assertThat(tally.cases).isPositive());
			assertThat(report.writesAccepted()).isPositive();
			assertThat(report.mustRefuse()).isGreaterThan(cases / 5);
		}
	}

	@Test
	void theSameSeedGivesTheSameCasesAndTheOperationsComeFromTheApiDocument() {
		load(seed.demoRegister());
		HostileRun run = new HostileRun("http://localhost:" + port, ADMIN);
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
