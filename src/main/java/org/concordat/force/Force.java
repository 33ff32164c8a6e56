package org.concordat.force;

/** A territorial police force: its id is a readable slug, {@code region} the official police region's name. */
public record Force(String id, String name, String region, Headquarters hq) {

	/** Where the force is run from; coordinates in decimal degrees (WGS84). */
	public record Headquarters(String town, Double lat, Double lon) {
	}
}
