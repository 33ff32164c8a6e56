package org.concordat.bench;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.snapshot.SnapshotReader;

/**
 * The snapshot's build beside its floor, alternately, several rounds: merely running its queries and reading
 * every value of every row, against reading them, assembling the document and building the snapshot.
 */
final class SnapshotBench {

	private final SnapshotReader reader;

	private final Report report;

	SnapshotBench(SnapshotReader reader, Report report) {
		this.reader = reader;
		this.report = report;
	}

	void run(int rounds) {
		report.section("Snapshot build beside reading its rows (" + rounds + " rounds each, alternating, after a warm-up)");
		reader.readRowsOnly();
		SnapshotBuilder.build(0, reader.read());
		Latencies read = new Latencies();
		Latencies build = new Latencies();
		long rows = 0;
		RegisterSnapshot built = null;
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			rows = reader.readRowsOnly();
			read.add(System.nanoTime() - started);
			started = System.nanoTime();
			built = SnapshotBuilder.build(i, reader.read());
			build.add(System.nanoTime() - started);
		}
		report.line("%,d forces, %,d collaborations, %,d memberships; %,d rows read", built.forceCount(),
				built.collabCount(), built.membershipCount(), rows);
		report.line("read rows only: %s", read.summary());
		report.line("read + build:   %s", build.summary());
		report.ratio("snapshot build / reading its rows (medians)", build.percentileMicros(50) / read.percentileMicros(50),
				2.0, false);
	}
}
