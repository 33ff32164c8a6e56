package org.concordat.force;

/**
 * A territorial police force: its id is a readable slug, {@code region} the official police region's name.
 * {@code version} is the register's (see {@link org.concordat.entity.Precondition}): given on every read,
 * ignored on create, the expected version on update.
 */
public record Force(String id, String name, String region, Headquarters hq, Long version) {

	/** A force as input describes it, without a version. */
	public Force(String id, String name, String region, Headquarters hq) {
		this(id, name, region, hq, null);
	}

	/** Where the force is run from; coordinates in decimal degrees (WGS84). */
	public record Headquarters(String town, Double lat, Double lon) {
	}
}
