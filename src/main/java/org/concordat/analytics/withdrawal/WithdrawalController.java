package org.concordat.analytics.withdrawal;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.network.WholeNetwork;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What happens if a force withdraws ({@link WithdrawalImpact}). */
@RestController
class WithdrawalController {

	private final Snapshots snapshots;

	private final WholeNetwork network;

	WithdrawalController(Snapshots snapshots, WholeNetwork network) {
		this.snapshots = snapshots;
		this.network = network;
	}

	@GetMapping("/api/analytics/withdrawal")
	Mono<ResponseEntity<WithdrawalImpact.Answer>> withdrawal(@RequestParam(required = false) String force,
			@RequestParam(required = false) String collaboration, @RequestParam(required = false) String at,
			@RequestParam(required = false) Integer riskLimit, @RequestParam(required = false) Integer memberLimit,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		int c = p.collaboration(collaboration, false);
		int risks = AnalyticsParameters.limit("riskLimit", riskLimit, WithdrawalImpact.DEFAULT_RISK_LIMIT, 10_000);
		int members = AnalyticsParameters.limit("memberLimit", memberLimit, WithdrawalImpact.DEFAULT_MEMBER_LIMIT,
				100_000);
		var asOf = p.asOf(at, includeNational);
		// the components before come from the whole network at this date, worked out once per snapshot version
		return network.connectivity(asOf).map(whole -> p.stamp()
			.respond(new WithdrawalImpact(asOf, whole.components()).of(f, c, risks, members)));
	}
}
