package org.concordat.collaboration;

import java.util.List;

import org.concordat.entity.EntityEdits;

import org.concordat.entity.Precondition;
import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.concordat.web.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A collaboration's figures (costs, savings, budgets with their sources) read on their own, one edited in place
 * and one deleted. Figures are added through the collaboration ({@code PUT /api/collaborations/{id}} merges the
 * figures it is sent into those stored); they belong to it, so each answer carries the collaboration's version as
 * its {@code ETag}, and an edit or a delete needs it as {@code If-Match} (428 without, 412 when stale).
 */
@RestController
@RequestMapping(path = "/api/collaborations/{id}/figures", produces = MediaType.APPLICATION_JSON_VALUE)
class FigureController {

	private final CollaborationRepository collaborations;

	private final FigureDeletes deletes;

	private final EntityEdits<Collaboration> edits;

	FigureController(CollaborationRepository collaborations, FigureDeletes deletes, EntityEdits<Collaboration> edits) {
		this.collaborations = collaborations;
		this.deletes = deletes;
		this.edits = edits;
	}

	@GetMapping
	Mono<ResponseEntity<List<Figure>>> figures(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(c.figures(), c.version()));
	}

	/**
	 * Replaces the figure by the one sent, under the same id (the body is the whole of what is known: a field left
	 * out is no longer recorded). A write of the collaboration like any other: its rules (answered as the figure's
	 * own fields, {@code amount} rather than {@code figures[0].amount}), its version, its audit and change log.
	 * Within the rights of the delete, and of writing the figure as it becomes: admins, editors of a force that
	 * hosts or leads the collaboration, and editors of the force the figure is recorded for before and after.
	 */
	@PutMapping("/{figureId}")
	Mono<ResponseEntity<Figure>> replace(@PathVariable String id, @PathVariable String figureId,
			@RequestBody Figure figure, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		if (figure == null) {
			return Mono.error(new InvalidInputException("body", "must be a figure"));
		}
		if (figure.id() != null && !figure.id().equals(figureId)) {
			return Mono.error(new InvalidInputException("id", "must match the figure id in the path, '" + figureId + "'"));
		}
		return Mono.defer(() -> edits.update(id, null, Precondition.required(ifMatch, null), existing(id).map(c -> {
			c.figure(figureId).orElseThrow(() -> new NotFoundException("figureId", "figure of '" + id + "'", figureId));
			return c.withFigure(figureId, figure);
		})))
			.onErrorMap(InvalidInputException.class, FigureController::asFigureFields)
			.then(existing(id))
			.map(c -> Versioned.ok(c.figure(figureId) // deleted by another write since this one: gone, not a failure
				.orElseThrow(() -> new NotFoundException("figureId", "figure of '" + id + "'", figureId)), c.version()));
	}

	/** The collaboration's rules name the edited figure {@code figures[0]} ({@link Collaboration#withFigure}). */
	private static InvalidInputException asFigureFields(InvalidInputException e) {
		return new InvalidInputException(e.errors().stream()
			.map(error -> new FieldError(error.field().startsWith("figures[0].") ? error.field().substring(11)
					: error.field(), error.reason()))
			.toList());
	}

	/**
	 * Deletes the figure: within the rights of writing it (admins, editors of a force that hosts or leads the
	 * collaboration, and editors of the force a figure is recorded for), audited as a change of the collaboration.
	 */
	@DeleteMapping("/{figureId}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id, @PathVariable String figureId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return Mono.defer(() -> deletes.delete(id, figureId, Precondition.required(ifMatch, null)))
			.thenReturn(ResponseEntity.noContent().build());
	}

	private Mono<Collaboration> existing(String id) {
		return collaborations.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "collaboration", id)));
	}
}
