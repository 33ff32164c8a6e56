package org.concordat.answers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.network.WholeNetwork;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.snapshot.storage.Agreement;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What happens if a force withdraws ({@link WithdrawalImpact}), with the affected collaborations' recorded cost
 * sharing recomputed among the forces that remain ({@link SharingAfter}) and the whole said in words
 * ({@link WithdrawalSummary}). The agreement side (cost sharing, budgets, terms) is the snapshot's, as the rest:
 * the answer reads no database.
 */
@RestController
class WithdrawalController {

	/** The analytics' answer, its {@code summary} first, and the recorded cost sharing after the withdrawal. */
	record Answer(String summary, @JsonUnwrapped WithdrawalImpact.Answer impact, List<SharingAfter> costSharing) {
	}

	private final Snapshots snapshots;

	private final WholeNetwork network;

	WithdrawalController(Snapshots snapshots, WholeNetwork network) {
		this.snapshots = snapshots;
		this.network = network;
	}

	@GetMapping("/api/analytics/withdrawal")
	Mono<ResponseEntity<Answer>> withdrawal(@RequestParam(required = false) String force,
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
		return network.connectivity(asOf)
			.map(whole -> new WithdrawalImpact(asOf, whole.components()).of(f, c, risks, members))
			.map(impact -> {
				Map<String, Agreement> agreements = agreements(asOf.snapshot(), impact);
				List<SharingAfter> sharing = SharingAfter.of(impact, agreements);
				String summary = new WithdrawalSummary(asOf.snapshot(), agreements).of(impact, sharing);
				return p.stamp().respond(new Answer(summary, impact, sharing));
			});
	}

	/** The affected collaborations' recorded agreements, by id (those that record one). */
	private static Map<String, Agreement> agreements(RegisterSnapshot snapshot, WithdrawalImpact.Answer impact) {
		Map<String, Agreement> agreements = new HashMap<>();
		for (WithdrawalImpact.Affected a : impact.collaborations()) {
			int c = snapshot.collab(a.id());
			if (c >= 0 && snapshot.collab(c).agreement() != null) {
				agreements.put(a.id(), snapshot.collab(c).agreement());
			}
		}
		return agreements;
	}
}
