package org.concordat.bulk;

import java.util.List;

import org.concordat.register.RegisterWriter;

/**
 * The statements a bulk load runs for each kind of row. {@link #REGISTER} are the register writer's own
 * upserts (one code path into the graph: a bulk-loaded entity is stored exactly as an imported one, and a
 * batch run twice does no harm); the benchmark's floor swaps in bare CREATEs.
 */
public record BulkStatements(String name, List<String> functions, List<String> forces, List<String> collaborations,
		List<String> dependencies, List<String> memberships, List<String> figures, List<String> people,
		List<String> lessons) {

	public static final BulkStatements REGISTER = new BulkStatements("register upserts", List.of(RegisterWriter.FUNCTIONS),
			List.of(RegisterWriter.FORCES), List.of(RegisterWriter.COLLABORATIONS, RegisterWriter.PARTNERS),
			List.of(RegisterWriter.DEPENDENCIES), List.of(RegisterWriter.MEMBERSHIPS), List.of(RegisterWriter.FIGURES),
			List.of(RegisterWriter.PEOPLE), List.of(RegisterWriter.LESSONS));
}
