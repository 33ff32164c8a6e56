package org.concordat.collaboration;

import java.time.LocalDate;

/** What {@code GET /api/collaborations} may be narrowed by; null means "any". */
public record CollaborationFilter(String status, String function, String region, LocalDate at, String q) {

	public static final CollaborationFilter NONE = new CollaborationFilter(null, null, null, null, null);
}
