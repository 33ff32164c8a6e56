package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.concordat.ApiTest;
import org.concordat.db.DemoSeed;
import org.concordat.register.RegisterExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The snapshot read as flat rows at start-up is the one built from an exported document, field for field. */
class SnapshotReaderTests extends ApiTest {

	@Autowired
	SnapshotReader reader;

	@Autowired
	RegisterExport export;

	@Autowired
	DemoSeed demo;

	@Test
	void theFlatReadBuildsTheSameSnapshotAsTheExport() {
		load(demo.demoRegister());
		RegisterSnapshot fromRows = SnapshotBuilder.build(1, reader.read());
		RegisterSnapshot fromExport = SnapshotBuilder.build(1, export.document().block());
		assertThat(fromRows.membershipCount()).isGreaterThan(100);
		assertThat(dump(fromRows)).isEqualTo(dump(fromExport));
		assertThat(reader.readRowsOnly()).isGreaterThan(fromRows.membershipCount());
	}

	private static List<String> dump(RegisterSnapshot s) {
		return List.of(Arrays.toString(s.forceIds), Arrays.toString(s.forceNames), Arrays.toString(s.forceRegions),
				Arrays.toString(s.forceLat), Arrays.toString(s.forceLon), Arrays.toString(s.functionIds),
				Arrays.stream(s.collabs).map(c -> List.of(c.id(), c.name(), c.kind(), c.scope(), c.status(),
						c.started(), c.ended(), String.valueOf(c.annualCost()), c.figures(),
						Arrays.toString(c.functions()), Arrays.toString(c.dependsOn())).toString()).toList().toString(),
				Arrays.toString(s.collabStart), Arrays.toString(s.mForce), Arrays.toString(s.mJoined),
				Arrays.toString(s.mLeft), Arrays.toString(s.mRole), Arrays.toString(s.mShare), s.roles.toString(),
				s.lessons.toString());
	}
}
