package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.concordat.analytics.snapshot.storage.SnapshotChanges;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.entity.Entity;
import org.concordat.force.ForceRepository;
import org.concordat.function.FunctionRepository;
import org.concordat.lessons.LessonRepository;
import org.concordat.people.PersonRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What changes recorded in the log did, re-read from the register: the current state of every entity they
 * touched, and as deleted those no longer there. Reading the current state rather than replaying the changes one
 * by one makes their order, and this instance's own writes among them, of no account.
 */
@Component
class TouchedReader {

	private final FunctionRepository functions;

	private final ForceRepository forces;

	private final CollaborationRepository collaborations;

	private final PersonRepository people;

	private final LessonRepository lessons;

	TouchedReader(FunctionRepository functions, ForceRepository forces, CollaborationRepository collaborations,
			PersonRepository people, LessonRepository lessons) {
		this.functions = functions;
		this.forces = forces;
		this.collaborations = collaborations;
		this.people = people;
		this.lessons = lessons;
	}

	Mono<SnapshotChanges> changes(Touched t) {
		Set<String> fns = t.of(Entity.FUNCTION), fs = t.of(Entity.FORCE), cs = t.of(Entity.COLLABORATION);
		Set<String> ps = t.of(Entity.PERSON), ls = t.of(Entity.LESSON);
		return Mono.zip(each(fns, functions::findAll), each(fs, forces::findAll), each(cs, collaborations::findAll),
				each(ps, people::findAll), each(ls, lessons::findAll))
			.map(z -> new SnapshotChanges(z.getT1(), z.getT2(), z.getT3(), z.getT4(), z.getT5(),
					gone(fns, z.getT1(), f -> f.id()), gone(fs, z.getT2(), f -> f.id()), gone(cs, z.getT3(), c -> c.id()),
					gone(ps, z.getT4(), p -> p.id()), gone(ls, z.getT5(), l -> l.id())));
	}

	/** One read for all the ids of a kind (none when nothing of that kind was touched). */
	private static <T> Mono<List<T>> each(Set<String> ids, Function<List<String>, Flux<T>> findAll) {
		return ids.isEmpty() ? Mono.just(List.of()) : findAll.apply(List.copyOf(ids)).collectList();
	}

	private static <T> Set<String> gone(Set<String> touched, List<T> found, Function<T, String> id) {
		Set<String> gone = new TreeSet<>(touched);
		found.forEach(x -> gone.remove(id.apply(x)));
		return gone;
	}
}
