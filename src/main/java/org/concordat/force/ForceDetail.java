package org.concordat.force;

import java.util.List;

/**
 * A force with its memberships over time, as {@code GET /api/forces/{id}} answers. The memberships are part of
 * what its version covers: a membership that changes gives the force a new version too, so its ETag changes
 * whenever this representation does.
 */
public record ForceDetail(String id, String name, String region, Force.Headquarters hq,
		List<ForceMembership> memberships, Long version) {

	static ForceDetail of(Force force, List<ForceMembership> memberships) {
		return new ForceDetail(force.id(), force.name(), force.region(), force.hq(), memberships, force.version());
	}
}
