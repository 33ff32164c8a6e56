package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.concordat.analytics.snapshot.storage.SnapshotChanges;
import org.concordat.collaboration.CollaborationRepository;
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
		return Mono.zip(each(t.functions(), functions::findAll), each(t.forces(), forces::findAll),
				each(t.collaborations(), collaborations::findAll), each(t.people(), people::findAll),
				each(t.lessons(), lessons::findAll))
			.map(z -> new SnapshotChanges(z.getT1(), z.getT2(), z.getT3(), z.getT4(), z.getT5(),
					gone(t.functions(), z.getT1(), f -> f.id()), gone(t.forces(), z.getT2(), f -> f.id()),
					gone(t.collaborations(), z.getT3(), c -> c.id()), gone(t.people(), z.getT4(), p -> p.id()),
					gone(t.lessons(), z.getT5(), l -> l.id())));
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
