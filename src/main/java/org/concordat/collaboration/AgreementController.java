package org.concordat.collaboration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.CostSharing;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitProgress;
import org.concordat.entity.EntityEdits;
import org.concordat.entity.Precondition;
import org.concordat.web.ConflictException;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.concordat.web.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A collaboration's agreement terms, cost sharing, budgets and benefits, each read and changed on its own. They
 * are the collaboration's: every answer carries the collaboration's version as its {@code ETag}, and every change
 * is a write of the collaboration (its version, its editors, its rules, checked in the write transaction), so a
 * change needs the version it was read at ({@code If-Match}; 428 without, 412 when stale), except adding a
 * benefit, which like a join checks {@code If-Match} only when sent.
 */
@RestController
@RequestMapping(path = "/api/collaborations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class AgreementController {

	private final CollaborationRepository collaborations;

	private final EntityEdits<Collaboration> edits;

	AgreementController(CollaborationRepository collaborations, EntityEdits<Collaboration> edits) {
		this.collaborations = collaborations;
		this.edits = edits;
	}

	@GetMapping("/terms")
	Mono<ResponseEntity<AgreementTerms>> terms(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(orNone(c.terms()), c.version()));
	}

	/** Replaces the terms (absent fields are not recorded: the body is the whole of what is known). */
	@PutMapping("/terms")
	Mono<ResponseEntity<AgreementTerms>> replaceTerms(@PathVariable String id, @RequestBody AgreementTerms terms,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return change(id, Precondition.required(ifMatch, null),
				c -> c.withAgreement(terms, c.costSharing(), c.budgets(), c.benefits()))
			.map(c -> Versioned.ok(orNone(c.terms()), c.version()));
	}

	@GetMapping("/cost-sharing")
	Mono<ResponseEntity<CostSharing>> costSharing(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(c.costSharing(), c.version()));
	}

	@PutMapping("/cost-sharing")
	Mono<ResponseEntity<CostSharing>> replaceCostSharing(@PathVariable String id, @RequestBody CostSharing sharing,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return change(id, Precondition.required(ifMatch, null),
				c -> c.withAgreement(c.terms(), sharing, c.budgets(), c.benefits()))
			.map(c -> Versioned.ok(c.costSharing(), c.version()));
	}

	@GetMapping("/budgets")
	Mono<ResponseEntity<List<Budget>>> budgets(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(c.budgets(), c.version()));
	}

	/** Replaces the budgets by financial year with the list sent. */
	@PutMapping("/budgets")
	Mono<ResponseEntity<List<Budget>>> replaceBudgets(@PathVariable String id, @RequestBody List<Budget> budgets,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return change(id, Precondition.required(ifMatch, null),
				c -> c.withAgreement(c.terms(), c.costSharing(), budgets, c.benefits()))
			.map(c -> Versioned.ok(c.budgets(), c.version()));
	}

	@GetMapping("/benefits")
	Mono<ResponseEntity<List<Benefit>>> benefits(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(c.benefits(), c.version()));
	}

	@GetMapping("/benefits/{benefitId}")
	Mono<ResponseEntity<Benefit>> benefit(@PathVariable String id, @PathVariable String benefitId) {
		return existing(id).map(c -> Versioned.ok(benefitOf(c, benefitId), c.version()));
	}

	/** Realised against planned over time, period by period (see {@link BenefitProgress}). */
	@GetMapping("/benefits/{benefitId}/progress")
	Mono<ResponseEntity<BenefitProgress>> progress(@PathVariable String id, @PathVariable String benefitId) {
		return existing(id).map(c -> Versioned.ok(BenefitProgress.of(id, benefitOf(c, benefitId)), c.version()));
	}

	@PostMapping("/benefits")
	Mono<ResponseEntity<Benefit>> addBenefit(@PathVariable String id, @RequestBody Benefit benefit,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return change(id, Precondition.optional(ifMatch), c -> {
			if (benefit.id() != null && c.benefit(benefit.id()).isPresent()) {
				throw new ConflictException("id", "collaboration '" + id + "' already has a benefit '" + benefit.id() + "'");
			}
			List<Benefit> benefits = new ArrayList<>(c.benefits());
			benefits.add(benefit);
			return c.withAgreement(c.terms(), c.costSharing(), c.budgets(), benefits);
		}).map(c -> Versioned.created(URI.create("/api/collaborations/" + id + "/benefits/" + benefit.id()),
				benefitOf(c, benefit.id()), c.version()));
	}

	@PutMapping("/benefits/{benefitId}")
	Mono<ResponseEntity<Benefit>> replaceBenefit(@PathVariable String id, @PathVariable String benefitId,
			@RequestBody Benefit benefit, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		if (benefit.id() != null && !benefit.id().equals(benefitId)) {
			return Mono.error(new InvalidInputException("id", "must match the benefit id in the path, '" + benefitId + "'"));
		}
		return change(id, Precondition.required(ifMatch, null), c -> {
			benefitOf(c, benefitId);
			List<Benefit> benefits = c.benefits().stream()
				.map(b -> b != null && benefitId.equals(b.id()) ? benefit.withId(benefitId) : b)
				.toList();
			return c.withAgreement(c.terms(), c.costSharing(), c.budgets(), benefits);
		}).map(c -> Versioned.ok(benefitOf(c, benefitId), c.version()));
	}

	@DeleteMapping("/benefits/{benefitId}")
	Mono<ResponseEntity<Void>> deleteBenefit(@PathVariable String id, @PathVariable String benefitId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return change(id, Precondition.required(ifMatch, null), c -> {
			benefitOf(c, benefitId);
			return c.withAgreement(c.terms(), c.costSharing(), c.budgets(),
					c.benefits().stream().filter(b -> b == null || !benefitId.equals(b.id())).toList());
		}).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Writes the collaboration as {@code changed} makes it from its current state, read inside the write
	 * transaction; answers it as written.
	 */
	private Mono<Collaboration> change(String id, Precondition expected, Function<Collaboration, Collaboration> changed) {
		return edits.update(id, null, expected, existing(id).map(changed)).then(existing(id));
	}

	private Mono<Collaboration> existing(String id) {
		return collaborations.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "collaboration", id)));
	}

	private static Benefit benefitOf(Collaboration c, String benefitId) {
		return c.benefit(benefitId)
			.orElseThrow(() -> new NotFoundException("benefitId", "benefit of '" + c.id() + "'", benefitId));
	}

	private static AgreementTerms orNone(AgreementTerms terms) {
		return Objects.requireNonNullElse(terms, new AgreementTerms(null, null, null, null, null, null, null, null, null, null, null));
	}
}
