package org.concordat.analytics.overlaps;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collaborations that overlap in membership ({@link Overlaps}). */
@RestController
class OverlapsController {

	private final Snapshots snapshots;

	OverlapsController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/analytics/overlaps")
	ResponseEntity<Overlaps.Answer> overlaps(@RequestParam(required = false) String force,
			@RequestParam(required = false) String function, @RequestParam(required = false) String region,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int pageSize = AnalyticsParameters.limit("limit", limit, Overlaps.DEFAULT_LIMIT, 100_000);
		int from = AnalyticsParameters.offset(offset);
		return p.stamp().respond(new Overlaps(p.asOf(at, includeNational)).find(p.force(force, false),
				p.function(function), p.region(region), pageSize, from));
	}
}
