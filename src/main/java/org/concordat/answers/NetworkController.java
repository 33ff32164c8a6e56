package org.concordat.answers;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.network.Alliances;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.network.WholeNetwork;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import reactor.core.publisher.Mono;

/**
 * The whole network at a date: its alliances (communities, betweenness) and how it holds together
 * (components, cut vertices, bridges). Worked out off the request threads ({@link WholeNetwork}); an answer
 * may reflect the previous snapshot version while the current one's is worked out, and says which.
 */
@RestController
@RequestMapping("/api/analytics")
class NetworkController {

	record AlliancesAnswer(String summary, @JsonUnwrapped Alliances.Answer alliances) {
	}

	record ConnectivityAnswer(String summary, @JsonUnwrapped Connectivity connectivity) {
	}

	private final Snapshots snapshots;

	private final WholeNetwork network;

	NetworkController(Snapshots snapshots, WholeNetwork network) {
		this.snapshots = snapshots;
		this.network = network;
	}

	@GetMapping("/alliances")
	Mono<ResponseEntity<AlliancesAnswer>> alliances(@RequestParam(required = false) String at,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var asOf = new AnalyticsParameters(snapshots.state()).asOf(at, includeNational);
		return network.latestAlliances(asOf)
			.map(answer -> answer.snapshot().respond(new AlliancesAnswer(Summaries.alliances(asOf, answer), answer)));
	}

	@GetMapping("/network")
	Mono<ResponseEntity<ConnectivityAnswer>> network(@RequestParam(required = false) String at,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var asOf = new AnalyticsParameters(snapshots.state()).asOf(at, includeNational);
		return network.latestConnectivity(asOf)
			.map(answer -> answer.snapshot().respond(new ConnectivityAnswer(Summaries.network(asOf, answer), answer)));
	}
}
