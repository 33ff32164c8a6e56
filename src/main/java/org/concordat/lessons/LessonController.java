package org.concordat.lessons;

import java.net.URI;
import java.util.List;

import org.concordat.entity.EntityEdits;
import org.concordat.entity.Precondition;
import org.concordat.web.InvalidInputException;
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
@RequestMapping(path = "/api/lessons", produces = MediaType.APPLICATION_JSON_VALUE)
class LessonController {

	private final LessonRepository lessons;

	private final EntityEdits<Lesson> edits;

	LessonController(LessonRepository lessons, EntityEdits<Lesson> edits) {
		this.lessons = lessons;
		this.edits = edits;
	}

	@GetMapping
	Mono<ResponseEntity<List<Lesson>>> list(@RequestParam(required = false) String collaboration,
			@RequestParam(required = false) String theme, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		if (theme != null && !Lesson.THEMES.contains(theme)) {
			throw new InvalidInputException("theme", "'" + theme + "' is not one of " + Lesson.THEMES);
		}
		Paging paging = Paging.of(limit, offset);
		return Mono.zip(lessons.count(collaboration, theme), lessons.list(collaboration, theme, paging).collectList())
			.map(page -> Paging.page(page.getT1(), page.getT2()));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<Lesson>> one(@PathVariable String id) {
		return lessons.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "lesson", id)))
			.map(found -> Versioned.ok(found, found.version()));
	}

	@PostMapping
	Mono<ResponseEntity<Lesson>> create(@RequestBody Lesson lesson) {
		return edits.create(lesson.id(), lesson)
			.then(Mono.defer(() -> lessons.find(lesson.id())))
			.map(saved -> Versioned.created(URI.create("/api/lessons/" + saved.id()), saved, saved.version()));
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<Lesson>> update(@PathVariable String id, @RequestBody Lesson lesson,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.required(ifMatch, lesson.version());
		return edits.update(id, lesson.id(), expected, Mono.just(lesson.withId(id)))
			.then(lessons.find(id))
			.map(saved -> Versioned.ok(saved, saved.version()));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return edits.delete(id, Precondition.required(ifMatch, null))
			.thenReturn(ResponseEntity.noContent().build());
	}
}
