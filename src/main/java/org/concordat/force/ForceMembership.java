package org.concordat.force;

/** A membership seen from the force's side. */
public record ForceMembership(String collaboration, String joined, String left, String role, Double costShare,
		String confidence) {
}
