package org.concordat.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concordat.audit.EditableEntities;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.entity.Entity;
import org.concordat.force.Force;
import org.concordat.lessons.Lesson;
import org.concordat.lessons.LessonRepository;
import org.concordat.people.Person;
import org.concordat.people.PersonRepository;
import org.concordat.security.Grants;
import org.concordat.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which single-entity writes an {@code editor} may make: those that concern only the forces it is granted
 * (an {@code admin} may make any; nobody else may write at all). What a write concerns is read from the
 * register as it is and from what the write would make of it:
 * <ul>
 * <li>a force's own record: that force (creating or deleting forces, and the function vocabulary, are for
 * admins);</li>
 * <li>a collaboration (its fields, members, figures; creating or deleting it): the forces that host or lead it,
 * now or before (by membership role); a force that is only a member may still change its own memberships
 * (join, withdraw) and the figures recorded for it, as long as nothing else about the collaboration changes;</li>
 * <li>a person: the force they serve in, before and after the change;</li>
 * <li>a lesson: a force that is or was a member of the collaboration it was learned in, before and after.</li>
 * </ul>
 * Refusals are 403 with the reason. Whole-register imports and bulk loads are admins' only (by path).
 */
@Component
public class EditRights implements EditableEntities {

	private final CollaborationRepository collaborations;

	private final PersonRepository people;

	private final LessonRepository lessons;

	EditRights(CollaborationRepository collaborations, PersonRepository people, LessonRepository lessons) {
		this.collaborations = collaborations;
		this.people = people;
		this.lessons = lessons;
	}

	/** Completes empty when the current principal may write this document; fails with 403 otherwise. */
	public Mono<Void> mayWrite(RegisterDocument doc) {
		return Grants.current().flatMap(grants -> {
			if (grants.has(Role.ADMIN)) {
				return Mono.empty();
			}
			if (!grants.has(Role.EDITOR)) {
				return denied("only an editor or an admin may change the register");
			}
			if (!doc.functions().isEmpty()) {
				return denied("only an admin may change the function vocabulary");
			}
			for (Force force : doc.forces()) {
				if (force != null && !grants.mayEditFor(force.id())) {
					return denied("an editor may change only its own forces' records, and '" + (force.id())
							+ "' is not one of " + grants.forces());
				}
			}
			return current(doc).flatMap(now -> check(grants, doc, now));
		});
	}

	/** Completes empty when the current principal may delete the entity (which exists); 403 otherwise. */
	public Mono<Void> mayDelete(Entity entity, String id) {
		return Grants.current().flatMap(grants -> {
			if (grants.has(Role.ADMIN)) {
				return Mono.empty();
			}
			if (!grants.has(Role.EDITOR)) {
				return denied("only an editor or an admin may change the register");
			}
			return switch (entity) {
				case FUNCTION, FORCE -> denied("only an admin may delete a " + entity.noun());
				case COLLABORATION -> collaborations.find(id).flatMap(c -> holdsAny(grants, leaders(c)) ? Mono.empty()
						: denied("only an editor for a force that hosts or leads '" + id + "' may delete it"));
				case PERSON -> people.find(id).flatMap(p -> grants.mayEditFor(p.force()) ? Mono.empty()
						: denied("person '" + id + "' serves in '" + p.force() + "', not one of " + grants.forces()));
				case LESSON -> lessons.find(id).flatMap(l -> collaborations.find(l.collaboration())
					.flatMap(c -> holdsAny(grants, members(c)) ? Mono.<Void>empty()
							: denied("lesson '" + id + "' was learned in '" + c.id() + "', of which none of "
									+ grants.forces() + " is a member")));
			};
		});
	}

	/**
	 * Completes empty when the current principal may delete {@code figure} of {@code c}: an admin, an editor for a
	 * force that hosts or leads it, or an editor for the force the figure is recorded for (who may write it too);
	 * 403 otherwise.
	 */
	public Mono<Void> mayDeleteFigure(Collaboration c, Figure figure) {
		return Grants.current().flatMap(grants -> {
			if (grants.has(Role.ADMIN)) {
				return Mono.empty();
			}
			if (!grants.has(Role.EDITOR)) {
				return denied("only an editor or an admin may change the register");
			}
			if (holdsAny(grants, leaders(c)) || figure.force() != null && grants.mayEditFor(figure.force())) {
				return Mono.empty();
			}
			return denied("only an editor for a force that hosts or leads '" + c.id() + "' may delete figure '"
					+ figure.id() + "'" + (figure.force() == null ? ", recorded for the collaboration as a whole"
							: ", recorded for '" + figure.force() + "'"));
		});
	}

	/**
	 * Whether {@code grants} may edit the entity now, by the rules above: a force of its own, a collaboration
	 * one of its forces hosts or leads, a person serving in one of its forces, a lesson learned in a
	 * collaboration one of its forces is or was a member of. Functions and accounts are admins' only.
	 */
	@Override
	public Mono<Boolean> mayEdit(Grants grants, String kind, String id) {
		if (grants.has(Role.ADMIN)) {
			return Mono.just(true);
		}
		if (!grants.has(Role.EDITOR)) {
			return Mono.just(false);
		}
		Mono<Boolean> may = switch (kind) {
			case "force" -> Mono.just(grants.mayEditFor(id));
			case "collaboration" -> collaborations.find(id).map(c -> holdsAny(grants, leaders(c)));
			case "person" -> people.find(id).map(p -> grants.mayEditFor(p.force()));
			case "lesson" -> lessons.find(id).filter(l -> l.collaboration() != null)
				.flatMap(l -> collaborations.find(l.collaboration()))
				.map(c -> holdsAny(grants, members(c)));
			default -> Mono.just(false);
		};
		return may.defaultIfEmpty(false);
	}

	/** What the register holds now of everything the document touches. */
	private record Current(Map<String, Collaboration> collaborations, Map<String, Person> people,
			Map<String, Lesson> lessons) {
	}

	private Mono<Current> current(RegisterDocument doc) {
		List<String> lessonIds = ids(doc.lessons(), Lesson::id);
		return lessons.findAll(lessonIds).collectMap(Lesson::id, Function.identity()).flatMap(oldLessons -> {
			Set<String> collaborationIds = new HashSet<>(ids(doc.collaborations(), Collaboration::id));
			doc.lessons().stream().filter(Objects::nonNull).map(Lesson::collaboration).filter(Objects::nonNull)
				.forEach(collaborationIds::add);
			oldLessons.values().forEach(l -> collaborationIds.add(l.collaboration()));
			return Mono.zip(collaborations.findAll(List.copyOf(collaborationIds)).collectMap(Collaboration::id, Function.identity()),
					people.findAll(ids(doc.people(), Person::id)).collectMap(Person::id, Function.identity()))
				.map(found -> new Current(found.getT1(), found.getT2(), oldLessons));
		});
	}

	private Mono<Void> check(Grants grants, RegisterDocument doc, Current now) {
		for (Collaboration proposed : doc.collaborations()) {
			if (proposed == null) {
				continue;
			}
			String reason = collaboration(grants, proposed, now.collaborations().get(proposed.id()));
			if (reason != null) {
				return denied(reason);
			}
		}
		for (Person proposed : doc.people()) {
			if (proposed == null) {
				continue;
			}
			Person before = now.people().get(proposed.id());
			if (before == null && proposed.force() == null) {
				return denied("a person an editor adds must serve in one of its forces " + grants.forces());
			}
			for (String force : new String[] { proposed.force(), before == null ? null : before.force() }) {
				if (force != null && !grants.mayEditFor(force)) {
					return denied("person '" + proposed.id() + "' serves in '" + force + "', not one of " + grants.forces());
				}
			}
		}
		for (Lesson proposed : doc.lessons()) {
			if (proposed == null) {
				continue;
			}
			Lesson before = now.lessons().get(proposed.id());
			for (String collaboration : new String[] { proposed.collaboration(), before == null ? null : before.collaboration() }) {
				if (collaboration == null) {
					continue;
				}
				Collaboration c = now.collaborations().get(collaboration);
				if (c != null && !holdsAny(grants, members(c))) {
					return denied("lesson '" + proposed.id() + "' is learned in '" + collaboration + "', of which none of "
							+ grants.forces() + " is a member");
				}
			}
		}
		return Mono.empty();
	}

	/**
	 * Why {@code grants} may not write {@code proposed} over {@code before} (null for a new collaboration), by the
	 * rules above, or null when it may: for writes that report a reason per part rather than refuse the whole
	 * (the spreadsheet import refuses each of its rows with its own).
	 */
	public static String whyNot(Grants grants, Collaboration proposed, Collaboration before) {
		if (grants.has(Role.ADMIN)) {
			return null;
		}
		if (!grants.has(Role.EDITOR)) {
			return "only an editor or an admin may change the register";
		}
		return collaboration(grants, proposed, before);
	}

	/** Why the editor may not write this collaboration, or null when it may. */
	private static String collaboration(Grants grants, Collaboration proposed, Collaboration before) {
		if (before == null) {
			return holdsAny(grants, leaders(proposed)) ? null
					: "an editor may create only a collaboration one of its forces " + grants.forces() + " hosts or leads";
		}
		if (holdsAny(grants, leaders(before))) {
			return null;
		}
		String who = "only an editor for a force that hosts or leads '" + before.id() + "' may change ";
		if (!withoutMembersAndFigures(proposed).equals(withoutMembersAndFigures(before))) {
			return who + "its fields";
		}
		for (Membership m : proposed.members()) {
			if (m != null && !before.members().contains(m) && !grants.mayEditFor(m.force())) {
				return who + "the membership of '" + m.force() + "'";
			}
		}
		for (Figure f : proposed.figures()) {
			if (f == null || before.figures().stream().anyMatch(known -> sameFigure(f, known))) {
				continue;
			}
			if (!grants.mayEditFor(f.force())) {
				return who + "figures not recorded for " + grants.forces();
			}
			for (Figure replaced : before.figures()) {
				if (f.id() != null && f.id().equals(replaced.id()) && !grants.mayEditFor(replaced.force())) {
					return who + "figure '" + f.id() + "'";
				}
			}
		}
		return null;
	}

	/** A figure sent without an id is the stored one with the same content (its id is a digest of it). */
	private static boolean sameFigure(Figure sent, Figure stored) {
		return (sent.id() == null || sent.id().equals(stored.id())) && Objects.equals(sent.kind(), stored.kind())
				&& Objects.equals(sent.amount(), stored.amount()) && Objects.equals(sent.period(), stored.period())
				&& Objects.equals(sent.date(), stored.date()) && Objects.equals(sent.force(), stored.force())
				&& Objects.equals(sent.source(), stored.source()) && Objects.equals(sent.note(), stored.note())
				&& Objects.equals(sent.confidence(), stored.confidence());
	}

	private static Collaboration withoutMembersAndFigures(Collaboration c) {
		return new Collaboration(c.id(), c.name(), c.kind(), c.scope(), c.purpose(), c.status(), c.started(), c.ended(),
				c.legalBasis(), c.annualCost(), c.confidence(), c.functions(), c.sources(), c.dependsOn(), c.partners(),
				List.of(), List.of(), c.dependencyConfidence(), c.terms(), c.costSharing(), c.budgets(), c.benefits(), null)
			.sorted();
	}

	/** The forces that host or lead the collaboration, now or before. */
	static Set<String> leaders(Collaboration c) {
		return c.members().stream().filter(m -> m != null && ("host".equals(m.role()) || "lead".equals(m.role())))
			.map(Membership::force).collect(Collectors.toSet());
	}

	static Set<String> members(Collaboration c) {
		return c.members().stream().filter(Objects::nonNull).map(Membership::force).collect(Collectors.toSet());
	}

	private static boolean holdsAny(Grants grants, Set<String> forces) {
		return forces.stream().anyMatch(grants::mayEditFor);
	}

	private static <T> List<String> ids(List<T> items, Function<T, String> id) {
		List<String> ids = new ArrayList<>();
		items.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull).forEach(ids::add);
		return ids;
	}

	private static Mono<Void> denied(String reason) {
		return Mono.error(new AccessDeniedException(reason));
	}

}
