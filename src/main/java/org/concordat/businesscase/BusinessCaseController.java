package org.concordat.businesscase;

import java.time.LocalDate;
import java.util.List;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.WholeNetwork;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.withdrawal.UncertainEvent;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.answers.Names;
import org.concordat.answers.RecordedAgreements;
import org.concordat.entity.PartialDate;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The business case for a withdrawal ({@link BusinessCase}), as JSON or, with {@code format=html}, a printable page. */
@RestController
class BusinessCaseController {

	private final Snapshots snapshots;

	private final WholeNetwork network;

	/** The collaboration's agreement (terms, cost sharing, budgets), kept per snapshot version as for the withdrawal. */
	private final RecordedAgreements agreements;

	BusinessCaseController(Snapshots snapshots, WholeNetwork network, RecordedAgreements agreements) {
		this.snapshots = snapshots;
		this.network = network;
		this.agreements = agreements;
	}

	@GetMapping("/api/analytics/withdrawal/business-case")
	@Operation(summary = "The business case for a force leaving one collaboration, as of a date",
			description = "When it could leave if notice were served on `notice` (default: `at`), its bill (notice-period "
					+ "contributions, exit cost rule, stranded costs), each remaining force's extra £ a year, functions "
					+ "lost, collaborations at risk, precedents, whom to ask, every assumption and unknown. format=html "
					+ "gives a page that prints.")
	@ApiResponse(responseCode = "200", description = "The business case", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = BusinessCase.class)),
			@Content(mediaType = "text/html", schema = @Schema(type = "string", description = "format=html")) })
	Mono<ResponseEntity<?>> businessCase(@RequestParam(required = false) String force,
			@RequestParam(required = false) String collaboration, @RequestParam(required = false) String notice,
			@RequestParam(required = false) String at, @RequestParam(required = false) String format) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		int c = p.collaboration(collaboration, true);
		String as = AnalyticsParameters.oneOf("format", format, "json", java.util.Set.of("json", "html"));
		var asOf = p.asOf(at, false);
		LocalDate served = notice == null || notice.isBlank() ? asOf.date() : PartialDate.at(notice, "notice");
		if (served.isBefore(asOf.date())) {
			throw new InvalidInputException("notice", "must be on or after the date asked about (" + asOf.date() + ")");
		}
		var contacts = new ContactFinder(asOf).find(f, "withdrawal", 5);
		String collabId = asOf.snapshot().collabId(c);
		return network.connectivity(asOf)
			// every member, no pair lost listed: the case reads the members and shares, never the pairs (a host of a
			// collaboration of thousands would list millions)
			.map(whole -> new WithdrawalImpact(asOf, whole).of(f, c, 25, Integer.MAX_VALUE, UncertainEvent.LIMIT, 0))
			.zipWith(agreements.of(asOf.snapshot().version(), List.of(collabId))
				.flatMap(byId -> Mono.justOrEmpty(byId.get(collabId)))
				// deleted from the register since the snapshot was taken
				.switchIfEmpty(Mono.error(() -> new NotFoundException("collaboration", "collaboration", collabId))))
			.map(pair -> new BusinessCaseWriter(asOf.snapshot()).write(pair.getT1(), pair.getT2(), served, contacts,
					p.stamp()))
			.map(answer -> as.equals("html")
					? ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
						.body(BusinessCasePage.html(answer, new Names(asOf.snapshot())))
					: p.stamp().respond(answer));
	}
}
