package org.concordat.health;

import java.util.List;
import java.util.Set;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.words.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A collaboration's health ({@link CollaborationHealth}), or, without {@code collaboration}, every collaboration
 * active at D and every proposed one, optionally only those whose overall colour (the worst criterion) is
 * {@code colour}.
 */
@RestController
class HealthController {

	private final Snapshots snapshots;

	private final CollaborationRepository register;

	HealthController(Snapshots snapshots, CollaborationRepository register) {
		this.snapshots = snapshots;
		this.register = register;
	}

	@GetMapping("/api/analytics/collaboration-health")
	@Operation(summary = "Health against HMICFRS's four themes and readiness to withdraw, as of a date",
			description = "With collaboration=ID one collaboration's criteria, each green, amber or red with its "
					+ "evidence and what would make it green; without it, every collaboration active at the date and "
					+ "every proposed one, filtered by colour (the worst of its criteria).")
	@ApiResponse(responseCode = "200", description = "One collaboration's health, or the list", content = @Content(
			mediaType = "application/json", schema = @Schema(oneOf = { CollaborationHealth.Answer.class,
					CollaborationHealth.Listing.class })))
	Mono<ResponseEntity<Object>> health(@RequestParam(required = false) String collaboration,
			@RequestParam(required = false) String colour, @RequestParam(required = false) String at) {
		var p = new AnalyticsParameters(snapshots.state());
		String only = colour == null ? null
				: AnalyticsParameters.oneOf("colour", colour, null, Set.of("green", "amber", "red"));
		AsOf asOf = p.asOf(at, false);
		if (collaboration != null && !collaboration.isBlank()) {
			if (only != null) {
				throw new org.concordat.web.InvalidInputException("colour", "filters the list: leave it out with collaboration");
			}
			int c = p.collaboration(collaboration, true);
			return register.find(asOf.snapshot().collabId(c)).map(found -> {
				CollaborationHealth h = CollaborationHealth.of(asOf, found);
				return p.stamp().respond((Object) new CollaborationHealth.Answer(h.summary(), h.collaboration(), h.name(),
						h.status(), h.at(), h.colour(), h.criteria(), h.uncertain(), p.stamp()));
			});
		}
		return register.all().filter(c -> listed(asOf, c)).map(c -> CollaborationHealth.of(asOf, c))
			.filter(h -> only == null || h.colour().equals(only)).collectList()
			.map(list -> p.stamp().respond((Object) new CollaborationHealth.Listing(summary(asOf, list, only), asOf.date(),
					only, list.size(), list, p.stamp())));
	}

	private static boolean listed(AsOf asOf, Collaboration c) {
		int k = asOf.snapshot().collab(c.id());
		return "proposed".equals(c.status()) || k >= 0 && asOf.active(k);
	}

	private static String summary(AsOf asOf, List<CollaborationHealth> list, String only) {
		long green = list.stream().filter(h -> h.colour().equals(HealthCriteria.GREEN)).count();
		long amber = list.stream().filter(h -> h.colour().equals(HealthCriteria.AMBER)).count();
		long red = list.stream().filter(h -> h.colour().equals(HealthCriteria.RED)).count();
		long proposed = list.stream().filter(h -> "proposed".equals(h.status())).count();
		return "As of " + Words.date(asOf.date()) + ", " + Words.count(list.size(), "collaboration", "collaborations")
				+ (only == null ? " active or proposed" : " whose worst criterion is " + only) + ": " + green + " green, "
				+ amber + " amber, " + red + " red (each colour is its worst criterion)"
				+ (proposed > 0 ? ", " + proposed + " of them proposed" : "")
				+ "; read from what the register records, nothing assumed, no £ weighed.";
	}
}
