package org.concordat.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import tools.jackson.core.JsonGenerator;

/**
 * The agencies of a generated register: one state police per region, then town police departments and
 * county sheriffs' offices spread over the regions by weight, headquartered near the region's centroid.
 * Kept in memory (ids, towns, regions) because collaborations pick their members from them.
 */
final class Agencies {

	final String[] ids;

	final String[] towns;

	final int[] region;

	/** Every agency, ascending: the pool of national collaborations. */
	final int[] all;

	/** The agencies of each region, ascending. */
	final int[][] byRegion;

	Agencies(int count, Random random, JsonGenerator out) {
		ids = new String[count];
		towns = new String[count];
		region = new int[count];
		all = java.util.stream.IntStream.range(0, count).toArray();
		int[] quota = quotas(count);
		List<List<Integer>> members = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		int a = 0;
		out.writeName("forces");
		out.writeStartArray();
		for (int r = 0; r < quota.length; r++) {
			Places.Region place = Places.REGIONS.get(r);
			List<Integer> here = new ArrayList<>();
			for (int k = 0; k < quota[r]; k++, a++) {
				String town = k == 0 ? place.name() : Places.town(random);
				String name = k == 0 ? place.name() + " State Police"
						: random.nextInt(5) == 0 ? town + " County Sheriff's Office" : town + " Police Department";
				String id = unique(Places.slug(name) + "-" + place.code(), taken);
				ids[a] = id;
				towns[a] = town;
				region[a] = r;
				here.add(a);
				double lat = round(place.lat() + random.nextGaussian() * 1.2);
				double lon = round(place.lon() + random.nextGaussian() * 1.6);
				out.writeStartObject();
				out.writeStringProperty("id", id);
				out.writeStringProperty("name", name);
				out.writeStringProperty("region", place.name());
				out.writeName("hq");
				out.writeStartObject();
				out.writeStringProperty("town", town);
				out.writeNumberProperty("lat", Math.max(-90, Math.min(90, lat)));
				out.writeNumberProperty("lon", Math.max(-180, Math.min(180, lon)));
				out.writeEndObject();
				out.writeEndObject();
			}
			members.add(here);
		}
		out.writeEndArray();
		byRegion = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	int count() {
		return ids.length;
	}

	/** Agencies per region by weight (largest remainder), at least one each. */
	private static int[] quotas(int count) {
		int regions = Places.REGIONS.size();
		double total = Places.REGIONS.stream().mapToInt(Places.Region::weight).sum();
		int[] quota = new int[regions];
		double[] remainder = new double[regions];
		int given = 0;
		for (int r = 0; r < regions; r++) {
			double exact = 1 + (count - regions) * Places.REGIONS.get(r).weight() / total;
			quota[r] = (int) exact;
			remainder[r] = exact - quota[r];
			given += quota[r];
		}
		while (given < count) {
			int best = 0;
			for (int r = 1; r < regions; r++) {
				best = remainder[r] > remainder[best] ? r : best;
			}
			quota[best]++;
			remainder[best] = -1;
			given++;
		}
		return quota;
	}

	private static String unique(String id, Set<String> taken) {
		String candidate = id;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 10_000) / 10_000.0;
	}
}
