package org.concordat.function;

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

/** The controlled vocabulary of functions; extending it here is what makes a new function valid input. */
@RestController
// produces: a client that will not take JSON is refused (406) before a write is made, not after
@RequestMapping(path = "/api/functions", produces = MediaType.APPLICATION_JSON_VALUE)
class FunctionController {

	private final FunctionRepository functions;

	private final EntityEdits<PolicingFunction> edits;

	FunctionController(FunctionRepository functions, EntityEdits<PolicingFunction> edits) {
		this.functions = functions;
		this.edits = edits;
	}

	/** The vocabulary is small: paged in memory, like every list, with the total in X-Total-Count. */
	@GetMapping
	Mono<ResponseEntity<List<PolicingFunction>>> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		return functions.all().collectList().map(all -> Paging.page(all.size(), paging.of(all)));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<PolicingFunction>> one(@PathVariable String id) {
		return functions.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "function", id)))
			.map(found -> Versioned.ok(found, found.version()));
	}

	@PostMapping
	Mono<ResponseEntity<PolicingFunction>> create(@RequestBody PolicingFunction function) {
		return edits.create(function.id(), function)
			.then(Mono.defer(() -> functions.find(function.id())))
			.map(saved -> Versioned.created(URI.create("/api/functions/" + saved.id()), saved, saved.version()));
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<PolicingFunction>> update(@PathVariable String id, @RequestBody PolicingFunction function,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.required(ifMatch, function.version());
		var withId = new PolicingFunction(id, function.name());
		return edits.update(id, function.id(), expected, Mono.just(withId))
			.then(functions.find(id))
			.map(saved -> Versioned.ok(saved, saved.version()));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return edits.delete(id, Precondition.required(ifMatch, null))
			.thenReturn(ResponseEntity.noContent().build());
	}
}
