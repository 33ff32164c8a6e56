package org.concordat.people;

import java.net.URI;
import java.util.List;

import org.concordat.entity.EntityEdits;
import org.concordat.entity.Precondition;
import org.concordat.security.Grants;
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
@RequestMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonController {

	private final PersonRepository people;

	private final EntityEdits<Person> edits;

	PersonController(PersonRepository people, EntityEdits<Person> edits) {
		this.people = people;
		this.edits = edits;
	}

	@GetMapping
	Mono<ResponseEntity<List<Person>>> list(@RequestParam(required = false) String collaboration,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		return Mono.zip(people.count(collaboration), people.list(collaboration, paging).collectList(), Grants.current())
			.map(page -> Paging.page(page.getT1(), page.getT2().stream().map(p -> p.visibleTo(page.getT3())).toList()));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<Person>> one(@PathVariable String id) {
		return people.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "person", id)))
			.flatMap(PersonController::visible)
			.map(found -> Versioned.ok(found, found.version()));
	}

	@PostMapping
	Mono<ResponseEntity<Person>> create(@RequestBody Person person) {
		return edits.create(person.id(), person)
			.then(Mono.defer(() -> people.find(person.id())))
			.flatMap(PersonController::visible)
			.map(saved -> Versioned.created(URI.create("/api/people/" + saved.id()), saved, saved.version()));
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<Person>> update(@PathVariable String id, @RequestBody Person person,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.required(ifMatch, person.version());
		return edits.update(id, person.id(), expected, Mono.just(person.withId(id)))
			.then(people.find(id))
			.flatMap(PersonController::visible)
			.map(saved -> Versioned.ok(saved, saved.version()));
	}

	/** Below contact-viewer, a person without their name and contact details. */
	private static Mono<Person> visible(Person person) {
		return Grants.current().map(person::visibleTo);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return edits.delete(id, Precondition.required(ifMatch, null))
			.thenReturn(ResponseEntity.noContent().build());
	}
}
