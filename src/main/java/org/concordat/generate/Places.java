package org.concordat.generate;

import java.util.List;

/**
 * The 50 regions of a national register and how agencies are named in them. Regions are the US states with
 * rough centroids; weights are rough shares of the BJS 2018 census of agencies (Texas, Pennsylvania, Illinois
 * and Ohio hold the most), enough to give the generated network a realistic unevenness, not to be a census.
 */
final class Places {

	record Region(String name, String code, double lat, double lon, int weight) {
	}

	static final List<Region> REGIONS = List.of(new Region("Alabama", "al", 32.8, -86.8, 430),
			new Region("Alaska", "ak", 61.4, -152.3, 50), new Region("Arizona", "az", 34.3, -111.7, 130),
			new Region("Arkansas", "ar", 34.9, -92.4, 330), new Region("California", "ca", 37.2, -119.5, 500),
			new Region("Colorado", "co", 39.0, -105.5, 250), new Region("Connecticut", "ct", 41.6, -72.7, 130),
			new Region("Delaware", "de", 39.0, -75.5, 45), new Region("Florida", "fl", 28.6, -82.4, 400),
			new Region("Georgia", "ga", 32.7, -83.4, 600), new Region("Hawaii", "hi", 20.8, -156.3, 10),
			new Region("Idaho", "id", 44.4, -114.6, 120), new Region("Illinois", "il", 40.0, -89.2, 880),
			new Region("Indiana", "in", 39.9, -86.3, 480), new Region("Iowa", "ia", 42.1, -93.5, 380),
			new Region("Kansas", "ks", 38.5, -98.4, 370), new Region("Kentucky", "ky", 37.5, -85.3, 400),
			new Region("Louisiana", "la", 31.1, -92.0, 350), new Region("Maine", "me", 45.4, -69.2, 140),
			new Region("Maryland", "md", 39.0, -76.8, 150), new Region("Massachusetts", "ma", 42.3, -71.8, 360),
			new Region("Michigan", "mi", 44.3, -85.4, 600), new Region("Minnesota", "mn", 46.3, -94.3, 420),
			new Region("Mississippi", "ms", 32.7, -89.7, 320), new Region("Missouri", "mo", 38.4, -92.5, 580),
			new Region("Montana", "mt", 47.0, -109.6, 120), new Region("Nebraska", "ne", 41.5, -99.8, 230),
			new Region("Nevada", "nv", 39.3, -116.6, 80), new Region("New Hampshire", "nh", 43.7, -71.6, 210),
			new Region("New Jersey", "nj", 40.2, -74.7, 520), new Region("New Mexico", "nm", 34.4, -106.1, 140),
			new Region("New York", "ny", 42.9, -75.5, 550), new Region("North Carolina", "nc", 35.6, -79.4, 500),
			new Region("North Dakota", "nd", 47.5, -100.5, 110), new Region("Ohio", "oh", 40.3, -82.8, 850),
			new Region("Oklahoma", "ok", 35.6, -97.5, 470), new Region("Oregon", "or", 43.9, -120.6, 170),
			new Region("Pennsylvania", "pa", 40.9, -77.8, 1100), new Region("Rhode Island", "ri", 41.7, -71.5, 50),
			new Region("South Carolina", "sc", 33.9, -80.9, 290), new Region("South Dakota", "sd", 44.4, -100.2, 160),
			new Region("Tennessee", "tn", 35.9, -86.4, 380), new Region("Texas", "tx", 31.5, -99.3, 2700),
			new Region("Utah", "ut", 39.3, -111.7, 140), new Region("Vermont", "vt", 44.1, -72.7, 90),
			new Region("Virginia", "va", 37.5, -78.9, 370), new Region("Washington", "wa", 47.4, -120.5, 260),
			new Region("West Virginia", "wv", 38.6, -80.6, 240), new Region("Wisconsin", "wi", 44.6, -89.9, 540),
			new Region("Wyoming", "wy", 43.0, -107.6, 80));

	private static final String[] PREFIXES = { "Oak", "Maple", "Cedar", "Pine", "Elm", "Ash", "Birch", "Willow",
			"Spring", "Green", "Red", "Stone", "Clear", "Fair", "Glen", "Lake", "River", "Hill", "North", "South",
			"East", "West", "Sun", "Rock", "Silver", "Gold", "Iron", "Wood", "Brook", "Fox", "Deer", "Eagle", "Hawk",
			"Bell", "Mill", "Mason", "Frank", "Clay", "Harris", "Lincoln" };

	private static final String[] SUFFIXES = { "field", "ville", "ton", "wood", "ford", "burg", "dale", "port",
			"view", "ridge", "crest", "haven", "brook", "mont", "side", "land", "ley", "wick", "stead", "bury" };

	private Places() {
	}

	static String town(java.util.Random random) {
		return PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
	}

	static String slug(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
