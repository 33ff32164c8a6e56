package org.concordat.register;

import org.concordat.entity.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.concordat.audit.AuditedWrite;
import org.concordat.audit.EntityChange;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.force.Force;
import org.concordat.force.ForceRepository;
import org.concordat.function.FunctionRepository;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.lessons.LessonRepository;
import org.concordat.people.Person;
import org.concordat.people.PersonRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, inside a write's transaction, the entities the write names as they are at that moment: once before it
 * writes and once after, so that the audit records each field as it was and as it became (as stored, defaults
 * and derived ids included), by the same reads the API answers with.
 */
@Component
class EntityStates {

	/** Entities by {@code kind:id}, and the collaborations of the lessons among them (for who sees the change). */
	record States(Map<String, Object> entities, Map<String, Collaboration> lessonCollaborations) {
	}

	private final FunctionRepository functions;

	private final ForceRepository forces;

	private final CollaborationRepository collaborations;

	private final PersonRepository people;

	private final LessonRepository lessons;

	private final JsonMapper json;

	EntityStates(FunctionRepository functions, ForceRepository forces, CollaborationRepository collaborations,
			PersonRepository people, LessonRepository lessons, JsonMapper json) {
		this.functions = functions;
		this.forces = forces;
		this.collaborations = collaborations;
		this.people = people;
		this.lessons = lessons;
		this.json = json;
	}

	/** The entities the document names, as the register holds them now (those it does not hold are left out). */
	Mono<States> of(RegisterDocument doc) {
		Flux<Object> found = Flux.concat(read(ids(doc.functions(), PolicingFunction::id), functions::findAll),
				read(ids(doc.forces(), Force::id), forces::findAll),
				read(ids(doc.collaborations(), Collaboration::id), collaborations::findAll),
				read(ids(doc.people(), Person::id), people::findAll), read(ids(doc.lessons(), Lesson::id), lessons::findAll));
		return found.collectMap(EntityFields::key, Function.identity()).flatMap(this::withLessonCollaborations);
	}

	/** The one entity, if the register holds it. */
	Mono<States> of(Entity kind, String id) {
		Mono<?> found = switch (kind) {
			case FUNCTION -> functions.find(id);
			case FORCE -> forces.find(id);
			case COLLABORATION -> collaborations.find(id);
			case PERSON -> people.find(id);
			case LESSON -> lessons.find(id);
		};
		return found.map(entity -> Map.<String, Object>of(EntityFields.key(entity), entity))
			.defaultIfEmpty(Map.of())
			.flatMap(this::withLessonCollaborations);
	}

	/**
	 * What the audit records of a write that took the register from {@code before} to {@code after}: a change for
	 * every entity named in either, and the forces they concerned.
	 */
	AuditedWrite change(String action, List<String> keys, States before, States after) {
		List<EntityChange> changes = new ArrayList<>();
		Set<String> concerned = new HashSet<>();
		Map<String, Collaboration> collaborationsOfLessons = new HashMap<>(after.lessonCollaborations());
		before.lessonCollaborations().forEach(collaborationsOfLessons::putIfAbsent);
		for (String key : keys) {
			Object was = before.entities().get(key);
			Object is = after.entities().get(key);
			if (was == null && is == null) {
				continue;
			}
			changes.add(EntityFields.diff(key, was, is, json));
			concerned.addAll(EntityFields.concerned(was, is, collaborationsOfLessons));
		}
		return AuditedWrite.of(action, changes, concerned);
	}

	/** {@code kind:id} of every entity the document names, in its order. */
	static List<String> keys(RegisterDocument doc) {
		List<String> keys = new ArrayList<>();
		doc.functions().stream().filter(Objects::nonNull).forEach(f -> keys.add(EntityFields.key(Entity.FUNCTION, f.id())));
		doc.forces().stream().filter(Objects::nonNull).forEach(f -> keys.add(EntityFields.key(Entity.FORCE, f.id())));
		doc.collaborations().stream().filter(Objects::nonNull)
			.forEach(c -> keys.add(EntityFields.key(Entity.COLLABORATION, c.id())));
		doc.people().stream().filter(Objects::nonNull).forEach(p -> keys.add(EntityFields.key(Entity.PERSON, p.id())));
		doc.lessons().stream().filter(Objects::nonNull).forEach(l -> keys.add(EntityFields.key(Entity.LESSON, l.id())));
		return keys;
	}

	private Mono<States> withLessonCollaborations(Map<String, Object> entities) {
		List<String> ids = entities.values().stream().filter(Lesson.class::isInstance)
			.map(l -> ((Lesson) l).collaboration()).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return Mono.just(new States(entities, Map.of()));
		}
		return collaborations.findAll(ids).collectMap(Collaboration::id, Function.identity())
			.map(found -> new States(entities, found));
	}

	/** A kind the document does not name is not asked for at all. */
	private static <T> Flux<Object> read(List<String> ids, Function<List<String>, Flux<T>> findAll) {
		return ids.isEmpty() ? Flux.empty() : findAll.apply(ids).cast(Object.class);
	}

	private static <T> List<String> ids(List<T> items, Function<T, String> id) {
		return items.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull).distinct().toList();
	}
}
