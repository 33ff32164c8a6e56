package org.concordat.bench;

import java.time.Duration;
import java.util.List;

import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterWriter;

/**
 * How soon a write is visible to the analytics at national scale: collaborations of the sample forces written
 * again through the register writer, one after another, each timed from its commit to the new snapshot
 * ({@link Snapshots#lastWriteToVisible}: the collaboration re-read and the snapshot advanced). Up to two
 * collaborations of each sample force, at most 150 (150 on the national register): from a hundred writes on, the
 * p99 is not simply the slowest, as it was of the 30 written before.
 */
final class WriteBench {

	private final RegisterWriter writer;

	private final CollaborationRepository collaborations;

	private final Snapshots snapshots;

	private final Report report;

	WriteBench(RegisterWriter writer, CollaborationRepository collaborations, Snapshots snapshots, Report report) {
		this.writer = writer;
		this.collaborations = collaborations;
		this.snapshots = snapshots;
		this.report = report;
	}

	void run(List<String> collabIds) {
		report.section("Writes: commit to visible in the snapshot, " + collabIds.size() + " collaborations written again");
		Latencies visible = new Latencies();
		Latencies whole = new Latencies();
		for (int pass = 0; pass < 2; pass++) { // the first pass warms up
			for (String id : collabIds) {
				// a command-line run, no request waits on it
				Collaboration c = collaborations.findAll(List.of(id)).blockFirst(Duration.ofMinutes(1));
				long started = System.nanoTime();
				writer.write(RegisterDocument.ofCollaborations(List.of(c)), false).block(Duration.ofMinutes(1));
				if (pass == 1) {
					whole.add(System.nanoTime() - started);
					visible.add(snapshots.lastWriteToVisible().toNanos());
				}
			}
		}
		report.line("commit to visible: %s, the slowest %.1f ms", visible.summary(), visible.percentileMicros(100) / 1_000);
		report.line("the whole write (transaction, commit, snapshot advanced): %s", whole.summary());
		report.ratio("write visible to the analytics, p99 in ms / 100 ms", visible.percentileMicros(99) / 100_000, 1.0,
				false);
	}
}
