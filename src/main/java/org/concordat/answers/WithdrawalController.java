package org.concordat.answers;

import java.util.List;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.network.WholeNetwork;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What happens if a force withdraws ({@link WithdrawalImpact}), with the affected collaborations' recorded cost
 * sharing recomputed among the forces that remain ({@link SharingAfter}) and the whole said in words
 * ({@link WithdrawalSummary}), its £ from the budgets of the financial year asked about ({@link WithdrawalPounds}).
 * The agreement side (cost sharing, budgets, terms) is the register's, for the
 * affected collaborations only ({@link RecordedAgreements}).
 */
@RestController
class WithdrawalController {

	/** The analytics' answer, its {@code summary} first, and the recorded cost sharing after the withdrawal. */
	record Answer(String summary, @JsonUnwrapped WithdrawalImpact.Answer impact, List<SharingAfter> costSharing) {
	}

	private final Snapshots snapshots;

	private final WholeNetwork network;

	private final RecordedAgreements register;

	WithdrawalController(Snapshots snapshots, WholeNetwork network, RecordedAgreements register) {
		this.snapshots = snapshots;
		this.network = network;
		this.register = register;
	}

	@GetMapping("/api/analytics/withdrawal")
	Mono<ResponseEntity<Answer>> withdrawal(@RequestParam(required = false) String force,
			@RequestParam(required = false) String collaboration, @RequestParam(required = false) String at,
			@RequestParam(required = false) Integer riskLimit, @RequestParam(required = false) Integer memberLimit,
			@RequestParam(required = false) Integer uncertainLimit, @RequestParam(required = false) Integer pairLimit,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		int c = p.collaboration(collaboration, false);
		int risks = AnalyticsParameters.limit("riskLimit", riskLimit, WithdrawalImpact.DEFAULT_RISK_LIMIT, 10_000);
		int members = AnalyticsParameters.limit("memberLimit", memberLimit, WithdrawalImpact.DEFAULT_MEMBER_LIMIT, 100_000);
		int uncertain = AnalyticsParameters.limit("uncertainLimit", uncertainLimit, WithdrawalImpact.DEFAULT_UNCERTAIN_LIMIT, 10_000);
		int pairs = AnalyticsParameters.limit("pairLimit", pairLimit, WithdrawalImpact.DEFAULT_PAIR_LIMIT, 100_000);
		var asOf = p.asOf(at, includeNational);
		// the components and cut vertices before come from the whole network at this date, once per snapshot version
		return network.connectivity(asOf)
			.map(whole -> new WithdrawalImpact(asOf, whole).of(f, c, risks, members, uncertain, pairs))
			.flatMap(asked -> register.of(asOf.snapshot().version(), asked.collaborations().stream()
				.map(WithdrawalImpact.Affected::id).toList()).map(agreements -> {
					// £ from the budget of the financial year asked about
					var impact = WithdrawalPounds.atYearOf(asked, id -> agreements.containsKey(id) ? agreements.get(id).budgets() : List.of());
					List<SharingAfter> sharing = SharingAfter.of(impact, agreements);
					String summary = new WithdrawalSummary(asOf, agreements).of(impact, sharing);
					// the stamp the answer carries (asOf's) gives the headers too: one reading of the state, not two
					return asOf.stamp().respond(new Answer(summary, impact, sharing));
				}));
	}
}
