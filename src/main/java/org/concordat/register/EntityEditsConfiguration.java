package org.concordat.register;

import java.util.List;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.FigureDeletes;
import org.concordat.entity.Entity;
import org.concordat.entity.EntityEdits;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The edits each concept's API makes, one bean per kind of entity, all made by {@link RegisterEdits}. */
@Configuration(proxyBeanMethods = false)
class EntityEditsConfiguration {

	@Bean
	EntityEdits<PolicingFunction> functionEdits(RegisterEdits edits) {
		return edits.of(Entity.FUNCTION, f -> RegisterDocument.ofFunctions(List.of(f)));
	}

	@Bean
	EntityEdits<Force> forceEdits(RegisterEdits edits) {
		return edits.of(Entity.FORCE, f -> RegisterDocument.ofForces(List.of(f)));
	}

	@Bean
	EntityEdits<Collaboration> collaborationEdits(RegisterEdits edits) {
		return edits.of(Entity.COLLABORATION, c -> RegisterDocument.ofCollaborations(List.of(c)));
	}

	@Bean
	FigureDeletes figureDeletes(RegisterEdits edits) {
		return edits::deleteFigure;
	}

	@Bean
	EntityEdits<Person> personEdits(RegisterEdits edits) {
		return edits.of(Entity.PERSON, p -> RegisterDocument.ofPeople(List.of(p)));
	}

	@Bean
	EntityEdits<Lesson> lessonEdits(RegisterEdits edits) {
		return edits.of(Entity.LESSON, l -> RegisterDocument.ofLessons(List.of(l)));
	}
}
