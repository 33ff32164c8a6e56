package org.concordat.answers;

import java.util.List;
import java.util.Set;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Forces that collaborate alike, and collaborations that resemble one another. */
@RestController
@RequestMapping("/api/analytics")
class SimilarityController {

	/** The forces most like {@code force}, by what and how they were compared. */
	record SimilarForces(String summary, String force, String by, String method, List<ForceSimilarity.Similar> similar,
			SnapshotStamp snapshot) {
	}

	record SimilarCollaborations(String summary, String collaboration, List<CollaborationSimilarity.Similar> similar,
			SnapshotStamp snapshot) {
	}

	private final Snapshots snapshots;

	SimilarityController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/similar-forces")
	ResponseEntity<SimilarForces> similarForces(@RequestParam(required = false) String force,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String at,
			@RequestParam(required = false) String by, @RequestParam(required = false) String method,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		String basis = AnalyticsParameters.oneOf("by", by, "collaborations", Set.of("collaborations", "functions"));
		String how = AnalyticsParameters.oneOf("method", method, "jaccard", Set.of("jaccard", "adamic-adar"));
		if (how.equals("adamic-adar") && basis.equals("functions")) {
			throw new InvalidInputException("method", "adamic-adar weighs shared collaborations: use it with by=collaborations");
		}
		int max = AnalyticsParameters.limit("limit", limit, 10, 1_000);
		var asOf = p.asOf(at, includeNational);
		var similarity = new ForceSimilarity(asOf);
		var similar = basis.equals("functions") ? similarity.of(f, max, true)
				: similarity.byCollaborations(f, max,
						how.equals("jaccard") ? ForceSimilarity.Method.JACCARD : ForceSimilarity.Method.ADAMIC_ADAR);
		return p.stamp().respond(new SimilarForces(Summaries.similarForces(asOf, force, basis, how, similar), force, basis, how,
				similar, p.stamp()));
	}

	@GetMapping("/similar-collaborations")
	ResponseEntity<SimilarCollaborations> similarCollaborations(@RequestParam(required = false) String collaboration,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String at,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int c = p.collaboration(collaboration, true);
		var asOf = p.asOf(at, includeNational);
		var similar = new CollaborationSimilarity(asOf).of(c,
				AnalyticsParameters.limit("limit", limit, 10, 1_000));
		return p.stamp().respond(new SimilarCollaborations(
				Summaries.similarCollaborations(asOf, collaboration, similar), collaboration, similar, p.stamp()));
	}
}
