package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

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
 * same snapshot as a document does. The breakdown's four parts are disjoint and add up to the whole, less
 * the snapshot object itself and its two list views.
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
		GraphLayout whole = GraphLayout.parseInstance(s);
		GraphLayout memberships = GraphLayout.parseInstance(s.memberships);
		List<Object> ids = reachable(s, TextColumn.class);
		List<Object> names = reachable(s, WordColumn.class);
		List<Object> pools = new ArrayList<>(ids);
		pools.addAll(names);
		GraphLayout texts = GraphLayout.parseInstance(pools.toArray());
		GraphLayout people = GraphLayout.parseInstance(s.collabs.figures, s.roles, s.lessons).subtract(texts);
		GraphLayout entities = GraphLayout.parseInstance(s.forces, s.functions, s.collabs).subtract(texts)
			.subtract(GraphLayout.parseInstance(s.collabs.figures));
		GraphLayout indexes = GraphLayout.parseInstance(reachable(s, IdIndex.class).toArray()).subtract(texts);
		System.out.printf("snapshot of %,d forces, %,d collaborations, %,d memberships, %,d roles, %,d lessons, "
				+ "%,d figures%n", s.forceCount(), s.collabCount(), s.membershipCount(), s.roles().size(),
				s.lessons().size(), s.collabs.figures.size());
		print("whole snapshot", whole, m);
		print("  membership structure (blocks by collaboration: forces, days, roles, shares)", memberships, m);
		print("  force, function and collaboration columns and id indexes", entities, m);
		print("    of which the three id indexes", indexes, m);
		print("  texts: " + ids.size() + " columns of ids as UTF-8, " + names.size()
				+ " of names, titles and notes as word codes and their words", texts, m);
		System.out.printf("    (the same texts as UTF-8 bytes alone, without offsets: %,d bytes)%n", utf8(ids, names));
		print("  figures, roles and lessons (their texts in the pools)", people, m);
		// beside the figure: what the snapshot adds once membershipCountOf is called (no question calls it)
		s.membershipCountOf(0);
		print("beside it, the by-force membership lists, made on first use", GraphLayout.parseInstance(s.byForce()), m);
		System.out.println(whole.toFootprint().lines().limit(25).reduce("", (a, b) -> a + b + "\n"));
		// also beside it: what a server's questions add, kept with the snapshot (the network at one date, built by
		// the first question at that date, and the id order answers sort by)
		var asOf = new org.concordat.analytics.AsOf(s, java.time.LocalDate.parse("2025-06-30"), false);
		new org.concordat.analytics.ForceSimilarity(asOf).of(0, 10, false);
		new org.concordat.analytics.Overlaps(asOf).find(0, -1, null, 100, 0);
		long withCaches = GraphLayout.parseInstance(s).totalSize();
		System.out.printf("beside it, after a question at one date (that date's network view, the id order): %,d bytes"
				+ " = %.1f bytes per membership%n", withCaches, withCaches / m);
		long parts = memberships.totalSize() + entities.totalSize() + texts.totalSize() + people.totalSize();
		assertThat(parts).isLessThanOrEqualTo(whole.totalSize()).isGreaterThan(whole.totalSize() - 1024);
		// the membership structure's claim (MembershipTable): about 5 bytes a membership, plus its offsets
		assertThat(memberships.totalSize() / m).isLessThanOrEqualTo(8);
	}

	private static long utf8(List<Object> ids, List<Object> names) {
		long bytes = 0;
		for (Object o : ids) {
			TextColumn column = (TextColumn) o;
			for (int i = 0; i < column.size(); i++) {
				bytes += column.isNull(i) ? 0 : column.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			}
		}
		for (Object o : names) {
			WordColumn column = (WordColumn) o;
			for (int i = 0; i < column.size(); i++) {
				String text = column.get(i);
				bytes += text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			}
		}
		return bytes;
	}

	private static void print(String what, GraphLayout layout, double memberships) {
		System.out.printf("%s: %,d bytes = %.1f bytes per membership%n", what, layout.totalSize(),
				layout.totalSize() / memberships);
	}

	/** The instances of {@code type} in the snapshot's own classes, walked field by field (not into them). */
	private static List<Object> reachable(Object root, Class<?> type) {
		List<Object> found = new ArrayList<>();
		walk(root, type, found);
		return found;
	}

	private static void walk(Object o, Class<?> type, List<Object> found) {
		if (type.isInstance(o)) {
			if (found.stream().noneMatch(x -> x == o)) { // an id index refers to its table's ids too
				found.add(o);
			}
			return;
		}
		if (o instanceof WordColumn || o instanceof TextColumn) {
			return; // a word column's words and codes are text columns of its own
		}
		for (Class<?> k = o.getClass(); k != null && k.getPackage() == TextColumn.class.getPackage(); k = k.getSuperclass()) {
			for (Field f : k.getDeclaredFields()) {
				if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || f.getType().isArray()) {
					continue;
				}
				try {
					f.setAccessible(true);
					Object v = f.get(o);
					if (v != null && v.getClass().getPackage() == TextColumn.class.getPackage()) {
						walk(v, type, found);
					}
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}
}
