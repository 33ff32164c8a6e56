package org.concordat.force;

/** A membership seen from the force's side ({@code leftDateUnknown}: it has left, on a date not known). */
public record ForceMembership(String collaboration, String joined, String left, String role, Double costShare,
		String confidence, Boolean leftDateUnknown) {
}
