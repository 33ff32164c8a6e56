package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordat.ApiTest;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotAdvanceTests;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.register.DemoSeed;
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
		assertThat(SnapshotAdvanceTests.dump(fromRows)).isEqualTo(SnapshotAdvanceTests.dump(fromExport));
		assertThat(reader.readRowsOnly()).isGreaterThan(fromRows.membershipCount());
	}
}
