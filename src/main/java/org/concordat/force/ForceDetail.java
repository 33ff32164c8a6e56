package org.concordat.force;

import java.util.List;

/** A force with its memberships over time, as {@code GET /api/forces/{id}} answers. */
public record ForceDetail(String id, String name, String region, Force.Headquarters hq,
		List<ForceMembership> memberships) {

	static ForceDetail of(Force force, List<ForceMembership> memberships) {
		return new ForceDetail(force.id(), force.name(), force.region(), force.hq(), memberships);
	}
}
