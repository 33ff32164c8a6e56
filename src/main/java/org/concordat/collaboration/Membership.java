package org.concordat.collaboration;

/**
 * A force's membership of a collaboration, identified by (collaboration, force, joined). A missing
 * {@code joined} means "since the collaboration started"; {@code left} is set when the force withdraws, and
 * the membership stays: history is never deleted. {@code leftDateUnknown} says the force has left on a date no
 * source gives (then {@code left} is empty): an empty {@code left} alone means it has not left.
 */
public record Membership(String force, String joined, String left, String role, Double costShare,
		String confidence, Boolean leftDateUnknown) {

	public static final String HOST = "host";

	public Membership(String force, String joined, String left, String role, Double costShare, String confidence) {
		this(force, joined, left, role, costShare, confidence, null);
	}

	public Membership withLeft(String newLeft) {
		return new Membership(force, joined, newLeft, role, costShare, confidence, null);
	}

	/** Whether the force has left, on a known date or not. */
	public boolean hasLeft() {
		return left != null || Boolean.TRUE.equals(leftDateUnknown);
	}

	boolean sameKey(Membership other) {
		return java.util.Objects.equals(force, other.force) && java.util.Objects.equals(joined, other.joined);
	}
}
