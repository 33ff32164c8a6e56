package org.concordat.answers;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Collaborations that overlap in membership ({@link Overlaps}). */
@RestController
class OverlapsController {

	record Answer(String summary, @JsonUnwrapped Overlaps.Answer overlaps) {
	}

	private final Snapshots snapshots;

	OverlapsController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/analytics/overlaps")
	ResponseEntity<Answer> overlaps(@RequestParam(required = false) String force,
			@RequestParam(required = false) String function, @RequestParam(required = false) String region,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int pageSize = AnalyticsParameters.limit("limit", limit, Overlaps.DEFAULT_LIMIT, 100_000);
		int from = AnalyticsParameters.offset(offset);
		var asOf = p.asOf(at, includeNational);
		int f = p.force(force, false);
		int fn = p.function(function);
		String inRegion = p.region(region);
		var found = new Overlaps(asOf).find(f, fn, inRegion, pageSize, from);
		return p.stamp().respond(new Answer(Summaries.overlaps(asOf, found, force, function, inRegion), found));
	}
}
