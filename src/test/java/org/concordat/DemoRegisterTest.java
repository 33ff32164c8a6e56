package org.concordat;

import org.concordat.register.DemoSeed;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An {@link ApiTest} on the demo register: each test starts from the emptied register ({@link ApiTest}'s own
 * {@code @BeforeEach}, which JUnit runs first) with the demo register seeded into it.
 */
public abstract class DemoRegisterTest extends ApiTest {

	@Autowired
	private DemoSeed seed;

	@BeforeEach
	void demoRegisterSeeded() {
		seed.seedIfEmpty().block();
		// the seed's write advances the snapshot, but a failed advance is repaired only by the change feed, which
		// the tests switch off: read it whole, so that every test starts from a snapshot that has the demo register
		snapshots.rebuild().block();
	}
}
