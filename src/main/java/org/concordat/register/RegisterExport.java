package org.concordat.register;

import org.concordat.collaboration.CollaborationRepository;
import org.concordat.force.ForceRepository;
import org.concordat.function.FunctionRepository;
import org.concordat.lessons.LessonRepository;
import org.concordat.people.PersonRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the whole register as one document, every array sorted, so two exports of one register are equal. */
@Component
public class RegisterExport {

	private final FunctionRepository functions;

	private final ForceRepository forces;

	private final CollaborationRepository collaborations;

	private final PersonRepository people;

	private final LessonRepository lessons;

	RegisterExport(FunctionRepository functions, ForceRepository forces, CollaborationRepository collaborations,
			PersonRepository people, LessonRepository lessons) {
		this.functions = functions;
		this.forces = forces;
		this.collaborations = collaborations;
		this.people = people;
		this.lessons = lessons;
	}

	public Mono<RegisterDocument> document() {
		return Mono.zip(functions.all().collectList(), forces.all().collectList(), collaborations.all().collectList(),
				people.all().collectList(), lessons.all().collectList())
			.map(all -> new RegisterDocument(all.getT1(), all.getT2(), all.getT3(), all.getT4(), all.getT5()));
	}
}
