package org.concordat.force;

import java.net.URI;
import java.util.List;

import org.concordat.entity.EntityEdits;
import org.concordat.entity.Precondition;
import org.concordat.web.NotFoundException;
import org.concordat.web.Paging;
import org.springframework.http.MediaType;
import org.concordat.web.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
// produces: a client that will not take JSON is refused (406) before a write is made, not after
@RequestMapping(path = "/api/forces", produces = MediaType.APPLICATION_JSON_VALUE)
class ForceController {

	private final ForceRepository forces;

	private final EntityEdits<Force> edits;

	ForceController(ForceRepository forces, EntityEdits<Force> edits) {
		this.forces = forces;
		this.edits = edits;
	}

	@GetMapping
	Mono<ResponseEntity<List<Force>>> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		return Mono.zip(forces.count(region, q), forces.list(region, q, paging).collectList())
			.map(page -> Paging.page(page.getT1(), page.getT2()));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ForceDetail>> one(@PathVariable String id) {
		return forces.find(id)
			.switchIfEmpty(Mono.error(new NotFoundException("id", "force", id)))
			.zipWith(forces.memberships(id), ForceDetail::of)
			.map(detail -> Versioned.ok(detail, detail.version()));
	}

	@PostMapping
	Mono<ResponseEntity<Force>> create(@RequestBody Force force) {
		return edits.create(force.id(), force)
			.then(Mono.defer(() -> forces.find(force.id())))
			.map(saved -> Versioned.created(URI.create("/api/forces/" + saved.id()), saved, saved.version()));
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<Force>> update(@PathVariable String id, @RequestBody Force force,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.required(ifMatch, force.version());
		Force withId = new Force(id, force.name(), force.region(), force.hq());
		return edits.update(id, force.id(), expected, Mono.just(withId))
			.then(forces.find(id))
			.map(saved -> Versioned.ok(saved, saved.version()));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return edits.delete(id, Precondition.required(ifMatch, null))
			.thenReturn(ResponseEntity.noContent().build());
	}
}
