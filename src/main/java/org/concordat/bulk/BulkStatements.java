package org.concordat.bulk;

import java.util.List;

import org.concordat.collaboration.CollaborationWrites;
import org.concordat.force.ForceWrites;
import org.concordat.function.FunctionWrites;
import org.concordat.lessons.LessonWrites;
import org.concordat.people.PersonWrites;

/**
 * The statements a bulk load runs for each kind of row. {@link #REGISTER} are the register writer's own
 * upserts (one code path into the graph: a bulk-loaded entity is stored exactly as an imported one, and a
 * batch run twice does no harm); the benchmark's floor swaps in bare CREATEs.
 */
public record BulkStatements(String name, List<String> functions, List<String> forces, List<String> collaborations,
		List<String> dependencies, List<String> memberships, List<String> figures, List<String> people,
		List<String> lessons) {

	public static final BulkStatements REGISTER = new BulkStatements("register upserts", List.of(FunctionWrites.FUNCTIONS),
			List.of(ForceWrites.FORCES), List.of(CollaborationWrites.COLLABORATIONS, CollaborationWrites.PARTNERS),
			List.of(CollaborationWrites.DEPENDENCIES), List.of(CollaborationWrites.MEMBERSHIPS),
			List.of(CollaborationWrites.FIGURES), List.of(PersonWrites.PEOPLE), List.of(LessonWrites.LESSONS));
}
