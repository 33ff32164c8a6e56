package org.concordat.analytics.graph;

import java.util.Set;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.CollaborationRules;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network at a date for drawing ({@link GraphView}). */
@RestController
class GraphController {

	private final Snapshots snapshots;

	GraphController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/graph")
	ResponseEntity<GraphView.Graph> graph(@RequestParam(required = false) String region,
			@RequestParam(required = false) String function, @RequestParam(required = false) String status,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		String byLevel = AnalyticsParameters.oneOf("level", level, "force", Set.of("force", "region"));
		if (status != null) {
			AnalyticsParameters.oneOf("status", status, null, CollaborationRules.STATUSES);
		}
		var view = new GraphView(p.asOf(at, includeNational));
		int max = AnalyticsParameters.limit("limit", limit, 2_000, 20_000);
		return p.stamp().respond("region".equals(byLevel) ? view.regions(p.region(region), p.function(function), status, max)
				: view.forces(p.region(region), p.function(function), status, max));
	}
}
