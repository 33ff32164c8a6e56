package org.concordat.collaboration;

/**
 * A force's membership of a collaboration, identified by (collaboration, force, joined). A missing
 * {@code joined} means "since the collaboration started"; {@code left} is set when the force withdraws, and
 * the membership stays: history is never deleted.
 */
public record Membership(String force, String joined, String left, String role, Double costShare,
		String confidence) {

	public static final String HOST = "host";

	public Membership withLeft(String newLeft) {
		return new Membership(force, joined, newLeft, role, costShare, confidence);
	}

	boolean sameKey(Membership other) {
		return java.util.Objects.equals(force, other.force) && java.util.Objects.equals(joined, other.joined);
	}
}
