package org.concordat.netcontribution;

import org.concordat.analytics.withdrawal.UncertainEvent;
import java.util.ArrayList;
import java.util.List;

import org.concordat.agreement.FinancialYear;
import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.web.InvalidInputException;
import org.concordat.words.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.swagger.v3.oas.annotations.Operation;

/** What forces pay into their collaborations against the benefits attributed to them ({@link NetContribution}). */
@RestController
class NetContributionController {

	private final Snapshots snapshots;

	private final CollaborationRepository register;

	NetContributionController(Snapshots snapshots, CollaborationRepository register) {
		this.snapshots = snapshots;
		this.register = register;
	}

	@GetMapping("/api/analytics/net-contribution")
	@Operation(summary = "What a force (or every force) pays into its collaborations against the cashable benefits "
			+ "attributed to it, for one financial year, and the net donors",
			description = "year=YYYY/YY (default: the latest financial year ended before at). Pays = recorded share (or "
					+ "the recorded formula) × that year's budget; gets = cashable GBP benefits realised in that year × the "
					+ "force's attributed share; non-cashable and qualitative benefits listed apart; every missing number "
					+ "counted as a gap, never filled in. collaboration=<id> limits the answer to that collaboration's "
					+ "member forces at at and their lines in it (a collaboration's panel asks this way; the totals are "
					+ "then over that one line); an unknown id is 404.")
	Mono<ResponseEntity<NetContribution.Answer>> netContribution(@RequestParam(required = false) String force,
			@RequestParam(required = false) String year, @RequestParam(required = false) String at,
			@RequestParam(required = false) String collaboration) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, false);
		int c = p.collaboration(collaboration, false);
		var asOf = p.asOf(at, true);
		String fy = year == null ? NetContribution.lastCompleteYear(asOf.date()) : year;
		if (FinancialYear.startYear(fy) == null) {
			throw new InvalidInputException("year", "must be a financial year as YYYY/YY (2019/20), was '" + fy + "'");
		}
		// one collaboration's answer reads that collaboration alone from the register, not all of them
		var read = c >= 0 ? register.findAll(List.of(asOf.snapshot().collabId(c))) : register.all();
		return read.collectMap(Collaboration::id).map(byId -> {
			var net = new NetContribution(asOf, fy, byId);
			List<NetContribution.ForceNet> forces = new ArrayList<>();
			if (c >= 0) {
				// its members at D, each with its one line in it (the register read holds no other collaboration)
				for (int k : asOf.members(c)) {
					if (f < 0 || k == f) {
						forces.add(net.of(k));
					}
				}
			}
			else if (f >= 0) {
				forces.add(net.of(f));
			}
			else {
				for (int k = 0; k < asOf.snapshot().forceCount(); k++) {
					if (asOf.collabsOf(k).length > 0) {
						forces.add(net.of(k));
					}
				}
			}
			List<String> donors = forces.stream().filter(NetContribution.ForceNet::netDonor)
				.map(NetContribution.ForceNet::force).toList();
			int gaps = forces.stream().mapToInt(NetContribution.ForceNet::gaps).sum();
			// the events of the collaborations listed that are recorded to a period holding D, or undated
			int[] listed = forces.stream().flatMap(x -> x.collaborations().stream())
				.mapToInt(l -> asOf.snapshot().collab(l.collaboration())).distinct().sorted().toArray();
			var uncertain = UncertainEvent.of(asOf, listed, UncertainEvent.LIMIT);
			return p.stamp().respond(new NetContribution.Answer(summary(asOf.date(), fy, forces, donors, gaps)
					+ Words.uncertain(uncertain.size()), asOf.date(), fy, forces, donors, gaps, uncertain, p.stamp()));
		});
	}

	private static String summary(java.time.LocalDate at, String year, List<NetContribution.ForceNet> forces,
			List<String> donors, int gaps) {
		long lines = forces.stream().mapToLong(x -> x.collaborations().size()).sum();
		long known = forces.stream().mapToLong(NetContribution.ForceNet::netKnownIn).sum();
		String who = forces.size() == 1 ? forces.get(0).name() : forces.size() + " forces";
		String first = "As of " + Words.date(at) + ", for " + year + ": " + who + " in " + lines
				+ " collaboration memberships; what is paid is the recorded share (or formula) × the " + year
				+ " budget and what is got the cashable £ benefits attributed, realised in " + year
				+ " (nothing assumed), and both are known for " + known + " of them, with " + gaps + " gaps in the data.";
		if (forces.size() == 1 && forces.get(0).net() != null) {
			var x = forces.get(0);
			return first + " Where both are known " + x.name() + " pays " + Words.gbp(x.paysKnown()) + " and gets "
					+ Words.gbp(x.cashableKnown()) + " in cashable benefits: "
					+ (x.netDonor() ? "a net donor by " + Words.gbp(-x.net()) : "not a net donor") + ".";
		}
		return first + (known == 0 ? " No net figure can be given."
				: donors.isEmpty() ? " No force is a net donor where both are known."
						: " Net donors where both are known: " + Words.and(forces.stream().filter(NetContribution.ForceNet::netDonor)
								.map(NetContribution.ForceNet::name).toList()) + ".");
	}
}
