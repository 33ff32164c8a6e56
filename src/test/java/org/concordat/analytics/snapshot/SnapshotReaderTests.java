package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.concordat.ApiTest;
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
		assertThat(dump(fromRows)).isEqualTo(dump(fromExport));
		assertThat(reader.readRowsOnly()).isGreaterThan(fromRows.membershipCount());
	}

	/** Everything the analytics can read, through the snapshot's public accessors. */
	static List<String> dump(RegisterSnapshot s) {
		List<String> lines = new java.util.ArrayList<>();
		for (int f = 0; f < s.forceCount(); f++) {
			lines.add(Arrays.asList(String.valueOf(s.forceId(f)), String.valueOf(s.forceName(f)), String.valueOf(s.region(f)),
					s.lat(f), s.lon(f), s.membershipCountOf(f)).toString());
		}
		for (int fn = 0; fn < s.functionCount(); fn++) {
			lines.add(String.valueOf(s.functionId(fn)));
		}
		for (int c = 0; c < s.collabCount(); c++) {
			var x = s.collab(c);
			lines.add(Arrays.asList(x.id(), x.name(), x.kind(), x.scope(), x.status(), x.started(), x.ended(),
					String.valueOf(x.annualCost()), x.figures(), Arrays.toString(x.functions()),
					Arrays.toString(x.dependsOn()), s.firstMembership(c), s.endMembership(c),
					Arrays.toString(s.lessonsOf(c))).toString());
		}
		for (int m = 0; m < s.membershipCount(); m++) {
			lines.add(Arrays.asList(s.memberForce(m), s.memberCollab(m), s.joined(m), s.left(m), s.role(m), s.share(m))
				.toString());
		}
		lines.add(s.roles().toString());
		lines.add(s.lessons().toString());
		return lines;
	}
}
