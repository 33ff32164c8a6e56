package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The snapshot's heap footprint at national scale, measured with JOL (every object reachable from it, headers
 * and padding included): a benchmark, run only with {@code mvn -Pbench test -Dtest=SnapshotFootprint}. The
 * snapshot is built by the same builder as at start-up, from the generated national register (17,541
 * agencies, seed 7), without a database: {@code SnapshotReaderTests} shows the flat read from Neo4j builds the
 * same snapshot as a document does.
 */
@Tag("bench")
class SnapshotFootprint {

	@Test
	void bytesPerMembership() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(GeneratorOptions.NATIONAL_AGENCIES, 7)).write(out);
		RegisterDocument doc = JsonMapper.builder().build().readValue(out.toByteArray(), RegisterDocument.class);
		RegisterSnapshot s = SnapshotBuilder.build(1, doc);
		doc = null;
		double m = s.membershipCount();
		long whole = GraphLayout.parseInstance(s).totalSize();
		long memberships = GraphLayout.parseInstance(s.collabStart, s.mForce, s.mCollab, s.mJoined, s.mLeft, s.mRole,
				s.mShare, s.forceStart, s.forceMemberships).totalSize();
		long forces = GraphLayout.parseInstance(s.forceIds, s.forceNames, s.forceRegions, s.forceLat, s.forceLon,
				s.forceIndex).totalSize();
		long collabs = GraphLayout.parseInstance(s.collabs, s.collabIndex).totalSize();
		long people = GraphLayout.parseInstance(s.roles, s.lessons).totalSize();
		System.out.printf("snapshot of %,d forces, %,d collaborations, %,d memberships, %,d roles, %,d lessons%n",
				s.forceCount(), s.collabCount(), s.membershipCount(), s.roles().size(), s.lessons().size());
		System.out.printf("whole snapshot: %,d bytes = %.1f bytes per membership%n", whole, whole / m);
		System.out.printf("  membership arrays (CSR both ways): %,d bytes = %.1f per membership%n", memberships,
				memberships / m);
		System.out.printf("  forces (ids, names, regions, coordinates, index): %,d bytes = %.1f per membership%n",
				forces, forces / m);
		System.out.printf("  collaborations (facts, figures, index): %,d bytes = %.1f per membership%n", collabs,
				collabs / m);
		System.out.printf("  people's roles and lessons: %,d bytes = %.1f per membership%n", people, people / m);
		System.out.println(GraphLayout.parseInstance(s).toFootprint().lines().limit(25).reduce("", (a, b) -> a + b + "\n"));
		// the design's claim for the membership structure itself; the whole is reported, not asserted
		assertThat(memberships / m).isLessThanOrEqualTo(32);
		assertThat(whole).isGreaterThan(memberships + forces);
	}
}
