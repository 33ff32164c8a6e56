package org.concordat.analytics.snapshot.storage;

/** A force as the analytics see it; {@code lat} and {@code lon} are NaN when its headquarters are not known. */
public record ForceProfile(String id, String name, String region, double lat, double lon) {
}
