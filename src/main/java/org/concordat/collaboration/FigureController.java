package org.concordat.collaboration;

import java.util.List;

import org.concordat.entity.Precondition;
import org.concordat.web.NotFoundException;
import org.concordat.web.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A collaboration's figures (costs, savings, budgets with their sources) read on their own, and one deleted.
 * Figures are added and replaced through the collaboration ({@code PUT /api/collaborations/{id}} merges the
 * figures it is sent into those stored); they belong to it, so each answer carries the collaboration's version as
 * its {@code ETag} and a delete needs it as {@code If-Match} (428 without, 412 when stale).
 */
@RestController
@RequestMapping(path = "/api/collaborations/{id}/figures", produces = MediaType.APPLICATION_JSON_VALUE)
class FigureController {

	private final CollaborationRepository collaborations;

	private final FigureDeletes deletes;

	FigureController(CollaborationRepository collaborations, FigureDeletes deletes) {
		this.collaborations = collaborations;
		this.deletes = deletes;
	}

	@GetMapping
	Mono<ResponseEntity<List<Figure>>> figures(@PathVariable String id) {
		return existing(id).map(c -> Versioned.ok(c.figures(), c.version()));
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
